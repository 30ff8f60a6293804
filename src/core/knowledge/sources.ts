// The catalogue of sources every knowledge entry and caveat cites, by short id.
import { REFERENCE_SOURCES } from './reference-sources.js';
import type { KnowledgeSource } from './types.js';

/**
 * "checked" is the date the fact was checked against the source (via the project's research notes,
 * /work/shared/research/claims-benchmarks-caveats.md, which quotes the primary text).
 */
const C = '2026-11-29';
/** Checked in the economic-news work (issue 10) against the page's own text. */
const E = '2026-12-03';

/** Checked for the model-family and issue-9 benchmark entries. */
const M = '2026-12-03';

export const SOURCES: Record<string, KnowledgeSource> = {
  // Exams, composite indexes and leaderboards news cites (issue 9).
  'ncbe-ube': {
    title: 'NCBE, Uniform Bar Examination (MBE, MEE, MPT; scores on a 400-point scale)',
    url: 'https://www.ncbex.org/exams/ube',
    checked: M,
  },
  'katz-gpt4-bar': {
    title: 'Katz, Bommarito, Gao, Arredondo, "GPT-4 Passes the Bar Exam" (SSRN 4389233)',
    url: 'https://papers.ssrn.com/sol3/papers.cfm?abstract_id=4389233',
    checked: M,
  },
  'martinez-bar': {
    title: 'Martínez, "Re-evaluating GPT-4\'s bar exam performance", Artificial Intelligence and Law (2024)',
    url: 'https://link.springer.com/article/10.1007/s10506-024-09396-9',
    checked: M,
  },
  'aa-intelligence-index': {
    title: 'Artificial Analysis, Intelligence Index methodology',
    url: 'https://artificialanalysis.ai/methodology/intelligence-benchmarking',
    checked: M,
  },
  frontiermath: {
    title: 'Epoch AI, FrontierMath (arXiv 2411.04872; benchmark page)',
    url: 'https://epoch.ai/frontiermath',
    checked: M,
  },
  'imo-official': {
    title: 'International Mathematical Olympiad, official site (six problems, 7 points each)',
    url: 'https://www.imo-official.org/',
    checked: M,
  },
  hmmt: { title: 'Harvard-MIT Mathematics Tournament (HMMT)', url: 'https://www.hmmt.org/', checked: M },
  'kice-csat': {
    title: '한국교육과정평가원, 대학수학능력시험 (영역별 문항 수와 배점)',
    url: 'https://www.suneung.re.kr/',
    checked: M,
  },
  kobalt: {
    title: 'Shin et al., "KoBALT: Korean Benchmark For Advanced Linguistic Tasks" (arXiv 2505.16125)',
    url: 'https://arxiv.org/abs/2505.16125',
    checked: M,
  },
  'open-ko-llm': {
    title: 'Upstage and NIA, Open Ko-LLM Leaderboard (Hugging Face space)',
    url: 'https://huggingface.co/spaces/upstage/open-ko-llm-leaderboard',
    checked: M,
  },
  'lmarena-webdev': {
    title: 'LMArena, WebDev Arena leaderboard',
    url: 'https://web.lmarena.ai/leaderboard',
    checked: M,
  },
  // Model families (names, versions, makers): the makers' own model lists.
  'openai-models': {
    title: 'OpenAI API documentation, Models',
    url: 'https://platform.openai.com/docs/models',
    checked: M,
  },
  'google-gemini-models': {
    title: 'Google AI for Developers, Gemini models',
    url: 'https://ai.google.dev/gemini-api/docs/models',
    checked: M,
  },
  'anthropic-models': {
    title: 'Anthropic documentation, Models overview',
    url: 'https://docs.anthropic.com/en/docs/about-claude/models/overview',
    checked: M,
  },
  'deepseek-api-models': {
    title: 'DeepSeek API documentation, Models & Pricing',
    url: 'https://api-docs.deepseek.com/quick_start/pricing',
    checked: M,
  },
  'qwen-models': { title: 'Qwen (Alibaba) model repositories', url: 'https://github.com/QwenLM', checked: M },
  'llama-models': { title: 'Meta Llama models', url: 'https://www.llama.com/', checked: M },
  'exaone-models': {
    title: 'LG AI Research, EXAONE repositories',
    url: 'https://github.com/LG-AI-EXAONE',
    checked: M,
  },
  'solar-models': { title: 'Upstage, Solar LLM', url: 'https://www.upstage.ai/solar-llm', checked: M },
  'hyperclova-models': { title: 'NAVER Cloud, HyperCLOVA X', url: 'https://clova.ai/hyperclova', checked: M },
  'ax-models': {
    title: 'SK Telecom A.X models (Hugging Face)',
    url: 'https://huggingface.co/skt',
    checked: M,
  },
  'grok-models': { title: 'xAI documentation, Models', url: 'https://docs.x.ai/docs/models', checked: M },
  'mistral-models': {
    title: 'Mistral AI documentation, Models overview',
    url: 'https://docs.mistral.ai/getting-started/models/',
    checked: M,
  },
  'kimi-models': {
    title: 'Moonshot AI, Kimi K2 repository',
    url: 'https://github.com/MoonshotAI/Kimi-K2',
    checked: M,
  },
  'phi-models': {
    title: 'Microsoft Phi models (Azure AI Foundry)',
    url: 'https://azure.microsoft.com/en-us/products/phi',
    checked: M,
  },
  // Perspective references and price indexes (reference-figures.ts, cpi.ts)
  ...REFERENCE_SOURCES,
  // DeepSeek, OpenAI, costs
  'deepseek-v3-report': {
    title: 'DeepSeek-V3 Technical Report (arXiv 2412.19437), §1 Table 1, §3.1',
    url: 'https://arxiv.org/abs/2412.19437',
    checked: C,
  },
  'deepseek-r1-report': {
    title: 'DeepSeek-R1 report (arXiv 2501.12948), §3 and Table 4',
    url: 'https://arxiv.org/abs/2501.12948',
    checked: C,
  },
  'deepseek-r1-readme': {
    title: 'DeepSeek-R1 README, Evaluation Results',
    url: 'https://github.com/deepseek-ai/DeepSeek-R1',
    checked: C,
  },
  'openai-learning-to-reason': {
    title: 'OpenAI, "Learning to reason with LLMs" (12 Sept 2024)',
    url: 'https://openai.com/index/learning-to-reason-with-llms/',
    checked: C,
  },
  'semianalysis-deepseek-debates': {
    title: 'SemiAnalysis, "DeepSeek Debates" (31 Jan 2025) — estimate, disputed',
    url: 'https://semianalysis.com/2025/01/31/deepseek-debates/',
    checked: C,
  },
  'interconnects-v3-cost': {
    title: 'Nathan Lambert, "DeepSeek V3 and the actual cost of training frontier AI models" (Interconnects)',
    url: 'https://www.interconnects.ai/p/deepseek-v3-and-the-actual-cost-of',
    checked: C,
  },
  'nature-r1-coverage': {
    title: 'Coverage of the DeepSeek-R1 paper in Nature (Sept 2025): $294,000 for R1’s RL stage (secondary)',
    url: 'https://hyper.ai/en/news/44332',
    checked: C,
  },
  'llama31-model-card': {
    title: 'Meta Llama 3.1 model card (training GPU-hours)',
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md',
    checked: C,
  },
  'llama3-paper': {
    title: 'The Llama 3 Herd of Models (arXiv 2407.21783): up to 16K H100 GPUs',
    url: 'https://arxiv.org/abs/2407.21783',
    checked: C,
  },
  // Statistics of evals
  'miller-error-bars': {
    title: 'Evan Miller, "Adding Error Bars to Evals" (arXiv 2411.00640)',
    url: 'https://arxiv.org/abs/2411.00640',
    checked: C,
  },
  'bowyer-small-n': {
    title: 'Bowyer, Aitchison & Ivanova, small-sample eval intervals (arXiv 2503.01747)',
    url: 'https://arxiv.org/abs/2503.01747',
    checked: C,
  },
  'hochlehnert-sober-look': {
    title: 'Hochlehnert et al., reasoning eval variance (arXiv 2504.07086)',
    url: 'https://arxiv.org/html/2504.07086v2',
    checked: C,
  },
  // Benchmarks
  aime: {
    title: 'MAA, American Invitational Mathematics Examination (AIME)',
    url: 'https://maa.org/math-competitions/american-invitational-mathematics-examination-aime',
    checked: C,
  },
  'inspect-aime2024': {
    title: 'inspect_evals: AIME 2024 dataset (30 problems)',
    url: 'https://ukgovernmentbeis.github.io/inspect_evals/evals/mathematics/aime2024/index.html',
    checked: C,
  },
  matharena: {
    title: 'MathArena (arXiv 2505.23281): contamination signs in AIME 2024',
    url: 'https://arxiv.org/html/2505.23281v3',
    checked: C,
  },
  prm800k: {
    title: 'openai/prm800k README (MATH-500 split)',
    url: 'https://github.com/openai/prm800k',
    checked: C,
  },
  gsm8k: {
    title: 'openai/grade-school-math (GSM8K)',
    url: 'https://github.com/openai/grade-school-math',
    checked: C,
  },
  gsm1k: {
    title: 'Zhang et al., "A Careful Examination of LLM Performance on Grade School Arithmetic" (GSM1k)',
    url: 'https://arxiv.org/abs/2405.00332',
    checked: C,
  },
  mmlu: {
    title: 'cais/mmlu dataset card (test 14,042)',
    url: 'https://huggingface.co/datasets/cais/mmlu',
    checked: C,
  },
  'mmlu-redux': {
    title: 'Gema et al., "Are We Done with MMLU?" (arXiv 2406.04127)',
    url: 'https://arxiv.org/html/2406.04127v3',
    checked: C,
  },
  'mmlu-pro': {
    title: 'TIGER-AI-Lab/MMLU-Pro README and dataset card',
    url: 'https://github.com/TIGER-AI-Lab/MMLU-Pro',
    checked: C,
  },
  gpqa: {
    title: 'Rein et al., GPQA (idavidrein/gpqa)',
    url: 'https://github.com/idavidrein/gpqa',
    checked: C,
  },
  humaneval: {
    title: 'openai/human-eval (164 problems)',
    url: 'https://github.com/openai/human-eval',
    checked: C,
  },
  evalplus: {
    title: 'Liu et al., EvalPlus / HumanEval+ (arXiv 2305.01210)',
    url: 'https://arxiv.org/abs/2305.01210',
    checked: C,
  },
  mbpp: {
    title: 'MBPP dataset card',
    url: 'https://huggingface.co/datasets/mbpp',
    checked: C,
  },
  livecodebench: {
    title: 'LiveCodeBench (livecodebench.github.io)',
    url: 'https://livecodebench.github.io/',
    checked: C,
  },
  'livecodebench-repo': {
    title: 'LiveCodeBench/LiveCodeBench README',
    url: 'https://github.com/LiveCodeBench/LiveCodeBench',
    checked: C,
  },
  livebench: {
    title: 'LiveBench (livebench.ai) and LiveBench/LiveBench changelog',
    url: 'https://github.com/LiveBench/LiveBench',
    checked: C,
  },
  codeelo: {
    title: 'Quan et al., CodeElo (arXiv 2501.01257)',
    url: 'https://arxiv.org/html/2501.01257v2',
    checked: C,
  },
  'when-elo-lies': {
    title: '"When Elo Lies" (arXiv 2602.05891): Codeforces rating variance',
    url: 'https://arxiv.org/html/2602.05891v1',
    checked: C,
  },
  'swe-bench-verified': {
    title: 'OpenAI, "Introducing SWE-bench Verified"',
    url: 'https://openai.com/index/introducing-swe-bench-verified/',
    checked: C,
  },
  'swe-bench-plus': {
    title: 'Aleithan et al., SWE-Bench+ (arXiv 2410.06992)',
    url: 'https://arxiv.org/abs/2410.06992',
    checked: C,
  },
  'aider-polyglot': {
    title: 'Aider, "o1 tops aider\'s new polyglot leaderboard" (225 Exercism problems)',
    url: 'https://aider.chat/2024/12/21/polyglot.html',
    checked: C,
  },
  'arc-agi-1': {
    title: 'fchollet/ARC-AGI (400 training + 400 evaluation tasks)',
    url: 'https://github.com/fchollet/ARC-AGI',
    checked: C,
  },
  'arc-o3': {
    title: 'ARC Prize, "OpenAI o3 breakthrough" (compute tiers)',
    url: 'https://arcprize.org/blog/oai-o3-pub-breakthrough',
    checked: C,
  },
  'arc-agi-2': {
    title: 'arcprize/ARC-AGI-2',
    url: 'https://github.com/arcprize/ARC-AGI-2',
    checked: C,
  },
  'arc-ai2': {
    title: 'Clark et al., AI2 Reasoning Challenge (arXiv 1803.05457)',
    url: 'https://arxiv.org/abs/1803.05457',
    checked: C,
  },
  hle: {
    title: "Humanity's Last Exam (lastexam.ai; arXiv 2501.14249)",
    url: 'https://lastexam.ai/',
    checked: C,
  },
  'futurehouse-hle': {
    title: 'FutureHouse, review of HLE chemistry/biology answers',
    url: 'https://www.futurehouse.org/research-announcements/hle-exam',
    checked: C,
  },
  simpleqa: {
    title: 'OpenAI, "Introducing SimpleQA" (4,326 questions)',
    url: 'https://openai.com/index/introducing-simpleqa/',
    checked: C,
  },
  ifeval: {
    title: 'Zhou et al., IFEval (arXiv 2311.07911)',
    url: 'https://arxiv.org/abs/2311.07911',
    checked: C,
  },
  bbh: {
    title: 'suzgunmirac/BIG-Bench-Hard',
    url: 'https://github.com/suzgunmirac/BIG-Bench-Hard',
    checked: C,
  },
  drop: {
    title: 'Dua et al., DROP (arXiv 1903.00161)',
    url: 'https://arxiv.org/abs/1903.00161',
    checked: C,
  },
  hellaswag: {
    title: 'rowanz/hellaswag',
    url: 'https://github.com/rowanz/hellaswag',
    checked: C,
  },
  goldenswag: {
    title: '"What the HellaSwag?" / GoldenSwag validation filter',
    url: 'https://huggingface.co/datasets/PleIAs/GoldenSwag',
    checked: C,
  },
  lmarena: {
    title: 'Chiang et al., Chatbot Arena (arXiv 2403.04132)',
    url: 'https://arxiv.org/abs/2403.04132',
    checked: C,
  },
  'leaderboard-illusion': {
    title: 'Singh et al., "The Leaderboard Illusion" (arXiv 2504.20879)',
    url: 'https://arxiv.org/abs/2504.20879',
    checked: C,
  },
  mmmu: {
    title: 'MMMU-Benchmark/MMMU README',
    url: 'https://github.com/MMMU-Benchmark/MMMU',
    checked: C,
  },
  ceval: {
    title: 'hkust-nlp/ceval README (13,948 questions)',
    url: 'https://github.com/hkust-nlp/ceval',
    checked: C,
  },
  cmmlu: {
    title: 'haonan-li/CMMLU',
    url: 'https://github.com/haonan-li/CMMLU',
    checked: C,
  },
  kmmlu: {
    title: 'Son et al., KMMLU (arXiv 2402.11548)',
    url: 'https://arxiv.org/html/2402.11548v2',
    checked: C,
  },
  'kmmlu-redux': {
    title: 'KMMLU-Redux (arXiv 2507.08924)',
    url: 'https://arxiv.org/html/2507.08924v2',
    checked: C,
  },
  click: {
    title: 'Kim et al., CLIcK (LREC-COLING 2024)',
    url: 'https://aclanthology.org/2024.lrec-main.296/',
    checked: C,
  },
  haerae: {
    title: 'Son et al., HAE-RAE Bench (arXiv 2309.02706)',
    url: 'https://arxiv.org/abs/2309.02706',
    checked: C,
  },
  // Reporting statistics
  'bbc-statistics': {
    title: 'BBC Editorial Guidelines, "Reporting statistics"',
    url: 'https://www.bbc.co.uk/editorialguidelines/guidance/reporting-statistics',
    checked: C,
  },
  'bbc-risk': {
    title: 'BBC Editorial Guidelines, "Reporting risk"',
    url: 'http://www.bbc.co.uk/guidelines/editorialguidelines/page/guidance-risk',
    checked: C,
  },
  'commons-library-stats': {
    title: 'House of Commons Library, "How to spot spin and inappropriate use of statistics" (SN04446)',
    url: 'https://commonslibrary.parliament.uk/research-briefings/sn04446/',
    checked: C,
  },
  'mathsisfun-pp': {
    title: 'Maths Is Fun, "Percentage Points"',
    url: 'https://mathsisfun.com/percentage-points.html',
    checked: C,
  },
  'asa-up-to': {
    title: 'UK ASA, "Savings claims and the ad rules" ("up to" claims)',
    url: 'https://www.asa.org.uk/news/savings-claims-and-the-ad-rules.html',
    checked: C,
  },
  'nikl-isang': {
    title: '국립국어원, 이상·이하·초과·미만의 뜻',
    url: 'https://www.korean.go.kr/nkview/nklife/1986_2/5_21.html',
    checked: C,
  },
  'joongang-isang': {
    title: '중앙일보 우리말 바루기: 이상과 초과',
    url: 'https://www.joongang.co.kr/article/23963521',
    checked: C,
  },
  'ko-man-units': {
    title: '위키백과, 만 (수) — 한국어 수 단위 만·억·조',
    url: 'https://ko.wikipedia.org/wiki/%EB%A7%8C_(%EC%88%98)',
    checked: C,
  },
  'false-precision': {
    title: 'Darrell Huff, How to Lie with Statistics (review, The Atlantic 1954)',
    url: 'https://www.theatlantic.com/magazine/archive/1954/02/how-to-lie-with-statistics/641578/',
    checked: C,
  },
  'harford-back-story': {
    title: 'Tim Harford, The Data Detective: "Get the back story"',
    url: 'https://raiseyourgame.com/2021/04/14/book-review-the-data-detective-by-tim-harford/',
    checked: C,
  },
  // Exchange rates
  'fred-exkous': {
    title: 'FRED (Federal Reserve H.10), EXKOUS: South Korean Won to U.S. Dollar, monthly average',
    url: 'https://fred.stlouisfed.org/series/EXKOUS',
    checked: C,
  },
  'fred-exjpus': {
    title: 'FRED (Federal Reserve H.10), EXJPUS: Japanese Yen to U.S. Dollar, monthly average',
    url: 'https://fred.stlouisfed.org/series/EXJPUS',
    checked: C,
  },
  'fred-exchus': {
    title: 'FRED (Federal Reserve H.10), EXCHUS: Chinese Yuan Renminbi to U.S. Dollar, monthly average',
    url: 'https://fred.stlouisfed.org/series/EXCHUS',
    checked: C,
  },
  'fred-exuseu': {
    title: 'FRED (Federal Reserve H.10), EXUSEU: U.S. Dollars to Euro, monthly average',
    url: 'https://fred.stlouisfed.org/series/EXUSEU',
    checked: C,
  },
  // Company results: filings, preliminary figures, adjusted measures
  'newsis-earnings-calendar': {
    title:
      '뉴시스, "기업 실적은 언제 발표되나요" (분기·반기보고서 45일, 사업보고서 90일; 잠정 실적은 확정 전 공정공시)',
    url: 'https://www.newsis.com/view?id=NISX20230407_0002258092',
    checked: E,
  },
  'hankyung-preliminary-restated': {
    title: '한국경제, 잠정 실적은 외부감사 전 집계치로 사업보고서의 최종 실적과 다를 수 있다 (2022-02-17)',
    url: 'https://wowtv.co.kr/NewsCenter/News/Read?articleId=2022021711991',
    checked: E,
  },
  'money-zine-10q': {
    title: 'Money-Zine, "Form 10-Q": quarterly statements may be unaudited; the 10-K is audited',
    url: 'http://www.money-zine.com/definitions/investing-dictionary/form-10-q/',
    checked: E,
  },
  'caq-non-gaap': {
    title:
      'Center for Audit Quality, "The Role of Auditors in Non-GAAP Financial Measures" (Regulation G: the comparable GAAP measure and a reconciliation)',
    url: 'https://thecaq.org/the-role-of-auditors-in-non-gaap-financial-measures-and-key-performance-indicators-present-and-future',
    checked: E,
  },
  'bok-ecos': {
    title: 'Bank of Korea ECOS, 주요국 통화의 대원화환율 (월평균)',
    url: 'https://ecos.bok.or.kr/',
    checked: C,
  },
};

/** Resolves source ids to {title,url}; unknown ids are dropped (and caught by the knowledge tests). */
export function sourcesOf(ids: readonly string[]): { title: string; url: string }[] {
  const out: { title: string; url: string }[] = [];
  for (const id of ids) {
    const s = SOURCES[id];
    if (s) out.push({ title: s.title, url: s.url });
  }
  return out;
}
