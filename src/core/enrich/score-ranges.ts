// A range of scores ("scored between 81.5 and 92 points", "range from 255 to 275") is two scores: each end is
// one model's (or one state's) figure, and each is compared on its own.
import { claimId } from '../detect/id.js';
import type { Claim } from '../types.js';

const NUMBER = /\d[\d,]*(?:\.\d+)?/g;
const UNIT_AFTER = /^\s?(?:points?|pts|점|%)/;

function part(text: string, src: Claim, start: number, end: number, value: number): Claim {
  const after = UNIT_AFTER.exec(text.slice(end, end + 8));
  const e = after ? end + after[0].length : end;
  const quote = text.slice(start, e);
  return {
    ...src,
    id: claimId(quote, start),
    text: quote,
    start,
    end: e,
    value,
    range: undefined,
    caveats: [],
  };
}

/** Replaces, in place, each score range by its two ends. */
export function splitScoreRanges(text: string, claims: Claim[]): void {
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    if (c.kind !== 'score' || !c.range || c.vague) continue;
    const nums = [...c.text.matchAll(NUMBER)];
    if (nums.length !== 2) continue;
    const [lo, hi] = nums as [RegExpMatchArray, RegExpMatchArray];
    const loStart = c.start + lo.index!;
    const hiStart = c.start + hi.index!;
    // The low end keeps the words before it ("between", "from") out: its quote is the number (and a unit written there).
    const low = part(text, c, loStart, loStart + lo[0].length, c.range[0]);
    const high = part(text, c, hiStart, hiStart + hi[0].length, c.range[1]);
    if (low.end > high.start) continue;
    claims.splice(i, 1, low, high);
    i++;
  }
}
