// Lists that share one unit: "12.5, 30.1 and 41.7 percentage points", "각각 12.5, 30.1, 41.7%포인트" — every number
// of the list takes the unit written after the last one.
import type { RawClaim } from './types.js';

/** What may stand between two numbers of one list. */
const JOIN = /^(?:,\s?|\s?,\s|,?\s(?:and|or)\s|\s?및\s|\s?와\s|\s?과\s|·)$/;
/** Units a list can share without changing the numbers' values (a scale like 억원 would). */
const SHARED = new Set(['percent', 'percentage_point', 'multiplier']);
const POINTS = new Set(['점', 'points', 'point']);

function bare(r: RawClaim): boolean {
  return r.kind === 'count' && r.unit === null && !r.range && !r.bound && !r.vague;
}

/** Gives the bare numbers before a unit-bearing list end that unit; other claims pass through unchanged. */
export function distributeUnits(text: string, raws: RawClaim[]): RawClaim[] {
  let out: RawClaim[] | null = null;
  for (let i = 1; i < raws.length; i++) {
    const last = raws[i]!;
    if (!(SHARED.has(last.kind) || (last.kind === 'count' && last.unit !== null && POINTS.has(last.unit))))
      continue;
    let j = i;
    while (j > 0 && bare(raws[j - 1]!) && JOIN.test(text.slice(raws[j - 1]!.end, raws[j]!.start))) j--;
    if (j === i) continue;
    out ??= raws.slice();
    for (let k = j; k < i; k++) out[k] = { ...raws[k]!, kind: last.kind, unit: last.unit };
  }
  return out ?? raws;
}
