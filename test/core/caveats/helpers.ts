// Test helper: builds claims the way the detector will (surface text, offsets, sentence) until it lands.
import type { Claim } from '../../../src/core/types.js';

/**
 * Sentence around `pos`, cut with Intl.Segmenter inside the newline-delimited paragraph — the same
 * segmentation the detector is specified to use (DESIGN.md), so "U.S. companies" stays one sentence.
 */
export function sentenceAround(full: string, pos: number): { start: number; end: number } {
  const ps = full.lastIndexOf('\n', pos - 1) + 1;
  const pe0 = full.indexOf('\n', pos);
  const pe = pe0 < 0 ? full.length : pe0;
  const lang = /[가-힣]/.test(full.slice(ps, pe)) ? 'ko' : 'en';
  const seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
  for (const s of seg.segment(full.slice(ps, pe))) {
    const a = ps + s.index;
    const b = a + s.segment.length;
    if (pos >= a && pos < b) {
      const lead = s.segment.length - s.segment.trimStart().length;
      const trail = s.segment.length - s.segment.trimEnd().length;
      return { start: a + lead, end: b - trail };
    }
  }
  return { start: ps, end: pe };
}

export type ClaimFields = Partial<Claim> & Pick<Claim, 'kind' | 'value'>;

/** The claim for the `occurrence`-th match of `surface` in `full`. */
export function makeClaim(surface: string, full: string, fields: ClaimFields, occurrence = 0): Claim {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = full.indexOf(surface, start + 1);
    if (start < 0) throw new Error(`"${surface}" (#${occurrence}) not in text`);
  }
  const end = start + surface.length;
  return {
    id: `c${start}`,
    text: surface,
    start,
    end,
    unit: null,
    approx: false,
    sentence: sentenceAround(full, start),
    caveats: [],
    ...fields,
  };
}

/** Claims from a table of [surface, fields] pairs, in text order. */
export function makeClaims(full: string, rows: [string, ClaimFields, number?][]): Claim[] {
  return rows.map(([s, f, occ]) => makeClaim(s, full, f, occ ?? 0)).sort((a, b) => a.start - b.start);
}
