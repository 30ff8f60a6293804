// Number grammar: finds numerical claims (money, percent, counts, ranges, rates …) in a text, one pass, pure.
import type { Claim, Lang } from '../types.js';
import { claimId } from './id.js';
import { scan } from './scan.js';
import { sentencesFor } from './sentences.js';
import type { RawClaim, ScanCtx } from './types.js';

function makeCtx(text: string, lang: Lang): ScanCtx {
  let first = 0;
  while (first < text.length && /\s/.test(text[first]!)) first++;
  let last = text.length - 1;
  while (last >= first && /\s/.test(text[last]!)) last--;
  return { text, lang, first, last, steps: 0 };
}

/** Claims before sentence and id: exposed for the linear-time tests (steps counts the scanner's work). */
export function scanWithStats(text: string, lang: Lang): { claims: RawClaim[]; steps: number } {
  const ctx = makeCtx(String(text ?? ''), lang);
  const claims = scan(ctx);
  return { claims, steps: ctx.steps };
}

/** Text → claims with UTF-16 offsets, sorted by start, non-overlapping, with sentence bounds and stable ids. */
export function detectClaims(text: string, lang: Lang): Claim[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const ctx = makeCtx(text, lang);
  const raws = scan(ctx);
  const sentences = sentencesFor(text, lang, raws);
  return raws.map((r, i) => {
    const quote = text.slice(r.start, r.end);
    const claim: Claim = {
      id: claimId(quote, r.start),
      text: quote,
      start: r.start,
      end: r.end,
      kind: r.kind,
      value: r.value,
      unit: r.unit,
      approx: r.approx,
      sentence: sentences[i]!,
      caveats: [],
    };
    if (r.per !== undefined) claim.per = r.per;
    if (r.range) claim.range = r.range;
    if (r.bound) claim.bound = r.bound;
    if (r.vague) claim.vague = true;
    return claim;
  });
}
