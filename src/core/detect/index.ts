// Number grammar: finds numerical claims (money, percent, counts, ranges, rates …) in a text, one pass, pure.
import type { Claim, Lang } from '../types.js';
import { claimId } from './id.js';
import { isLabel } from './labels.js';
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

/**
 * Text → claims with UTF-16 offsets, sorted by start, non-overlapping, with sentence bounds and stable ids.
 *
 * Conventions other modules rely on:
 * - money: `unit` is ISO 4217; coins are folded into the main currency (50센트 → 0.5 USD, 470 pence → 4.7 GBP).
 * - percent `%`, percentage_point `pp` (25 basis points → 0.25 pp), multiplier `x`, fraction: value in [0, …), unit null.
 * - rank: unit null (3위, 1st, 두 번째, 第三名, No. 1). duration: unit is the time unit ("month").
 * - rate: money (or count) per something: `per` is "hour", "person", "share", "month" … (시간당 2달러, $2/hour).
 * - vague (수억달러, 수십 개, hundreds of millions): `vague`, `approx`, range [m, 10·m], value = m.
 * - ranges (3~5%, between 10 and 20): value = low end, `range` = [low, high]. Bounds from 이상/이하/초과/미만,
 *   at least / up to / more than / less than. Hedges (약, 가량, about, roughly …) set `approx`.
 * - The quote includes the hedge, bound or per-word written next to the number ("약 78억8000만원", "1만6000개 이상").
 * - id = "c-" + start (base 36) + "-" + hash of the quote: stable for the same text at the same place.
 */
export function detectClaims(text: string, lang: Lang): Claim[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const ctx = makeCtx(text, lang);
  const raws = scan(ctx).filter((r) => !isLabel(text, r));
  const sentences = sentencesFor(text, lang, raws);
  return raws.map((r, i) => {
    const quote = text.slice(r.start, r.end);
    // Every field present from the start (unset ones as undefined): one object shape for all claims keeps the
    // property reads of enrichment and the caveat rules monomorphic.
    return {
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
      per: r.per,
      range: r.range,
      bound: r.bound,
      vague: r.vague ? true : undefined,
      subject: undefined,
      benchmark: undefined,
      attribution: undefined,
      comparedWith: undefined,
    } satisfies Claim;
  });
}
