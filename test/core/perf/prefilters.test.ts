// The cheap literal checks in front of the attribution and benchmark patterns never change what they find.
import { describe, expect, it } from 'vitest';
import { findAttribution } from '../../../src/core/enrich/attribution.js';
import { findBenchmarkMentions } from '../../../src/core/knowledge/benchmarks/index.js';
import { perfPieces } from './corpus.js';

/** Every piece, plus its sentences cut at ". " / "다. " (attribution runs on single sentences). */
function texts(): string[] {
  const out: string[] = [];
  for (const p of perfPieces()) {
    out.push(p.text);
    for (const s of p.text.split(/(?<=[.!?。])\s+/)) if (s !== p.text) out.push(s);
  }
  return out;
}

describe('prefilters', () => {
  const all = texts();

  it('findAttribution finds the same with and without its prefilters', () => {
    let found = 0;
    const wrong: string[] = [];
    for (const s of all) {
      const fast = findAttribution(s);
      const full = findAttribution(s, false);
      if (full) found++;
      if (JSON.stringify(fast) !== JSON.stringify(full) && wrong.length < 5) wrong.push(s);
    }
    expect(wrong).toEqual([]);
    expect(found).toBeGreaterThan(500);
  });

  it('findAttribution prefilters keep the edge forms', () => {
    const cases = [
      '업계에 따르면 매출은 3조원이다.',
      '매출은 3조원이라고 회사 측은 밝혔다 .”',
      '딥시크는 비용이 557만달러라고 설명했다)',
      'Revenue rose 5%, according to  Reuters.',
      'Sales fell 3%, the company said.',
    ];
    for (const s of cases) {
      expect(findAttribution(s)).not.toBeNull();
      expect(findAttribution(s)).toEqual(findAttribution(s, false));
    }
  });

  it('the sentence-final verb reading equals KO_END on edge forms', () => {
    const cases = [
      '딥시크는 비용이 적었다고 밝혔다..',
      '딥시크는 비용이 적었다고  밝혔다',
      ' 밝혔다.',
      '밝혔다',
      '그는  “3조원”이라고 말했다”)',
      '회사는 3%라고 설명했다 ! ',
      '회사는 3%라고 설명했다 .”’ ',
      '회사는 3%라고 알렸다).',
      '회사는3%라고알렸다.',
      'NYT는 전했다',
    ];
    for (const s of cases) expect([s, findAttribution(s)]).toEqual([s, findAttribution(s, false)]);
  });

  it('findBenchmarkMentions finds the same with and without its prefix prefilter', () => {
    let found = 0;
    const wrong: string[] = [];
    for (const s of all) {
      const fast = findBenchmarkMentions(s);
      const full = findBenchmarkMentions(s, 0, s.length, false);
      found += full.length;
      if (JSON.stringify(fast) !== JSON.stringify(full) && wrong.length < 5) wrong.push(s);
    }
    for (const s of [
      'AIME 2024에서 79.8%',
      "aime '24: 79.8",
      'GPQA   Diamond 71.5',
      '미국  수학경시대회',
      'C Eval 90',
    ]) {
      const fast = findBenchmarkMentions(s);
      expect(fast.length).toBeGreaterThan(0);
      expect(fast).toEqual(findBenchmarkMentions(s, 0, s.length, false));
    }
    expect(wrong).toEqual([]);
    expect(found).toBeGreaterThan(200);
  });
});
