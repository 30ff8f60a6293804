// The single left-to-right pass: jump between candidate positions, read a claim at each, pair bounds into ranges.
import { SHORT } from './candidates.js';
import { claimAt } from './claim.js';
import { nextCandidate } from './next-candidate.js';
import type { RawClaim, ScanCtx } from './types.js';

/** Runs the pass over the whole text. */
export function scan(ctx: ScanCtx): RawClaim[] {
  const t = ctx.text;
  const short = ctx.last - ctx.first < SHORT;
  const out: RawClaim[] = [];
  let pos = 0;
  let lastEnd = 0;
  while (pos < t.length) {
    const p = nextCandidate(t, pos, ctx.lang, short);
    if (p < 0) break;
    ctx.steps++;
    const r = claimAt(ctx, p, lastEnd);
    if (r.claim) {
      const prev = out[out.length - 1];
      const pair = prev?.bound && r.claim.bound ? boundPair(ctx, prev, r.claim) : null;
      if (pair) out[out.length - 1] = pair;
      else out.push(r.claim);
      lastEnd = r.claim.end;
      pos = r.claim.end;
    } else pos = Math.max(r.next, p + 1);
  }
  return out;
}

const LOWER = new Set(['more-than', 'at-least']);
const PAIR_JOIN_EN = /^(?:,? (?:and|but) |, )$/;
const PAIR_JOIN_KO = /^(?: |, ?|보다는? [가-힣 ]{1,8}고,? )$/;

/** "more than 10 and less than 40", "at most 100 and at least 20", "10보다 크고 20보다 작다": one range. */
function boundPair(ctx: ScanCtx, a: RawClaim, b: RawClaim): RawClaim | null {
  const t = ctx.text;
  const join = ctx.lang === 'en' ? PAIR_JOIN_EN : PAIR_JOIN_KO;
  if (a.kind !== b.kind || a.range || b.range || (a.unit && b.unit && a.unit !== b.unit)) return null;
  if (LOWER.has(a.bound!) === LOWER.has(b.bound!)) return null;
  if (b.start - a.end > 16 || !join.test(t.slice(a.end, b.start))) return null;
  const [lo, hi] = LOWER.has(a.bound!) ? [a.value, b.value] : [b.value, a.value];
  if (!(lo < hi)) return null;
  const merged: RawClaim = {
    start: a.start,
    end: b.end,
    kind: a.kind,
    value: lo,
    unit: a.unit ?? b.unit,
    range: [lo, hi],
    approx: a.approx || b.approx,
  };
  if (a.per ?? b.per) merged.per = (a.per ?? b.per)!;
  return merged;
}
