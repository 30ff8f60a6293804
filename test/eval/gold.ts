// Gold passages (benchnews, econnews): where each gold claim sits in its text, and which found claim answers it.
import type { Claim } from '../../src/core/types.js';

export interface GoldClaim {
  text: string;
  value?: number;
  kind?: string;
}

export interface Passage {
  id: string;
  lang: 'ko' | 'en';
  url?: string;
  site?: string;
  published?: string;
  text: string;
  claims: GoldClaim[];
  not_claims?: { text: string; why?: string }[];
  benchmarks?: { score: string; benchmark: string }[];
  comparisons?: { a: string; b: string }[];
  self_reported?: string[];
  expect?: { text: string; expect: 'none' | 'forecast' | 'self_reported' }[];
}

export interface Span {
  text: string;
  start: number;
  end: number;
}

/** The k-th gold item with a given text is its k-th occurrence in the passage (gold lists may not follow text order). */
export function locate(text: string, items: readonly { text: string }[]): (Span | null)[] {
  const seen = new Map<string, number>();
  return items.map((g) => {
    const k = seen.get(g.text) ?? 0;
    seen.set(g.text, k + 1);
    // A figure is not found inside a longer one: "39%" is not in "339%", "5 billion" is not in "15 billion".
    const edge = /^[\d.,]/.test(g.text);
    let at = -1;
    for (let i = 0; i <= k; ) {
      at = text.indexOf(g.text, at + 1);
      if (at < 0) break;
      const before = text[at - 1] ?? '';
      if (edge && (/\d/.test(before) || (/[.,]/.test(before) && /\d/.test(text[at - 2] ?? '')))) continue;
      i++;
    }
    return at < 0 ? null : { text: g.text, start: at, end: at + g.text.length };
  });
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function sameValue(a: number, b: number): boolean {
  // Gold writes 5/6 as 0.8333: three significant digits agree.
  return Math.abs(a - b) <= 1e-3 * Math.max(Math.abs(a), Math.abs(b)) || a === b;
}

export interface Matching {
  /** For each gold claim, the found claim that answers it (overlapping span and, where gold gives one, the same value). */
  found: (Claim | null)[];
  /** Found claims that answer no gold claim. */
  extra: Claim[];
  /** Gold claims whose text is not in the passage (a gold error; reported, not scored). */
  unplaced: string[];
}

export function match(p: Passage, claims: readonly Claim[]): Matching {
  const spans = locate(p.text, p.claims);
  const used = new Set<Claim>();
  const upperUsed = new Set<Claim>();
  const found = p.claims.map((g, i) => {
    const s = spans[i];
    if (!s) return null;
    let best: Claim | null = null;
    let bestOverlap = 0;
    for (const c of claims) {
      const o = overlap(s, c);
      if (o === 0) continue;
      // A range is one claim holding two figures ("$9.1 billion to $9.2 billion"): gold that lists the upper end on
      // its own is answered by the range's upper end; every other claim answers one gold figure.
      const upper =
        c.range !== undefined &&
        g.value !== undefined &&
        sameValue(c.range[1], g.value) &&
        !sameValue(c.value, g.value);
      if (used.has(c) && !(upper && !upperUsed.has(c))) continue;
      if (g.value !== undefined && !sameValue(c.value, g.value) && !upper) continue;
      if (o > bestOverlap) {
        best = c;
        bestOverlap = o;
      }
    }
    if (best) {
      if (used.has(best) || (best.range && g.value !== undefined && !sameValue(best.value, g.value)))
        upperUsed.add(best);
      used.add(best);
    }
    return best;
  });
  const unplaced = p.claims.filter((_g, i) => !spans[i]).map((g) => g.text);
  return { found, extra: claims.filter((c) => !used.has(c)), unplaced };
}

/** The found claim answering the first gold claim with this text. */
export function foundFor(p: Passage, m: Matching, text: string): Claim | null {
  const i = p.claims.findIndex((g) => g.text === text);
  return i < 0 ? null : m.found[i]!;
}

export interface Ratio {
  hit: number;
  total: number;
  misses: string[];
}

export const ratio = (): Ratio => ({ hit: 0, total: 0, misses: [] });

export function tally(r: Ratio, ok: boolean, miss: string): void {
  r.total++;
  if (ok) r.hit++;
  else if (r.misses.length < 40) r.misses.push(miss);
}

export const rate = (r: Ratio): number => (r.total ? r.hit / r.total : 1);

export function f1(tp: number, fn: number, fp: number): { p: number; r: number; f1: number } {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
export const shortQuote = (text: string, at: number, len = 70): string =>
  text
    .slice(Math.max(0, at - len / 2), at + len / 2)
    .replace(/\s+/g, ' ')
    .trim();

/** A claim is marked self-reported when the reader sees the self-report caveat on it. */
export const markedSelfReported = (c: Claim | null): boolean =>
  !!c?.caveats.some((v) => v.id.includes('self-reported'));

/** A forecast, guidance or target is labelled as such (a field a program can read). */
export function labelledForecast(c: Claim | null): boolean {
  if (!c) return false;
  const x = c as Claim & { status?: string; forecast?: unknown };
  return x.status === 'forecast' || (x.forecast !== undefined && x.forecast !== false && x.forecast !== null);
}
