// The translate function UI components receive as a prop (entries pass the platform's browser.i18n wrapper).
import type { ClaimKind } from '../../core/types.js';

export type Translate = (key: string, substitutions?: string | string[]) => string;

/** Order of kind groups in lists: what readers check most first. */
export const KIND_ORDER: readonly ClaimKind[] = [
  'money',
  'percent',
  'percentage_point',
  'score',
  'count',
  'multiplier',
  'fraction',
  'rate',
  'rank',
  'duration',
  'quantity',
];

/** Locale key of a kind's group heading, e.g. "ext_kind_money" (shared with the card). */
export function kindKey(kind: ClaimKind): string {
  return `ext_kind_${kind}`;
}
