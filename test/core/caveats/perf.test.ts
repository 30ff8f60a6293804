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

describe('performance', () => {
  it('handles ~3,900 claims on a ~600 KB page quickly', () => {
    const { text, claims } = bigPage(300);
    expect(claims.length).toBe(3900);
    const ctx = { text, lang: 'ko' as const, uiLang: 'ko' as const, publishedAt: '2025-01-24' };
    const t0 = performance.now();
    enrichClaims(claims, ctx);
    applyCaveats(claims, ctx);
    const ms = performance.now() - t0;
    // Same caveats on every copy: nothing leaks across copies (no cross-document pairing).
    const first = claims.slice(0, 13).map((c) => c.caveats.length);
    const last = claims.slice(-13).map((c) => c.caveats.length);
    expect(last).toEqual(first);
    expect(ms).toBeLessThan(1500);
  });
});
