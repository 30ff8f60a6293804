// The fast sentence grouping and paragraph lookups agree with the general ones they shortcut.
import { describe, expect, it } from 'vitest';
import { groupBySentence, paragraphAt, paragraphStarts } from '../../../src/core/enrich/text-units.js';
import { analyze } from '../../../src/core/index.js';
import type { Claim } from '../../../src/core/types.js';
import { perfPieces } from './corpus.js';

/** The grouping as first written: a map by sentence start, then sorted. */
function groupReference(claims: readonly Claim[]): Claim[][] {
  const groups = new Map<number, Claim[]>();
  for (const c of claims) {
    const g = groups.get(c.sentence.start);
    if (g) g.push(c);
    else groups.set(c.sentence.start, [c]);
  }
  const out = [...groups.values()];
  for (const g of out) g.sort((a, b) => a.start - b.start);
  out.sort((a, b) => a[0]!.start - b[0]!.start);
  return out;
}

const ids = (groups: Claim[][]) => groups.map((g) => g.map((c) => c.id));

describe('groupBySentence', () => {
  const docs = perfPieces()
    .filter((p) => p.source === 'generated-article' || p.source.startsWith('seed'))
    .map((p) => analyze(p.text).claims)
    .filter((c) => c.length > 1);

  it('matches the reference on detect output (the fast path)', () => {
    expect(docs.length).toBeGreaterThan(10);
    for (const claims of docs) expect(ids(groupBySentence(claims))).toEqual(ids(groupReference(claims)));
  });

  it('matches the reference on shuffled and interleaved input (the general path)', () => {
    for (const claims of docs) {
      const reversed = [...claims].reverse();
      expect(ids(groupBySentence(reversed))).toEqual(ids(groupReference(reversed)));
      // Sorted by start, but one sentence's claims split by another's.
      const odd = claims.map((c, i) => ({ ...c, sentence: { start: i % 2 ? 0 : 1, end: 5 } }));
      expect(ids(groupBySentence(odd))).toEqual(ids(groupReference(odd)));
    }
  });
});

describe('paragraphStarts', () => {
  it('equals paragraphAt for increasing and for going-back positions', () => {
    const text = '\nfirst line\n\nsecond para. more\nthird\n';
    const at = paragraphStarts(text);
    const positions = [1, 3, 10, 11, 12, 14, 20, 29, 30, 31, 36, 37, 5, 38, 0];
    for (const p of positions) expect([p, at(p)]).toEqual([p, paragraphAt(text, p).start]);
    const article = perfPieces().find((p) => p.source === 'generated-article')!.text;
    const walk = paragraphStarts(article);
    for (let p = 1; p < article.length; p += 7) expect(walk(p)).toBe(paragraphAt(article, p).start);
  });
});
