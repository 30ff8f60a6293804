// Benchmark score: what the benchmark is, its size, the 95% interval; a compared margin within, at or outside noise; subsets, indexes, stated maxima.
import { formatNumber } from '../../format.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { Benchmark } from '../../knowledge/types.js';
import type { Caveat, Claim } from '../../types.js';
import { type Doc, sentenceOf } from '../doc.js';
import { caveat, type Rule } from '../rule.js';
import { diffHalfWidth, itemsNeeded, wilson } from '../stats.js';

/** Intl.NumberFormat is slow and the same scores recur across a page: formatted once each, up to a bound. */
function cached(digits: number): (n: number) => string {
  const seen = new Map<number, string>();
  return (n) => {
    // A Map key does not tell 0 from -0, which format differently.
    if (n === 0) return formatNumber(n, 'en', digits);
    let s = seen.get(n);
    if (s === undefined) {
      s = formatNumber(n, 'en', digits);
      if (seen.size >= 4096) seen.clear();
      seen.set(n, s);
    }
    return s;
  };
}
const f1 = cached(1);
const f2 = cached(2);

/** A category score ("코딩 부문", "coding category") covers only part of the benchmark's items. */
const CATEGORY =
  /부문|분야|카테고리|category|subset|코딩|수학|추론|데이터 분석|coding|\bmath\b|reasoning|data analysis|instruction following/i;

function itemsFor(b: Benchmark, c: Claim, doc: Doc): number | null {
  if (b.items === null) return null;
  if (b.id === 'livebench' && CATEGORY.test(sentenceOf(doc, c))) return null;
  return b.items;
}

/** Accuracy news writes in points ("KMMLU 76.4점") is a percentage of items; weighted or graded points are not. */
const SHARE_GRANULARITY = new Set<Benchmark['granularity']>(['binary', 'sampled']);
const POINT_UNITS = new Set(['점', 'points', 'point', 'pts']);

/** The score as a share of the items in [0, 1], or null when it is not one (ratings, graded points, an index). */
export function shareOf(c: Claim, b: Benchmark): number | null {
  if (c.unit === '%') return c.value / 100;
  if (c.unit === null || !POINT_UNITS.has(c.unit) || !SHARE_GRANULARITY.has(b.granularity)) return null;
  const top = c.outOf ?? b.maxScore ?? 100;
  return top === 100 && c.value <= 100 ? c.value / 100 : null;
}

/** "텍스트 문항만을 대상으로 한 평가", "on the text-only subset": the score covers part of the benchmark's items. */
const SUBSET =
  /텍스트\s?(?:문항|문제)만|텍스트\s?전용|일부\s?(?:문항|문제)만|부분\s?집합|하위\s?집합|\btext-only\b|\bsubset\b|\bsubsample\b/i;

function subsetSaid(doc: Doc, c: Claim): string | null {
  const from = Math.max(0, c.sentence.start - 200);
  const m = SUBSET.exec(doc.text.slice(from, c.sentence.end));
  return m ? m[0] : null;
}

