// Published results for cross-checking: DeepSeek-R1 Tables 2 and 4, OpenAI's o1 AIME figures.
import type { Bilingual, PublishedResult, Report, Sampling } from './types.js';

const C = '2026-11-29';

export const REPORTS: Report[] = [
  {
    id: 'deepseek-r1',
    title: 'DeepSeek-R1 report',
    titleKo: 'DeepSeek-R1 보고서',
    by: 'deepseek',
    sources: ['deepseek-r1-report', 'deepseek-r1-readme'],
    checked: C,
  },
  {
    id: 'openai-o1',
    title: 'OpenAI, Learning to reason with LLMs',
    titleKo: 'OpenAI "Learning to reason with LLMs"',
    by: 'openai',
    sources: ['openai-learning-to-reason'],
    checked: C,
  },
];

const R1_SAMPLED: Bilingual = {
  ko: '문제당 k개(4~64개) 답을 온도 0.6·top-p 0.95로 뽑아 평균 낸 pass@1',
  en: 'pass@1 averaged over k samples per question (4–64) at temperature 0.6, top-p 0.95',
};
const COPIED: Bilingual = {
  ko: 'DeepSeek이 직접 재지 않고 "공식 보고서 기준"으로 옮겨 적은, 채점 설정이 밝혀지지 않은 값(중국 본토에서 o1 API 접근이 어렵다는 이유)',
  en: 'not measured by DeepSeek but reported "based on official reports" (the o1 API being hard to access from mainland China), with its settings unstated',
};

type Row = [benchmark: string, metric: string, r1: number | null, o1: number | null, v3: number | null];

/** DeepSeek-R1 report, Table 4: DeepSeek-R1 (measured), OpenAI-o1-1217 (copied), DeepSeek-V3 (measured). */
const TABLE4: Row[] = [
  ['aime-2024', 'Pass@1', 79.8, 79.2, 39.2],
  ['math-500', 'Pass@1', 97.3, 96.4, 90.2],
  ['gpqa-diamond', 'Pass@1', 71.5, 75.7, 59.1],
  ['livecodebench', 'Pass@1-COT (2024-08..2025-01)', 65.9, 63.4, 36.2],
  ['codeforces', 'Percentile', 96.3, 96.6, 58.7],
  ['codeforces', 'Rating', 2029, 2061, 1134],
  ['swe-bench-verified', 'Resolved', 49.2, 48.9, 42.0],
  ['aider-polyglot', 'Acc.', 53.3, 61.7, 49.6],
  ['mmlu', 'Pass@1', 90.8, 91.8, 88.5],
  ['mmlu-redux', 'EM', 92.9, null, 89.1],
  ['mmlu-pro', 'EM', 84.0, null, 75.9],
  ['drop', '3-shot F1', 92.2, 90.2, 91.6],
  ['ifeval', 'Prompt Strict', 83.3, null, 86.1],
  ['simpleqa', 'Correct', 30.1, 47.0, 24.9],
  ['c-eval', 'EM', 91.8, null, 86.5],
];

function samplingOf(benchmark: string, metric: string): Sampling {
  if (metric === 'Rating' || metric === 'Percentile') return 'rating';
  if (/pass@1/i.test(metric)) return 'pass@1-mean-of-k';
  return benchmark === 'math-500' ? 'pass@1-mean-of-k' : 'other';
}

function table4(): PublishedResult[] {
  const out: PublishedResult[] = [];
  for (const [benchmark, metric, r1, o1, v3] of TABLE4) {
    const where = `Table 4, ${metric}`;
    const sampling = samplingOf(benchmark, metric);
    const settings = sampling === 'pass@1-mean-of-k' ? R1_SAMPLED : { ko: metric, en: metric };
    if (r1 !== null)
      out.push({
        benchmark,
        model: 'DeepSeek-R1',
        maker: 'deepseek',
        value: r1,
        metric,
        sampling,
        settings,
        provenance: 'measured',
        report: 'deepseek-r1',
        where,
      });
    if (o1 !== null)
      out.push({
        benchmark,
        model: 'OpenAI o1-1217',
        maker: 'openai',
        value: o1,
        metric,
        sampling: sampling === 'rating' ? 'rating' : 'unknown',
        settings: COPIED,
        provenance: 'copied',
        report: 'deepseek-r1',
        where,
      });
    if (v3 !== null)
      out.push({
        benchmark,
        model: 'DeepSeek-V3',
        maker: 'deepseek',
        value: v3,
        metric,
        sampling,
        settings,
        provenance: 'measured',
        report: 'deepseek-r1',
        where,
      });
  }
  return out;
}

