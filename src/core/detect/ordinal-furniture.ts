// English ordinals that are furniture: a day of the month ("on the 14th,") or an edition ("the 66th International …").
import type { RawClaim } from './types.js';

const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
/** "on the 14th," / "since the 3rd." — a day: the ordinal closes the phrase. */
const DAY_BEFORE = /\b(?:on|since|until|by|from|before|after)\s+the\s+$/i;
const DAY_AFTER = /^(?:\s*[,.;)]|\s*$|\s+of\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/;
/** "the 66th International Mathematical Olympiad", "97th Academy Awards": the edition of a named event. */
const EDITION_AFTER = /^\s+(?:annual\s+)?[A-Z][a-z]/;
const RANK_WORDS = /^\s+(?:Place|Position|Spot|Rank)\b/;

export function withoutOrdinalFurniture(text: string, raws: RawClaim[]): RawClaim[] {
  return raws.filter((r) => {
    if (r.kind !== 'rank') return true;
    const quote = text.slice(r.start, r.end);
    if (!ORDINAL.test(quote)) return true;
    const after = text.slice(r.end, r.end + 16);
    if (DAY_BEFORE.test(text.slice(Math.max(0, r.start - 12), r.start)) && DAY_AFTER.test(after))
      return false;
    return !(EDITION_AFTER.test(after) && !RANK_WORDS.test(after));
  });
}
