// Numbers that name a period, a process or a population rather than state a figure: "the first 20 days", "32nm", "15~64세 고용률".
import type { RawClaim } from './types.js';

/** "in the first 20 days", "the first six months of", "처음 20일간": the span a statistic covers, not a figure. */
const PERIOD_BEFORE = /\b(?:the )?(?:first|last|past|next|final)\s*$/i;
const PERIOD_KO_BEFORE = /(?:처음|첫|지난|최근)\s*$/;
/** "32nm", "45nm", "5-nanometer", "3나노": a chip process is a name, like a model's version. */
const PROCESS = /^\d+(?:\.\d+)?\s*-?\s*(?:nm|nanometers?|나노(?:미터)?)$/i;
const PROCESS_OR_BITS_AFTER = /^\s*-?\s*(?:nm\b|nanometers?\b|-?bit\b|나노)/i;
/** "15~64세 고용률", "15세 이상 인구": an age bracket that defines who a statistic counts. */
const AGE_BRACKET = /^\d+(?:\s*[~∼-]\s*\d+)?세(?:\s*(?:이상|이하|미만|초과))?$/;
const POPULATION_AFTER =
  /^\s*(?:의\s*)?(?:고용률|실업률|취업자|실업자|인구|청년|고령|남성|여성|경제활동|인구의|비경제)/;

const POPULATION_BEFORE = /(?:청년층?|인구|고령층?|근로자|취업자|연령층?|생산연령인구|중장년층?)\s*\($/;

/** Whether a read claim is a label of this kind (checked after the grammar, on the claim's quote and its neighbours). */
export function isLabel(text: string, r: Pick<RawClaim, 'start' | 'end' | 'kind'>): boolean {
  const quote = text.slice(r.start, r.end);
  if (PROCESS.test(quote) && (r.kind === 'quantity' || r.kind === 'count')) return true;
  // "5-nanometer process", "a 64-bit processor": the grammar reads the digits alone.
  if (r.kind === 'count' && /^\d+$/.test(quote) && PROCESS_OR_BITS_AFTER.test(text.slice(r.end, r.end + 14)))
    return true;
  if (r.kind === 'duration') {
    const before = text.slice(Math.max(0, r.start - 12), r.start);
    if (PERIOD_BEFORE.test(before) || PERIOD_KO_BEFORE.test(before)) return true;
  }
  if (AGE_BRACKET.test(quote)) {
    if (POPULATION_AFTER.test(text.slice(r.end, r.end + 12))) return true;
    // "청년층(15~29세) 고용률": the bracket glossing a population word.
    if (text[r.end] === ')' && POPULATION_BEFORE.test(text.slice(Math.max(0, r.start - 12), r.start)))
      return true;
  }
  return false;
}
