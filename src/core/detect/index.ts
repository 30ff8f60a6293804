// Number grammar: finds numerical claims in a text (placeholder until the grammar lands).
import type { Claim, Lang } from '../types.js';

export function detectClaims(_text: string, _lang: Lang): Claim[] {
  return [];
}