export const benchmarkScore: Rule = {
  id: 'benchmark-score',
  kinds: ['score'],
  run(claim, doc, kb) {
    if (claim.kind !== 'score' || !claim.benchmark) return [];
    const b = kb.benchmarkById.get(claim.benchmark);
    if (!b) return [];
    const share = shareOf(claim, b);
    const out: Caveat[] = [...compositeCaveat(b, doc, kb)];
    if (share === null) return [...out, ...scaleCaveat(claim, b, doc, kb)];
    const n = itemsFor(b, claim, doc);
    const p = share;
    const pct = p * 100;
    const name = doc.ui === 'ko' ? (b.nameKo ?? b.name) : b.name;
    const sources = [...b.sources, 'miller-error-bars'];
    const shown = claim.unit === '%' ? `${claim.value}%` : claim.text;

    // What it is, how big, and the interval of this score.
    let detailKo = `${name}: ${b.what.ko}`;
    let detailEn = `${name}: ${b.what.en}`;
    if (n && p > 0 && p < 1) {
      const [lo, hi] = wilson(p, n);
      const solved = p * n;
      detailKo += ` ${shown}는 ${formatNumber(n)}문항 중 약 ${f1(solved)}문항이고, 1문항은 ${f2(100 / n)}%포인트입니다. ${formatNumber(n)}문항에서 이 점수의 95% 구간은 약 ${f1(lo * 100)}~${f1(hi * 100)}%입니다.`;
      detailEn += ` ${shown} is about ${f1(solved)} of ${formatNumber(n)} items; one item is ${f2(100 / n)} pp. On ${formatNumber(n)} items the 95% interval of this score is about ${f1(lo * 100)}–${f1(hi * 100)}%.`;
      if (n < 300) sources.push('bowyer-small-n');
    } else if (b.itemsNote) {
      detailKo += ` 문항 수: ${b.itemsNote.ko}.`;
      detailEn += ` Items: ${b.itemsNote.en}.`;
    }
    out.push(
      ...caveat(doc, kb, {
        id: 'benchmark.what-it-is',
        severity: 'info',
        title: {
          ko: n ? `${name}: ${formatNumber(n)}문항짜리 시험` : `${name}: 어떤 벤치마크인가`,
          en: n ? `${name}: a ${formatNumber(n)}-item test` : `${name}: what it measures`,
        },
        detail: { ko: detailKo, en: detailEn },
        sources,
      }),
    );
    const other = claim.comparedWith ? doc.byId.get(claim.comparedWith) : undefined;
    if (other && other.kind === 'score' && other.benchmark === claim.benchmark) {
      const q = shareOf(other, b);
      if (q !== null) out.push(...margin(pct, q * 100, n, b, doc, kb));
    }
    const subset = n ? subsetSaid(doc, claim) : null;
    if (subset && n) {
      out.push(
        ...caveat(doc, kb, {
          id: 'benchmark.subset',
          severity: 'info',
          title: { ko: `${name}의 일부 문항만 채점`, en: `Scored on part of ${name}` },
          detail: {
            ko: `기사는 이 점수가 일부 문항("${subset}")만으로 낸 것이라고 씁니다. 전체 ${formatNumber(n)}문항보다 적은 문항이므로 실제 구간은 위 계산보다 넓고, 전체 문항으로 낸 점수와 바로 비교할 수 없습니다.`,
            en: `The text says this score comes from part of the set ("${subset}"). That is fewer than the full ${formatNumber(n)} items, so the real interval is wider than computed above, and the score does not compare directly with scores on the whole set.`,
          },
          sources: b.sources,
        }),
      );
    }
    return out;
  },
};

/** The gap to the compared score against the noise of `n` items: within it, borderline, or well outside. */
function margin(a: number, o: number, n: number | null, b: Benchmark, doc: Doc, kb: Knowledge): Caveat[] {
  const p = a / 100;
  const q = o / 100;
  const gap = Math.abs(a - o);
  const sources = ['miller-error-bars', ...b.sources];
  if (!n) {
    if (gap === 0) return [];
    const need0 = itemsNeeded(p, q, gap / 100, 0);
    const need5 = itemsNeeded(p, q, gap / 100, 0.5);
    return caveat(doc, kb, {
      id: 'benchmark.margin-within-noise',
      severity: 'warn',
      title: {
        ko: `${f1(gap)}%포인트 차이: 문항 수를 모르면 판단 불가`,
        en: `A ${f1(gap)} pp gap on an unstated number of items`,
      },
      detail: {
        ko: `${f1(a)}% 대 ${f1(o)}%: 이 점수의 문항 수가 밝혀지지 않았습니다. ${f1(gap)}%포인트 차이가 우연이 아니라고(p<0.05) 하려면 서로 독립인 문항이 약 ${formatNumber(need0)}개(두 모델 상관 0.5면 ${formatNumber(need5)}개) 필요합니다.`,
        en: `${f1(a)}% vs ${f1(o)}%: the number of items behind these scores is not stated. For a ${f1(gap)} pp gap to be distinguishable from chance (p < .05) it takes about ${formatNumber(need0)} independent items (${formatNumber(need5)} at a correlation of 0.5 between the models).`,
      },
      sources,
    });
  }
  const hw0 = diffHalfWidth(p, q, n, 0) * 100;
  const hw5 = diffHalfWidth(p, q, n, 0.5) * 100;
  const hw9 = diffHalfWidth(p, q, n, 0.9) * 100;
  const items = (gap / 100) * n;
  const itemsKo = items >= 10 ? formatNumber(Math.round(items)) : f2(items);
  const itemsEn = itemsKo;
  if (gap < hw5) {
    return caveat(doc, kb, {
      id: 'benchmark.margin-within-noise',
      severity: 'warn',
      title: { ko: `${f1(gap)}%포인트 차이는 잡음 범위`, en: `A ${f1(gap)} pp gap is within noise` },
      detail: {
        ko: `${f1(a)}% 대 ${f1(o)}%: ${f1(gap)}%포인트는 ${formatNumber(n)}문항 중 ${itemsKo}문항에 해당합니다${items < 1 ? '(한 문제도 안 됨)' : ''}. 두 모델 결과가 서로 독립이면 차이의 95% 구간은 ±${f1(hw0)}%p, 상관이 0.5면 ±${f1(hw5)}%p, 0.9로 아주 비슷해도 ±${f1(hw9)}%p라 이 차이로 우열을 가릴 수 없습니다.`,
        en: `${f1(a)}% vs ${f1(o)}%: ${f1(gap)} pp is ${itemsEn} of one item out of ${formatNumber(n)}${items < 1 ? ' (less than one problem)' : ''}. The 95% interval of the difference is ±${f1(hw0)} pp if the two models' results are independent, ±${f1(hw5)} pp at correlation 0.5 and still ±${f1(hw9)} pp at 0.9: the scores are tied within noise.`,
      },
      sources,
    });
  }
  if (gap >= hw0) {
    return caveat(doc, kb, {
      id: 'benchmark.margin-outside-noise',
      severity: 'info',
      title: {
        ko: `${f1(gap)}%포인트 차이는 잡음 범위 밖`,
        en: `A ${f1(gap)} pp gap is well outside noise`,
      },
      detail: {
        ko: `${f1(a)}% 대 ${f1(o)}%: ${f1(gap)}%포인트는 ${formatNumber(n)}문항 중 약 ${itemsKo}문항입니다. 두 모델 결과가 서로 독립이라고 가장 보수적으로 봐도 차이의 95% 구간은 ±${f1(hw0)}%p라, 이 차이는 문항 표본의 우연으로 설명되지 않습니다(같은 조건에서 잰 점수일 때).`,
        en: `${f1(a)}% vs ${f1(o)}%: ${f1(gap)} pp is about ${itemsEn} of ${formatNumber(n)} items. Even taking the two models' results as independent, the most cautious case, the 95% interval of the difference is ±${f1(hw0)} pp, so sampling of items does not explain this gap (if both were measured the same way).`,
      },
      sources,
    });
  }
  return caveat(doc, kb, {
    id: 'benchmark.margin-borderline',
    severity: 'info',
    title: { ko: `${f1(gap)}%포인트 차이는 경계선`, en: `A ${f1(gap)} pp gap is borderline` },
    detail: {
      ko: `${f1(a)}% 대 ${f1(o)}%: ${formatNumber(n)}문항에서 차이의 95% 구간은 두 모델이 독립이면 ±${f1(hw0)}%p, 상관이 0.5면 ±${f1(hw5)}%p입니다. 같은 문항에서 두 모델의 정오답이 많이 겹칠 때만 이 차이가 잡음 밖입니다.`,
      en: `${f1(a)}% vs ${f1(o)}%: on ${formatNumber(n)} items the 95% interval of the difference is ±${f1(hw0)} pp if the models are independent and ±${f1(hw5)} pp at a correlation of 0.5. The gap is outside noise only if the two models get largely the same items right.`,
    },
    sources,
  });
}

