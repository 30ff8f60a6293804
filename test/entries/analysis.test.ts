// The background's bg:analyze answer: full claims for a card, or summaries for painting (a fraction of the size).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeForContent } from '../../src/entries/analysis.js';

const SEED = readFileSync('test/data/seed/hankyung-deepseek-2025-01.txt', 'utf8');

describe('analyzeForContent', () => {
  const full = analyzeForContent({ type: 'bg:analyze', text: SEED, lang: 'auto' }, 'ko');
  const summary = analyzeForContent({ type: 'bg:analyze', text: SEED, lang: 'auto', summary: true }, 'ko');

  it('answers in full by default: caveat texts with sources, the card facts', () => {
    expect(full.claims.length).toBeGreaterThan(10);
    const c = full.claims.find((x) => x.text === '79.8%')!;
    expect(c.facts).toBeDefined();
    expect(c.caveats.length).toBeGreaterThan(0);
    expect(c.caveats.every((v) => v.title.length > 0 && v.sources.length > 0)).toBe(true);
    expect(c.summary).toBeUndefined();
  });

  it('summaries keep what painting and the popup need, the same claims and caveat grades, and drop the rest', () => {
    expect(summary.claims.map((c) => [c.id, c.text, c.start, c.end, c.kind, c.value, c.unit])).toEqual(
      full.claims.map((c) => [c.id, c.text, c.start, c.end, c.kind, c.value, c.unit]),
    );
    for (const [i, c] of summary.claims.entries()) {
      expect(c.summary).toBe(true);
      expect(c.facts).toBeUndefined();
      expect(c.attribution).toBeUndefined();
      expect(c.caveats.map((v) => [v.id, v.severity])).toEqual(
        full.claims[i]!.caveats.map((v) => [v.id, v.severity]),
      );
      expect(c.caveats.every((v) => v.title === '' && v.detail === '' && v.sources.length === 0)).toBe(true);
    }
    expect(summary.sources).toEqual([]);
    // The point of it: a much smaller message for the page to parse and keep.
    expect(JSON.stringify(summary).length * 3).toBeLessThan(JSON.stringify(full).length);
  });

  it('answers a card with its one claim (and the one it is compared with), as the full analysis has them', () => {
    const c = full.claims.find((x) => x.text === '79.8%')!;
    const one = analyzeForContent(
      { type: 'bg:analyze', text: SEED, lang: 'auto', claimAt: { start: c.start, end: c.end } },
      'ko',
    );
    expect(one.claims.map((x) => x.id)).toEqual([c.id, ...(c.comparedWith ? [c.comparedWith] : [])]);
    expect(one.claims[0]).toEqual({ ...c, caveats: one.claims[0]!.caveats });
    expect(one.claims[0]!.caveats.map((v) => v.id)).toEqual(c.caveats.map((v) => v.id));
    // Sources are numbered per reply: the card's reply cites only its own claims' sources.
    expect(one.sources.length).toBeLessThanOrEqual(full.sources.length);
    const none = analyzeForContent(
      { type: 'bg:analyze', text: SEED, lang: 'auto', claimAt: { start: 0, end: 1 } },
      'ko',
    );
    expect(none.claims).toEqual([]);
  });
});
