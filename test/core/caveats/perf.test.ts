// applyCaveats stays linear: a page with thousands of claims is processed in well under a second.
import { describe, expect, it } from 'vitest';
import { applyCaveats } from '../../../src/core/caveats/index.js';
import { enrichClaims } from '../../../src/core/enrich/index.js';
import type { Claim } from '../../../src/core/types.js';
import { seedClaims, seedText } from './seed-claims.js';

/** The seed article repeated `times` times, with its claims shifted to each copy. */
function bigPage(times: number): { text: string; claims: Claim[] } {
  const one = seedText();
  const base = seedClaims(one);
  const claims: Claim[] = [];
  for (let i = 0; i < times; i++) {
    const off = i * (one.length + 1);
    for (const c of base) {
      claims.push({
        ...c,
        id: `${c.id}-${i}`,
        start: c.start + off,
        end: c.end + off,
        sentence: { start: c.sentence.start + off, end: c.sentence.end + off },
        caveats: [],
      });
    }
  }
  return { text: Array.from({ length: times }, () => one).join('\n'), claims };
}

function timeRun(times: number): { ms: number; claims: Claim[] } {
  const { text, claims } = bigPage(times);
  const ctx = { text, lang: 'ko' as const, uiLang: 'ko' as const, publishedAt: '2025-01-24' };
  const t0 = performance.now();
  enrichClaims(claims, ctx);
  applyCaveats(claims, ctx);
  return { ms: performance.now() - t0, claims };
}

describe('performance', () => {
  it('handles ~3,900 claims on a ~600 KB page in linear time', () => {
    timeRun(10); // warm-up (JIT, lazily built formatters)
    // The fastest of three runs filters out other processes' load on the shared machine.
    const best = (times: number) => {
      const runs = [timeRun(times), timeRun(times), timeRun(times)];
      return runs.reduce((a, r) => (r.ms < a.ms ? r : a));
    };
    const small = best(60);
    const big = best(300);
    expect(big.claims.length).toBe(3900);
    // Same caveats on every copy: nothing leaks across copies (no cross-document pairing).
    const first = big.claims.slice(0, 13).map((c) => c.caveats.length);
    const last = big.claims.slice(-13).map((c) => c.caveats.length);
    expect(last).toEqual(first);
    // 5× the claims must cost far less than the 25× of a quadratic pass. Measured here: ~0.4 s for
    // 3,900 claims on an idle machine; the absolute cap is loose because the test machine is shared.
    expect(big.ms).toBeLessThan(Math.max(12 * small.ms, 1500));
    expect(big.ms).toBeLessThan(6000);
  }, 60_000);
});
