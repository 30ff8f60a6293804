// Whether a text can hold a claim at all: analyze() skips everything for text where no number can begin.
import { SHORT } from './detect/candidates.js';
import { nextCandidate } from './detect/next-candidate.js';
import type { Lang } from './types.js';

/**
 * Whether the detector's candidate search finds a place where a claim could begin. The detector starts its pass
 * the same way (short or long text by the first and last non-space, detect/index.ts makeCtx), so without one
 * it finds no claim: number-free text then skips the model-name and benchmark scans as well.
 */
export function mayHoldClaims(text: string, lang: Lang): boolean {
  let first = 0;
  while (first < text.length && /\s/.test(text[first]!)) first++;
  let last = text.length - 1;
  while (last >= first && /\s/.test(text[last]!)) last--;
  return nextCandidate(text, 0, lang, last - first < SHORT) >= 0;
}
