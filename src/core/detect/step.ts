// What reading at one candidate gives the pass: a claim, or where to look next; and the tidy-up of scaled values.
import type { RawClaim } from './types.js';

export interface Step {
  claim: RawClaim | null;
  next: number;
}

export const reject = (next: number): Step => ({ claim: null, next });

/** Drops binary noise from scaling: 16.4 × 10⁶ = 16400000, not 16399999.999999998. */
export const tidy = (v: number): number => {
  if (!Number.isFinite(v) || Number.isInteger(v)) return v;
  const r = Number(v.toPrecision(12));
  return Math.abs(r - v) <= Math.abs(v) * 1e-14 ? r : v;
};
