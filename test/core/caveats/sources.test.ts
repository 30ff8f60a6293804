// No source, no caveat: every caveat over the whole corpus cites a source; every rule fires on some real text.
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../../src/core/caveats/doc.js';
import { applyCaveats, RULES } from '../../../src/core/caveats/index.js';
import { caveat } from '../../../src/core/caveats/rule.js';
import { enrichClaims } from '../../../src/core/enrich/index.js';
import { analyze } from '../../../src/core/index.js';
import { KNOWLEDGE } from '../../../src/core/knowledge/index.js';
import { allBuilt } from './corpus.js';
import { run } from './run.js';
import { SEED_PUBLISHED_AT, seedText } from './seed-claims.js';

const URL_RE = /^https?:\/\/\S+$/;

function corpusClaims() {
  const out = allBuilt().flatMap((b) => run(b));
  for (const ui of ['ko', 'en'] as const)
    out.push(...analyze(seedText(), { publishedAt: SEED_PUBLISHED_AT, uiLang: ui }).claims);
  return out;
}

describe('sources', () => {
  const claims = corpusClaims();
  const caveats = claims.flatMap((c) => c.caveats);

  it('the corpus produces caveats at all', () => {
    expect(caveats.length).toBeGreaterThan(80);
  });

  it('every caveat has at least one source with a title and an http(s) URL', () => {
    for (const c of caveats) {
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      for (const s of c.sources) {
        expect(s.title.length, c.id).toBeGreaterThan(3);
        expect(s.url, c.id).toMatch(URL_RE);
      }
    }
  });

  it('every caveat has a family id, a short title and a detail', () => {
    for (const c of caveats) {
      expect(c.id).toMatch(
        /^(benchmark|cost|hardware|attribution|consistency|units|precision|bounds|vague|results)\.[a-z-]+$/,
      );
      expect(c.title.length, c.id).toBeLessThan(90);
      expect(c.detail.length, c.id).toBeGreaterThan(20);
      expect(['info', 'warn']).toContain(c.severity);
    }
  });

  it('no claim carries the same caveat twice, and warnings come first', () => {
    for (const cl of claims) {
      const ids = cl.caveats.map((c) => c.id);
      expect(new Set(ids).size, cl.text).toBe(ids.length);
      const firstInfo = cl.caveats.findIndex((c) => c.severity === 'info');
      if (firstInfo >= 0) expect(cl.caveats.slice(firstInfo).every((c) => c.severity === 'info')).toBe(true);
    }
  });

  it('every registered rule fires somewhere on the real-article corpus', () => {
    for (const rule of RULES) {
      let fired = 0;
      for (const b of allBuilt()) {
        enrichClaims(b.claims, b.ctx);
        const doc = buildDoc(b.claims, b.ctx);
        for (const c of b.claims) fired += rule.run(c, doc, KNOWLEDGE).length;
      }
      expect(fired, rule.id).toBeGreaterThan(0);
    }
  });

  it('drops a caveat whose sources do not resolve (no source, no caveat)', () => {
    const b = allBuilt()[0]!;
    const doc = buildDoc(b.claims, b.ctx);
    const none = caveat(doc, KNOWLEDGE, {
      id: 'benchmark.test',
      severity: 'warn',
      title: { ko: 't', en: 't' },
      detail: { ko: 'd', en: 'd' },
      sources: ['no-such-source'],
    });
    expect(none).toEqual([]);
    // And applyCaveats filters a rule that returns an unsourced caveat.
    const rogue = {
      id: 'rogue',
      run: () => [{ id: 'benchmark.rogue', severity: 'warn' as const, title: 't', detail: 'd', sources: [] }],
    };
    const claims = b.claims.map((c) => ({ ...c, caveats: [] }));
    applyCaveats(claims, b.ctx, KNOWLEDGE, [rogue]);
    expect(claims.every((c) => c.caveats.length === 0)).toBe(true);
  });
});