const CONS64: Bilingual = {
  ko: '문제당 64개 답의 다수결(cons@64)',
  en: 'majority vote over 64 samples per question (cons@64)',
};
const SINGLE: Bilingual = {
  ko: '문제당 답 하나(single sample), 최대 테스트타임 연산 설정',
  en: 'one sample per problem, at the maximal test-time compute setting',
};

export const PUBLISHED_RESULTS: PublishedResult[] = [
  ...table4(),
  // DeepSeek-R1 report, Table 2 (R1-Zero vs o1 on AIME 2024: pass@1 and cons@64).
  ...(
    [
      ['DeepSeek-R1-Zero', 'deepseek', 71.0, 86.7, 'measured'],
      ['OpenAI o1-0912', 'openai', 74.4, 83.3, 'copied'],
      ['OpenAI o1-mini', 'openai', 63.6, 80.0, 'copied'],
    ] as const
  ).flatMap(([model, maker, pass1, cons]): PublishedResult[] => [
    {
      benchmark: 'aime-2024',
      model,
      maker,
      value: pass1,
      metric: 'pass@1',
      sampling: 'pass@1-mean-of-k',
      settings: maker === 'openai' ? COPIED : R1_SAMPLED,
      provenance: maker === 'openai' ? 'copied' : 'measured',
      report: 'deepseek-r1',
      where: 'Table 2, AIME 2024 pass@1',
    },
    {
      benchmark: 'aime-2024',
      model,
      maker,
      value: cons,
      metric: 'cons@64',
      sampling: 'cons@64',
      settings: CONS64,
      provenance: maker === 'openai' ? 'copied' : 'measured',
      report: 'deepseek-r1',
      where: 'Table 2, AIME 2024 cons@64',
    },
  ]),
  // OpenAI, "Learning to reason with LLMs": o1 on the 2024 AIME.
  {
    benchmark: 'aime-2024',
    model: 'OpenAI o1 (pre-release)',
    maker: 'openai',
    value: 74,
    metric: 'accuracy, single sample (11.1/15 on average)',
    sampling: 'pass@1-single',
    settings: SINGLE,
    provenance: 'measured',
    report: 'openai-o1',
    where: 'AIME 2024 figure',
  },
  {
    benchmark: 'aime-2024',
    model: 'OpenAI o1 (pre-release)',
    maker: 'openai',
    value: 83,
    metric: 'consensus among 64 samples',
    sampling: 'cons@64',
    settings: CONS64,
    provenance: 'measured',
    report: 'openai-o1',
    where: 'AIME 2024 figure',
  },
  {
    benchmark: 'aime-2024',
    model: 'GPT-4o',
    maker: 'openai',
    value: 12,
    metric: 'accuracy (1.8/15 on average)',
    sampling: 'pass@1-single',
    settings: SINGLE,
    provenance: 'measured',
    report: 'openai-o1',
    where: 'AIME 2024 figure',
  },
];

/** Index by benchmark id, built once. */
export const RESULTS_BY_BENCHMARK: Map<string, PublishedResult[]> = (() => {
  const m = new Map<string, PublishedResult[]>();
  for (const r of PUBLISHED_RESULTS) {
    const list = m.get(r.benchmark) ?? [];
    list.push(r);
    m.set(r.benchmark, list);
  }
  return m;
})();

/** Published results on `benchmark` equal to `value` (to the report's one decimal). */
export function findResults(benchmark: string, value: number): PublishedResult[] {
  return (RESULTS_BY_BENCHMARK.get(benchmark) ?? []).filter((r) => Math.abs(r.value - value) < 0.051);
}

/** Published results on any benchmark equal to `value`. */
export function findResultsAnywhere(value: number): PublishedResult[] {
  return PUBLISHED_RESULTS.filter((r) => Math.abs(r.value - value) < 0.051);
}