/** An index averaged over several benchmarks, or a leaderboard's mean: not one test's score. */
function compositeCaveat(b: Benchmark, doc: Doc, kb: Knowledge): Caveat[] {
  if (!b.composite) return [];
  const name = doc.ui === 'ko' ? (b.nameKo ?? b.name) : b.name;
  return caveat(doc, kb, {
    id: 'benchmark.composite',
    severity: 'info',
    title: { ko: `${name}: 여러 평가의 평균`, en: `${name}: an average of several evaluations` },
    detail: { ko: `${b.what.ko} ${b.composite.ko}`, en: `${b.what.en} ${b.composite.en}` },
    sources: b.sources,
  });
}

/** A score on a points scale (IMO 42, the bar exam's 400, a 수능 total): what the scale is, from the text or the exam. */
function scaleCaveat(claim: Claim, b: Benchmark, doc: Doc, kb: Knowledge): Caveat[] {
  if (b.granularity === 'rating' || b.composite) return [];
  const top = claim.outOf ?? b.maxScore;
  const name = doc.ui === 'ko' ? (b.nameKo ?? b.name) : b.name;
  let ko = `${name}: ${b.what.ko}`;
  let en = `${name}: ${b.what.en}`;
  if (top && claim.value <= top) {
    const from = claim.outOf
      ? { ko: '기사에 적힌', en: 'the text states' }
      : { ko: '시험의', en: 'the exam’s' };
    ko += ` ${from.ko} 만점 ${formatNumber(top)}점 기준으로 ${claim.value}점은 ${f1((claim.value / top) * 100)}%입니다.`;
    en += ` On ${from.en === 'the text states' ? 'the maximum the text states' : 'the exam’s maximum'}, ${formatNumber(top)} points, ${claim.value} is ${f1((claim.value / top) * 100)}%.`;
  }
  return caveat(doc, kb, {
    id: 'benchmark.what-it-is',
    severity: 'info',
    title: {
      ko: top ? `${name}: ${formatNumber(top)}점 만점` : `${name}: 어떤 시험인가`,
      en: top ? `${name}: out of ${formatNumber(top)} points` : `${name}: what it measures`,
    },
    detail: { ko, en },
    sources: b.sources,
  });
}
