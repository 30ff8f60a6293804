// What a number is about, from words around it: a benchmark, a training or development cost, a GPU count.
import { BENCHMARK_BY_ID } from '../knowledge/benchmarks/index.js';
import type { Claim, UiLang } from '../types.js';

interface SubjectRule {
  test: (c: Claim, near: string) => boolean;
  ko: string;
  en: string;
}

export const GPU_WORDS = /GPU|그래픽처리장치|칩|chips?\b|H100|H800|H20|A100|B200|가속기|accelerators?/i;
export const TRAINING_WORDS = /훈련|학습|training|train(?:ed)?\b|pre-?training/i;
export const DEVELOPMENT_WORDS =
  /개발\s*(?:에\s*)?(?:(?:투입된|들어간|사용된|쓴|든)\s*)?비용|개발비|development cost|cost to (?:develop|build)|to build/i;

const RULES: SubjectRule[] = [
  {
    test: (c, near) => c.kind === 'money' && DEVELOPMENT_WORDS.test(near),
    ko: '개발 비용',
    en: 'development cost',
  },
  {
    test: (c, near) => c.kind === 'money' && TRAINING_WORDS.test(near) && /비용|cost|spent|지출/i.test(near),
    ko: '훈련 비용',
    en: 'training cost',
  },
  {
    test: (c, near) => (c.kind === 'rate' || (c.kind === 'money' && !!c.per)) && GPU_WORDS.test(near),
    ko: 'GPU 임대 가격',
    en: 'GPU rental price',
  },
  { test: (c, near) => c.kind === 'count' && GPU_WORDS.test(near), ko: 'GPU 수', en: 'number of GPUs' },
  {
    test: (c, near) => c.kind === 'money' && /시가총액|시총|market (?:value|cap)/i.test(near),
    ko: '시가총액',
    en: 'market value',
  },
];

/** Sets claim.subject when the words around the number say what it measures. */
export function setSubject(text: string, c: Claim, uiLang: UiLang): void {
  if (c.subject) return;
  if (c.benchmark) {
    const b = BENCHMARK_BY_ID.get(c.benchmark);
    if (b) c.subject = uiLang === 'ko' ? (b.nameKo ?? b.name) : b.name;
    return;
  }
  const from = Math.max(c.sentence.start, c.start - 40);
  const to = Math.min(c.sentence.end, c.end + 25);
  const near = text.slice(from, to);
  for (const r of RULES) {
    if (r.test(c, near)) {
      c.subject = uiLang === 'ko' ? r.ko : r.en;
      return;
    }
  }
}
