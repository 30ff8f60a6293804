// What the claim card shows, and how it is put together from a claim, its text and the facts the background
// precomputed (display value, conversion, difference). No core code here, so the content script stays small.
import type { CardFacts, ConversionView } from '../../core/card-facts.js';
import type { Perspective } from '../../core/perspectives.js';
import type { Attribution, Caveat, Claim, ClaimKind } from '../../core/types.js';

export type { CardFacts, ConversionView };

export type Translate = (key: string, substitutions?: string | string[]) => string;

export interface CardModel {
  id: string;
  /** The claim as written. */
  text: string;
  kind: ClaimKind;
  /** Normalized value with unit: "US$5,576,000". */
  value: string;
  /** The other notation when it helps: "557만6000달러" next to "US$5,576,000". */
  valueAlt?: string;
  /** Keys of qualifiers shown as tags: approx, vague, bound_at-least … */
  qualifiers: string[];
  conversion?: ConversionView;
  /** "In perspective" lines (absent when none apply or the reader switched them off). */
  perspectives?: Perspective[];
  sentence?: { before: string; claim: string; after: string };
  attribution?: Attribution;
  /** A forecast (with the words that make it one), or a result set beside a forecast. */
  status?: { kind: NonNullable<Claim['status']>; cue?: string };
  compared?: { text: string; difference?: string };
  /** Most important first: warn before info, then the rules' own order. */
  caveats: Caveat[];
}

/** Warn before info; otherwise keep the rules' order (they list their most specific finding first). */
export function orderCaveats(caveats: readonly Caveat[]): Caveat[] {
  return caveats
    .map((c, i) => ({ c, i }))
    .sort((x, y) => (x.c.severity === y.c.severity ? x.i - y.i : x.c.severity === 'warn' ? -1 : 1))
    .map((x) => x.c);
}

/** The card for `claim`, with `text` the scanned text its offsets point into and `claims` the others of that text. */
export function modelFrom(claim: Claim, text: string, claims: readonly Claim[], facts: CardFacts): CardModel {
  const qualifiers: string[] = [];
  if (claim.approx) qualifiers.push('approx');
  if (claim.vague) qualifiers.push('vague');
  if (claim.bound) qualifiers.push(`bound_${claim.bound.replace('-', '_')}`);
  const model: CardModel = {
    id: claim.id,
    text: claim.text,
    kind: claim.kind,
    value: facts.value,
    qualifiers,
    caveats: orderCaveats(claim.caveats),
  };
  if (facts.valueAlt && facts.valueAlt !== model.value) model.valueAlt = facts.valueAlt;
  if (facts.conversion) model.conversion = facts.conversion;
  if (facts.perspectives?.length) model.perspectives = facts.perspectives;
  const { start, end } = claim.sentence;
  if (end > start && start <= claim.start && claim.end <= end) {
    model.sentence = {
      before: text.slice(start, claim.start).trimStart(),
      claim: text.slice(claim.start, claim.end),
      after: text.slice(claim.end, end).trimEnd(),
    };
  }
  if (claim.attribution) model.attribution = claim.attribution;
  if (claim.status)
    model.status = claim.statusCue ? { kind: claim.status, cue: claim.statusCue } : { kind: claim.status };
  const other = claim.comparedWith ? claims.find((c) => c.id === claim.comparedWith) : undefined;
  if (other)
    model.compared = facts.difference
      ? { text: other.text, difference: facts.difference }
      : { text: other.text };
  return model;
}
