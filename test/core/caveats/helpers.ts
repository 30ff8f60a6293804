// Test helper: builds claims the way the detector will (surface text, offsets, sentence) until it lands.
import type { Claim } from '../../../src/core/types.js';

/** Sentence around `pos`: from the previous . ! ? or newline to the next one (inclusive). */
export function sentenceAround(full: string, pos: number): { start: number; end: number } {
  let s = pos;
  while (s > 0) {
    const ch = full[s - 1]!;
    if (ch === '\n') break;
    if (/[.!?。]/.test(ch) && /\s/.test(full[s] ?? ' ')) break;
    s--;
  }
  while (s < pos && /\s/.test(full[s]!)) s++;
  let e = pos;
  while (e < full.length) {
    const ch = full[e]!;
    if (ch === '\n') break;
    if (/[.!?。]/.test(ch) && /[\s"'”’]/.test(full[e + 1] ?? ' ')) {
      e++;
      break;
    }
    e++;
  }
  return { start: s, end: e };
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
