// Assembles "35 of 42 points" / "18 out of 20 points" into one score claim: the first number scored, the second the scale.
import type { RawClaim } from './types.js';

const BETWEEN = /^ (?:out )?of $/;
const POINTS = new Set(['points', 'point', 'pts', '점']);

/** Joins a bare number and the points claim it is "of" into one claim with `outOf`; other claims pass through. */
export function joinOutOf(text: string, raws: RawClaim[]): RawClaim[] {
  let out: RawClaim[] | null = null;
  for (let i = 0; i < raws.length; i++) {
    const a = raws[i]!;
    const b = raws[i + 1];
    if (
      b &&
      a.kind === 'count' &&
      a.unit === null &&
      !a.range &&
      b.kind === 'count' &&
      b.unit !== null &&
      POINTS.has(b.unit) &&
      a.value <= b.value &&
      BETWEEN.test(text.slice(a.end, b.start))
    ) {
      out ??= raws.slice(0, i);
      out.push({ ...a, end: b.end, kind: 'score', unit: b.unit, outOf: b.value });
      i++;
      continue;
    }
    out?.push(a);
  }
  return out ?? raws;
}
