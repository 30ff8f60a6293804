// The demo article (the seed's figures, written here): every point a careful fact-checker would raise appears, with sources.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index.js';
import { buildSeed } from './corpus.js';
import { caveatOf, run } from './run.js';
import { SEED_PUBLISHED_AT, seedText } from './seed-claims.js';
import { checkSeedPoints } from './seed-points.js';

describe('seed article, claims as the detector specifies them', () => {
  it('carries every seed point (Korean UI)', () => checkSeedPoints(run(buildSeed('ko')), 'ko'));
  it('carries every seed point (English UI)', () => checkSeedPoints(run(buildSeed('en')), 'en'));
  it('writes Korean for a Korean page and English on request', () => {
    const ko = caveatOf(run(buildSeed('ko')), '65.9%', 'benchmark.lookalike-name');
    expect(ko.title).toMatch(/라이브코드벤치/);
    const en = caveatOf(run(buildSeed('en')), '65.9%', 'benchmark.lookalike-name');
    expect(en.title).toBe('These look like LiveCodeBench figures, not LiveBench');
  });
});

describe('seed article end to end through analyze()', () => {
  const text = seedText();
  const { claims, lang } = analyze(text, { publishedAt: SEED_PUBLISHED_AT });

  it('detects the seed numbers (the real detector)', () => {
    expect(lang).toBe('ko');
    for (const t of ['557만6000달러', '약 78억8000만원', '79.8%', '79.2%', '65.9%', '63.4%', '약 2000개']) {
      expect(
        claims.some((c) => c.text.startsWith(t)),
        t,
      ).toBe(true);
    }
  });

  it('carries the seed caveats with sources, in Korean by default', () => checkSeedPoints(claims, 'ko'));

  it('uses English when asked', () => {
    const en = analyze(text, { publishedAt: SEED_PUBLISHED_AT, uiLang: 'en' }).claims;
    checkSeedPoints(en, 'en');
  });
});
