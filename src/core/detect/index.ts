// Number grammar: finds numerical claims (money, percent, counts, ranges, rates …) in a text, one pass, pure.
import { findModelMentions, type ModelMention } from '../document/models.js';
import { findBenchmarkMentions, mayNameWithDigits } from '../knowledge/benchmarks/index.js';
import type { Claim, Lang } from '../types.js';
import { distributeUnits } from './distribute.js';
import { claimId } from './id.js';
import { isLabel } from './labels.js';
import { withoutOrdinalFurniture } from './ordinal-furniture.js';
import { joinOutOf } from './out-of.js';
import { withoutReadingTime } from './reading-time.js';
import { scan } from './scan.js';
import { sentencesFor } from './sentences.js';
import type { RawClaim, ScanCtx } from './types.js';

const NO_MODELS = (): undefined => undefined;

function makeCtx(text: string, lang: Lang, modelEnds: ScanCtx['modelEnds'] = NO_MODELS): ScanCtx {
  let first = 0;
  while (first < text.length && /\s/.test(text[first]!)) first++;
  let last = text.length - 1;
  while (last >= first && /\s/.test(text[last]!)) last--;
  return { text, lang, first, last, steps: 0, modelEnds };
}

/** Claims before sentence and id: exposed for the linear-time tests (steps counts the scanner's work). */
export function scanWithStats(text: string, lang: Lang): { claims: RawClaim[]; steps: number } {
  const ctx = makeCtx(String(text ?? ''), lang);
  const claims = scan(ctx);
  return { claims, steps: ctx.steps };
}

/**
 * Drops numbers that belong to a name: a model's version or size (제미나이 3 프로, GPT-5.2, 큐원 3 235B, GPT4) or
 * the digits of a benchmark's name (MATH-500, KoBALT-700, ARC-AGI 버전2) are the name's furniture. `names` are
 * sorted by start and only those holding a digit matter, so one forward walk does it.
 */
function withoutNames(raws: RawClaim[], names: readonly Span[]): RawClaim[] {
  if (names.length === 0 || raws.length === 0) return raws;
  const out: RawClaim[] = [];
  let m = 0;
  for (const r of raws) {
    while (m < names.length && names[m]!.end <= r.start) m++;
    if (!(m < names.length && names[m]!.start < r.end)) out.push(r);
  }
  return out;
}

interface Span {
  start: number;
  end: number;
}

/** Model and benchmark names that hold a digit, in text order. */
function namesWithDigits(text: string, models: readonly ModelMention[]): Span[] {
  const out: Span[] = models.filter((m) => /\d/.test(m.text));
  if (mayNameWithDigits(text))
    for (const b of findBenchmarkMentions(text)) if (/\d/.test(text.slice(b.start, b.end))) out.push(b);
  return out.sort((a, b) => a.start - b.start);
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
export function detectClaims(
  text: string,
  lang: Lang,
  models?: readonly ModelMention[] | (() => readonly ModelMention[]),
): Claim[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  // Model and benchmark names only take numbers away: a text the pass finds nothing in (most paragraphs) needs
  // neither scan, and the pass itself asks for model ends only at a number in parentheses. `models` may be the
  // caller's own lazy finder, so a text without claims costs it no model scan either.
  let names = typeof models === 'function' ? undefined : models;
  const namesOf = (): readonly ModelMention[] =>
    (names ??= typeof models === 'function' ? models() : findModelMentions(text));
  let ends: ReadonlySet<number> | undefined | null = null;
  const modelEnds = (): ReadonlySet<number> | undefined => {
    if (ends === null) {
      const found = namesOf();
      ends = found.length ? new Set(found.map((m) => m.end)) : undefined;
    }
    return ends;
  };
  // Labels first: both filters judge each claim alone, so their order does not matter, and a text whose only
  // figures are labels ("지난 한시간") then needs no name scan either.
  const figures = scan(makeCtx(text, lang, modelEnds)).filter((r) => !isLabel(text, r));
  if (figures.length === 0) return [];
  let raws = distributeUnits(text, joinOutOf(text, withoutNames(figures, namesWithDigits(text, namesOf()))));
  if (lang === 'en') raws = withoutOrdinalFurniture(text, raws);
  raws = withoutReadingTime(text, raws);
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
      outOf: r.outOf,
      bound: r.bound,
      vague: r.vague ? true : undefined,
      subject: undefined,
      benchmark: undefined,
      attribution: undefined,
      comparedWith: undefined,
    } satisfies Claim;
  });
}
