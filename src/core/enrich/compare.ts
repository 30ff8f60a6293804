// Pairs claims compared in the same sentence: same kind and unit, with a comparison marker (보다, vs, than …).
import type { Claim } from '../types.js';

const BETWEEN =
  /보다|대비|에\s*비해|비해|와\s*달리|과\s*달리|달리|앞섰|넘어|\bvs\.?|\bversus\b|\bthan\b|compared\s+(?:with|to)|\bagainst\b|ahead of|behind|\bunlike\b|\bwhile\b|\bwhereas\b|\bbeating\b|\bedging\b|\btopping\b/i;
const AFTER = /^\s*[)）]?\s*(?:보다|대비|에\s*비해|와\s*비교|과\s*비교)/;

function sameQuantity(a: Claim, b: Claim): boolean {
  if (a.kind === 'count' && b.kind === 'count') return true; // "1만6000개의 칩" vs "GPU 약 2000개"
  if (a.kind !== b.kind) return false;
  if (a.kind === 'score') return a.benchmark === b.benchmark || !a.benchmark || !b.benchmark;
  return a.unit === b.unit;
}

/**
 * Sets comparedWith both ways for compared claims in one sentence: each claim and the next claim of the
 * same quantity (claims of other kinds in between, such as a year the detector kept, are skipped).
 */
export function linkComparisons(text: string, sentenceClaims: Claim[]): void {
  for (let i = 0; i + 1 < sentenceClaims.length; i++) {
    const a = sentenceClaims[i]!;
    let b: Claim | undefined;
    for (let j = i + 1; j < sentenceClaims.length && !b; j++)
      if (sameQuantity(a, sentenceClaims[j]!)) b = sentenceClaims[j];
    if (!b) continue;
    const between = text.slice(a.end, b.start);
    const after = text.slice(b.end, b.end + 12);
    const paren = text[b.start - 1] === '(' && a.kind !== 'money';
    if (BETWEEN.test(between) || AFTER.test(after) || paren) {
      a.comparedWith ??= b.id;
      b.comparedWith ??= a.id;
      // A score compared with an unlinked score shares its benchmark ("65.9% … 챗GPT(63.4%)").
      if (a.benchmark && !b.benchmark && (b.kind === 'percent' || b.kind === 'score')) {
        b.benchmark = a.benchmark;
        b.kind = 'score';
      } else if (b.benchmark && !a.benchmark && (a.kind === 'percent' || a.kind === 'score')) {
        a.benchmark = b.benchmark;
        a.kind = 'score';
      }
    }
  }
}
