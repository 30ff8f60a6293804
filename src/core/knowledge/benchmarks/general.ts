// Knowledge, reasoning and preference benchmarks: MMLU family, GPQA, LiveBench, ARC, HLE, SimpleQA, IFEval …
import type { Benchmark } from '../types.js';

const C = '2026-11-29';

export const GENERAL_BENCHMARKS: Benchmark[] = [
  {
    id: 'mmlu',
    name: 'MMLU',
    aliases: ['MMLU', 'Massive Multitask Language Understanding', '대규모 다중작업 언어이해'],
    what: {
      ko: '57개 과목 4지선다 지식 문제(Measuring Massive Multitask Language Understanding). 테스트 14,042문제.',
      en: 'Four-choice knowledge questions in 57 subjects; 14,042 test questions.',
    },
    items: 14042,
    metric: 'accuracy',
    granularity: 'binary',
    notes: [
      {
        kind: 'errors',
        text: {
          ko: '문항의 약 6.49%에 오류가 있는 것으로 추정되며, 분석한 바이러스학 문항은 57%가 틀렸습니다.',
          en: 'An estimated 6.49% of questions contain errors; 57% of the analysed Virology questions do.',
        },
        sources: ['mmlu-redux'],
      },
      {
        kind: 'saturation',
        text: {
          ko: '포화: 최신 모델이 90%를 넘어 차이가 잘 드러나지 않습니다.',
          en: 'Saturated: frontier models exceed 90%, so gaps say little.',
        },
        sources: ['hle'],
      },
    ],
    lookalikes: ['mmlu-pro', 'mmlu-redux', 'kmmlu', 'cmmlu'],
    sources: ['mmlu'],
    checked: C,
  },
  {
    id: 'mmlu-pro',
    name: 'MMLU-Pro',
    aliases: ['MMLU-Pro', 'MMLU Pro', 'MMLUPro', 'MMLU-프로'],
    what: {
      ko: 'MMLU를 어렵게 바꾼 10지선다 추론형 문제, 14개 분야. 안정판 테스트 12,032문제.',
      en: 'A harder, reasoning-heavy MMLU with 10 options in 14 domains; 12,032 test questions in the stable release.',
    },
    items: 12032,
    itemsNote: {
      ko: '데이터 개정판마다 12,032~12,187로 다름',
      en: 'between 12,032 and 12,187 depending on the dataset revision',
    },
    metric: 'accuracy (usually CoT)',
    granularity: 'binary',
    notes: [
      {
        kind: 'version',
        text: {
          ko: '프롬프트에 따라 약 2% 흔들리며, DeepSeek-R1은 원래의 few-shot 프롬프트를 zero-shot으로 바꿔 쟀습니다.',
          en: 'Prompt sensitivity is about 2%; DeepSeek-R1 changed the original few-shot prompts to zero-shot.',
        },
        sources: ['mmlu-pro', 'deepseek-r1-report'],
      },
    ],
    lookalikes: ['mmlu', 'mmlu-redux'],
    sources: ['mmlu-pro'],
    checked: C,
  },
  {
    id: 'mmlu-redux',
    name: 'MMLU-Redux',
    aliases: ['MMLU-Redux', 'MMLU Redux', 'MMLU-Redux 2.0'],
    what: {
      ko: 'MMLU 문항을 다시 검수한 부분집합. 1판 3,000문제(30과목×100), 2.0판 5,700문제.',
      en: 'A re-annotated subset of MMLU: version 1 has 3,000 questions (30 subjects × 100), version 2.0 has 5,700.',
    },
    items: 3000,
    itemsNote: {
      ko: '1판 3,000 / 2.0판 5,700 — 기사는 대개 판을 밝히지 않음',
      en: 'v1 3,000 / v2.0 5,700 — articles rarely say which',
    },
    metric: 'exact match',
    granularity: 'binary',
    notes: [],
    lookalikes: ['mmlu', 'mmlu-pro'],
    sources: ['mmlu-redux'],
    checked: C,
  },
  {
    id: 'gpqa-diamond',
    name: 'GPQA Diamond',
    nameKo: 'GPQA 다이아몬드',
    aliases: ['GPQA Diamond', 'GPQA-Diamond', 'GPQA 다이아몬드', 'GPQA'],
    what: {
      ko: '박사급 생물·화학·물리 4지선다 198문제(구글 검색으로도 풀기 어렵게 만든 GPQA의 다이아몬드 부분집합).',
      en: 'The 198-question Diamond subset of GPQA: PhD-level, "Google-proof" biology, chemistry and physics multiple choice.',
    },
    items: 198,
    metric: 'accuracy (pass@1)',
    granularity: 'sampled',
    notes: [
      {
        kind: 'saturation',
        text: {
          ko: '전문가 정답률 65%(명백한 실수 제외 시 74%)로, 최신 모델 점수가 이미 이를 넘어서며 1~2%포인트 차이는 잡음 수준입니다.',
          en: 'Experts score 65% (74% discounting clear mistakes); frontier models already exceed that, and 1–2 pp gaps are noise.',
        },
        sources: ['gpqa'],
      },
    ],
    sources: ['gpqa'],
    checked: C,
  },
  {
    id: 'livebench',
    name: 'LiveBench',
    nameKo: '라이브벤치(LiveBench)',
    aliases: ['LiveBench', 'Live Bench', '라이브벤치', '라이브 벤치'],
    what: {
      ko: '수학·코딩·추론·데이터 분석·언어·지시 이행 6개 분야를 주기적으로 새 문제로 바꾸는 종합 벤치마크(livebench.ai). 라이브코드벤치(LiveCodeBench)와 다른 벤치마크입니다.',
      en: 'A general benchmark refreshed with new questions in six categories (math, coding, reasoning, data analysis, language, instruction following) at livebench.ai. Not the same as LiveCodeBench.',
    },
    items: 1000,
    itemsNote: {
      ko: '2024-07-26부터 전체 1,000문제(출시 때 960). 코딩 분야 문항 수는 확인되지 않음',
      en: '1,000 questions in all from 2024-07-26 (960 at launch); the coding category’s count is unverified',
    },
    metric: 'accuracy per task; category = mean of tasks',
    granularity: 'binary',
    notes: [
      {
        kind: 'version',
        text: {
          ko: '문제가 주기적으로 바뀌므로 릴리스 날짜가 있어야 비교할 수 있습니다. 코딩 문제는 2025-04까지 LiveCodeBench에서 가져왔다가 이후 새 문제로 교체됐습니다.',
          en: 'Questions refresh, so a score needs its release date; coding questions came from LiveCodeBench until April 2025 and were then replaced.',
        },
        sources: ['livebench'],
      },
    ],
    lookalikes: ['livecodebench'],
    sources: ['livebench'],
    checked: C,
  },
  {
    id: 'arc-agi-1',
    name: 'ARC-AGI-1',
    aliases: ['ARC-AGI-1', 'ARC-AGI 1', 'ARC-AGI', 'ARC AGI', '아크-AGI', 'ARC 프라이즈', 'ARC Prize'],
    what: {
      ko: '몇 개의 예시로 격자 변환 규칙을 찾아내는 추상 추론 과제. 공개 학습 400 + 평가 400, 반비공개 100.',
      en: 'Few-shot abstract grid puzzles: 400 public training + 400 public evaluation tasks, 100 semi-private.',
    },
    items: 100,
    itemsNote: { ko: '반비공개 평가 100과제 기준', en: 'semi-private evaluation set of 100 tasks' },
    metric: 'tasks solved exactly',
    granularity: 'binary',
    notes: [
      {
        kind: 'selection',
        text: {
          ko: 'o3는 과제당 6번 시도(약 20달러)로 75.7%, 1024번(약 172배 연산)으로 87.5%였고, 공개 학습셋으로 학습했습니다. 연산·비용 등급과 평가셋을 함께 봐야 합니다.',
          en: 'o3 scored 75.7% with 6 samples (~$20/task) and 87.5% with 1,024 samples (~172× compute), and was trained on the public training set: always quote the compute tier and the set.',
        },
        sources: ['arc-o3'],
      },
    ],
    lookalikes: ['arc-agi-2', 'arc-ai2'],
    sources: ['arc-agi-1', 'arc-o3'],
    checked: C,
  },
  {
    id: 'arc-agi-2',
    name: 'ARC-AGI-2',
    aliases: [
      'ARC-AGI-2',
      'ARC-AGI 2',
      'ARC AGI 2',
      '아크-AGI-2',
      'ARC-AGI 버전2',
      'ARC-AGI 버전 2',
      'ARC-AGI version 2',
      'ARC-AGI v2',
    ],
    what: {
      ko: '더 어려운 ARC. 공개 학습 1,000 + 평가 120과제, 반비공개·비공개 세트 별도.',
      en: 'The harder ARC: 1,000 public training and 120 public evaluation tasks, plus semi-private and private sets.',
    },
    items: 120,
    itemsNote: { ko: '공개 평가 120과제 기준', en: 'public evaluation set of 120 tasks' },
    metric: 'tasks solved exactly',
    granularity: 'binary',
    notes: [
      {
        kind: 'version',
        text: {
          ko: '평가 과제가 2025년 4월에 수정됐고, 시도 횟수 규정(2회/3회)이 문서 안에서도 엇갈립니다.',
          en: 'Evaluation tasks were edited in April 2025, and the README gives both 2 and 3 trials.',
        },
        sources: ['arc-agi-2'],
      },
    ],
    lookalikes: ['arc-agi-1'],
    sources: ['arc-agi-2'],
    checked: C,
  },
  {
    id: 'arc-ai2',
    name: 'ARC (AI2 Reasoning Challenge)',
    aliases: ['ARC-Challenge', 'ARC Challenge', 'AI2 Reasoning Challenge', 'ARC-Easy', 'ARC-C'],
    what: {
      ko: '초중등 과학 4지선다(AI2). 이름이 비슷한 ARC-AGI와 전혀 다른 벤치마크입니다.',
      en: 'Grade-school science multiple choice from AI2 — a different benchmark from ARC-AGI despite the name.',
    },
    items: 1172,
    itemsNote: { ko: 'Challenge 테스트셋 1,172문제', en: 'Challenge test set, 1,172 questions' },
    metric: 'accuracy',
    granularity: 'binary',
    notes: [],
    lookalikes: ['arc-agi-1'],
    sources: ['arc-ai2'],
    checked: C,
  },
  {
    id: 'hle',
    name: "Humanity's Last Exam",
    nameKo: '인류의 마지막 시험(HLE)',
    aliases: [
      "Humanity's Last Exam",
      'Humanity’s Last Exam',
      'Humanitys Last Exam',
      'HLE',
      '인류의 마지막 시험',
      '인류 마지막 시험',
    ],
    what: {
      ko: '전문가 수준 폐쇄형 학술 문제 2,500개(약 14% 멀티모달, 24% 객관식).',
      en: 'Expert-level closed-ended academic questions: 2,500 public (about 14% multimodal, 24% multiple choice).',
    },
    items: 2500,
    itemsNote: {
      ko: '공개 2,500문제(초기 3,000, Scale 페이지 2,700으로 표기 엇갈림)',
      en: '2,500 public (v1 said 3,000; Scale’s page 2,700)',
    },
    metric: 'accuracy + calibration error',
    granularity: 'binary',
    notes: [
      {
        kind: 'errors',
        text: {
          ko: 'FutureHouse 검토: 텍스트 화학·생물 문항 답의 29±3.7%가 학술 문헌과 충돌합니다. 도구 사용 여부(예: Grok 4 26.9% 대 44%)와 텍스트 전용/전체 세트를 함께 봐야 합니다.',
          en: 'FutureHouse found 29 ± 3.7% of text-only chemistry/biology answers conflict with the literature; tool use (e.g. Grok 4 26.9% vs 44% with tools) and text-only vs full set matter.',
        },
        sources: ['futurehouse-hle'],
      },
    ],
    sources: ['hle'],
    checked: C,
  },
  {
    id: 'simpleqa',
    name: 'SimpleQA',
    aliases: ['SimpleQA', 'Simple QA', '심플QA', '심플 QA'],
    what: {
      ko: '짧은 사실 질문 4,326개로 사실성 측정(OpenAI). GPT-4가 틀리도록 적대적으로 모았습니다.',
      en: 'OpenAI’s 4,326 short fact-seeking questions, collected adversarially against GPT-4.',
    },
    items: 4326,
    metric: 'correct / not attempted / F-score',
    granularity: 'binary',
    notes: [
      {
        kind: 'selection',
        text: {
          ko: '검색(브라우징) 사용 여부에 따라 점수가 크게 달라집니다.',
          en: 'Browsing or retrieval changes scores drastically.',
        },
        sources: ['simpleqa'],
      },
    ],
    sources: ['simpleqa'],
    checked: C,
  },
  {
    id: 'ifeval',
    name: 'IFEval',
    aliases: ['IFEval', 'IF-Eval', 'IF Eval'],
    what: {
      ko: '형식 지시(예: "300단어 이상")를 지키는지 자동 검증하는 541개 프롬프트.',
      en: '541 prompts with verifiable formatting instructions (e.g. "at least 300 words").',
    },
    items: 541,
    metric: 'prompt/instruction-level strict/loose accuracy',
    granularity: 'binary',
    notes: [
      {
        kind: 'version',
        text: {
          ko: '지표가 4가지(프롬프트/지시 단위 × 엄격/느슨)라 어느 것인지 밝혀야 합니다. R1은 "Prompt Strict".',
          en: 'There are four metrics (prompt vs instruction level, strict vs loose); R1 reports "Prompt Strict".',
        },
        sources: ['ifeval', 'deepseek-r1-report'],
      },
    ],
    sources: ['ifeval'],
    checked: C,
  },
  {
    id: 'bbh',
    name: 'BIG-Bench Hard',
    aliases: ['BIG-Bench Hard', 'BIG Bench Hard', 'BBH', '빅벤치 하드'],
    what: {
      ko: 'BIG-Bench의 어려운 23개 과제, 6,511문항. 보통 3-shot CoT로 잽니다.',
      en: '23 hard BIG-Bench tasks, 6,511 examples; usually 3-shot chain-of-thought.',
    },
    items: 6511,
    metric: 'exact match',
    granularity: 'binary',
    notes: [
      {
        kind: 'saturation',
        text: {
          ko: '포화 단계로, LiveBench는 한 과제를 BIG-Bench Extra Hard 문항으로 교체했습니다.',
          en: 'Saturating; LiveBench replaced one task with BIG-Bench Extra Hard items.',
        },
        sources: ['livebench'],
      },
    ],
    sources: ['bbh'],
    checked: C,
  },
  {
    id: 'drop',
    name: 'DROP',
    aliases: ['DROP'],
    what: {
      ko: '지문을 읽고 덧셈·세기·정렬 등 이산 추론을 하는 독해 문제(약 9만6000개).',
      en: 'Reading comprehension with discrete reasoning (addition, counting, sorting): about 96k questions.',
    },
    items: null,
    itemsNote: {
      ko: '논문 판에 따라 5만5000~9만6000으로 표기',
      en: '55k or 96k depending on the paper version',
    },
    metric: 'F1 (and EM)',
    granularity: 'f1',
    notes: [
      {
        kind: 'saturation',
        text: {
          ko: '포화 상태(R1 92.2 F1)이며 정답 정규화 방식이 F1에 영향을 줍니다.',
          en: 'Highly saturated (R1: 92.2 F1); answer normalization details move F1.',
        },
        sources: ['deepseek-r1-report'],
      },
    ],
    sources: ['drop'],
    checked: C,
  },
  {
    id: 'hellaswag',
    name: 'HellaSwag',
    aliases: ['HellaSwag', 'Hella Swag', '헬라스웩'],
    what: {
      ko: '상식으로 문장의 다음 장면을 고르는 4지선다. 검증셋 10,042문항.',
      en: 'Four-way commonsense sentence completion; validation set of 10,042 items.',
    },
    items: 10042,
    metric: 'accuracy',
    granularity: 'binary',
    notes: [
      {
        kind: 'errors',
        text: {
          ko: '많은 문항이 비문·무의미해 품질 필터를 통과한 검증 문항은 1,525개뿐입니다.',
          en: 'Many prompts are ungrammatical or nonsensical: only 1,525 validation items survive quality filters.',
        },
        sources: ['goldenswag'],
      },
      {
        kind: 'saturation',
        text: {
          ko: '최신 모델은 사람 수준(약 95%)에 도달했습니다.',
          en: 'Frontier models are at human level (about 95%).',
        },
        sources: ['hellaswag'],
      },
    ],
    sources: ['hellaswag'],
    checked: C,
  },
  {
    id: 'lmarena',
    name: 'LMArena (Chatbot Arena)',
    nameKo: 'LM아레나(챗봇 아레나)',
    aliases: [
      'LMArena',
      'LM Arena',
      'Chatbot Arena',
      'LMSYS Arena',
      'LM아레나',
      'LM 아레나',
      '챗봇 아레나',
      '챗봇아레나',
      'Text Arena',
      'Arena leaderboard',
      'Arena Expert',
      '아레나 리더보드',
    ],
    what: {
      ko: '사용자가 두 모델의 답을 비교해 투표한 결과로 매기는 Elo식 순위(고정 문항 없음).',
      en: 'Elo-style ranking from crowdsourced pairwise votes; no fixed items.',
    },
    items: null,
    metric: 'Bradley–Terry "Elo" with confidence intervals',
    granularity: 'rating',
    notes: [
      {
        kind: 'selection',
        text: {
          ko: '"리더보드 착시" 연구: 비공개 변형 다수 테스트 후 선택 공개(메타는 Llama 4 전 27개), 데이터 접근 불균형(구글 약 19.2%, OpenAI 약 20.4%).',
          en: '"The Leaderboard Illusion": private testing of many variants with selective disclosure (Meta tried 27 before Llama 4) and unequal data access (Google ~19.2%, OpenAI ~20.4%).',
        },
        sources: ['leaderboard-illusion'],
      },
    ],
    sources: ['lmarena'],
    checked: C,
  },
  {
    id: 'mmmu',
    name: 'MMMU',
    aliases: ['MMMU'],
    what: {
      ko: '대학 수준 멀티모달(이미지+텍스트) 추론 1만1500문제, 30과목. 검증셋 900, 테스트 10,500(정답 비공개).',
      en: 'College-level multimodal reasoning: 11.5K questions in 30 subjects; validation 900, test 10,500 (answers withheld).',
    },
    items: 900,
    itemsNote: { ko: '검증셋 900문제 기준(테스트는 10,500)', en: 'validation set of 900 (test has 10,500)' },
    metric: 'accuracy',
    granularity: 'binary',
    notes: [
      {
        kind: 'version',
        text: {
          ko: '검증셋과 테스트셋 점수가 보도에서 자주 섞입니다.',
          en: 'Validation and test scores are often mixed up in reporting.',
        },
        sources: ['mmmu'],
      },
    ],
    sources: ['mmmu'],
    checked: C,
  },
];
