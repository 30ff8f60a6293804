// Benchmark score: what the benchmark is, its size, the 95% interval; a compared margin within noise, in items.
import { formatNumber } from '../../format.js';
import type { Benchmark } from '../../knowledge/types.js';
import type { Claim } from '../../types.js';
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

export const benchmarkScore: Rule = {
  id: 'benchmark-score',
  kinds: ['score'],
  run(claim, doc, kb) {
    if (claim.kind !== 'score' || !claim.benchmark || claim.unit !== '%') return [];
    const b = kb.benchmarkById.get(claim.benchmark);
    if (!b) return [];
    const n = itemsFor(b, claim, doc);
    const p = claim.value / 100;
    const name = doc.ui === 'ko' ? (b.nameKo ?? b.name) : b.name;
    const out = [];
    const sources = [...b.sources, 'miller-error-bars'];

    // What it is, how big, and the interval of this score.
    let detailKo = `${name}: ${b.what.ko}`;
    let detailEn = `${name}: ${b.what.en}`;
    if (n && p > 0 && p < 1) {
      const [lo, hi] = wilson(p, n);
      const solved = p * n;
      detailKo += ` ${claim.value}%는 ${n}문항 중 약 ${f1(solved)}문항이고, 1문항은 ${f2(100 / n)}%포인트입니다. ${n}문항에서 이 점수의 95% 구간은 약 ${f1(lo * 100)}~${f1(hi * 100)}%입니다.`;
      detailEn += ` ${claim.value}% is about ${f1(solved)} of ${n} items; one item is ${f2(100 / n)} pp. On ${n} items the 95% interval of this score is about ${f1(lo * 100)}–${f1(hi * 100)}%.`;
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
          ko: n ? `${name}: ${n}문항짜리 시험` : `${name}: 어떤 벤치마크인가`,
          en: n ? `${name}: a ${n}-item test` : `${name}: what it measures`,
        },
        detail: { ko: detailKo, en: detailEn },
        sources,
      }),
    );

    // Margin of a comparison in the same sentence.
    const other = claim.comparedWith ? doc.byId.get(claim.comparedWith) : undefined;
    if (other && other.kind === 'score' && other.unit === '%' && other.benchmark === claim.benchmark) {
      const q = other.value / 100;
      const gap = Math.abs(claim.value - other.value);
      if (n) {
        const hw0 = diffHalfWidth(p, q, n, 0) * 100;
        const hw5 = diffHalfWidth(p, q, n, 0.5) * 100;
        const hw9 = diffHalfWidth(p, q, n, 0.9) * 100;
        if (gap < hw5) {
          const items = (gap / 100) * n;
          out.push(
            ...caveat(doc, kb, {
              id: 'benchmark.margin-within-noise',
              severity: 'warn',
              title: {
                ko: `${f1(gap)}%포인트 차이는 잡음 범위`,
                en: `A ${f1(gap)} pp gap is within noise`,
              },
              detail: {
                ko: `${claim.value}% 대 ${other.value}%: ${f1(gap)}%포인트는 ${n}문항 중 ${f2(items)}문항에 해당합니다${items < 1 ? '(한 문제도 안 됨)' : ''}. 두 모델 결과가 서로 독립이면 차이의 95% 구간은 ±${f1(hw0)}%p, 상관이 0.5면 ±${f1(hw5)}%p, 0.9로 아주 비슷해도 ±${f1(hw9)}%p라 이 차이로 우열을 가릴 수 없습니다.`,
                en: `${claim.value}% vs ${other.value}%: ${f1(gap)} pp is ${f2(items)} of one item out of ${n}${items < 1 ? ' (less than one problem)' : ''}. The 95% interval of the difference is ±${f1(hw0)} pp if the two models' results are independent, ±${f1(hw5)} pp at correlation 0.5 and still ±${f1(hw9)} pp at 0.9: the scores are tied within noise.`,
              },
              sources: ['miller-error-bars', ...b.sources],
            }),
          );
        }
      } else if (gap > 0) {
        const need0 = itemsNeeded(p, q, gap / 100, 0);
        const need5 = itemsNeeded(p, q, gap / 100, 0.5);
        out.push(
          ...caveat(doc, kb, {
            id: 'benchmark.margin-within-noise',
            severity: 'warn',
            title: {
              ko: `${f1(gap)}%포인트 차이: 문항 수를 모르면 판단 불가`,
              en: `A ${f1(gap)} pp gap on an unstated number of items`,
            },
            detail: {
              ko: `${claim.value}% 대 ${other.value}%: 이 점수의 문항 수가 밝혀지지 않았습니다. ${f1(gap)}%포인트 차이가 우연이 아니라고(p<0.05) 하려면 서로 독립인 문항이 약 ${formatNumber(need0)}개(두 모델 상관 0.5면 ${formatNumber(need5)}개) 필요합니다.`,
              en: `${claim.value}% vs ${other.value}%: the number of items behind these scores is not stated. For a ${f1(gap)} pp gap to be distinguishable from chance (p < .05) it takes about ${formatNumber(need0)} independent items (${formatNumber(need5)} at a correlation of 0.5 between the models).`,
            },
            sources: ['miller-error-bars', ...b.sources],
          }),
        );
      }
    }
    return out;
  },
};
