// Sentence and paragraph helpers over the scanned text, shared by enrich and the caveat rules.
import type { Claim } from '../types.js';

/** Claims grouped by their sentence, in text order; one pass, no cross-document pairing. */
export function groupBySentence(claims: readonly Claim[]): Claim[][] {
  const groups = new Map<number, Claim[]>();
  for (const c of claims) {
    const g = groups.get(c.sentence.start);
    if (g) g.push(c);
    else groups.set(c.sentence.start, [c]);
  }
  const out = [...groups.values()];
  for (const g of out) g.sort((a, b) => a.start - b.start);
  out.sort((a, b) => a[0]!.start - b[0]!.start);
  return out;
}

/** [start, end) of the paragraph (newline-delimited block) containing `pos`. */
export function paragraphAt(text: string, pos: number): { start: number; end: number } {
  const s = text.lastIndexOf('\n', pos - 1);
  const e = text.indexOf('\n', pos);
  return { start: s < 0 ? 0 : s + 1, end: e < 0 ? text.length : e };
}

/**
 * The sentence just before `sentenceStart` in the same paragraph, or null. Sentence ends are
 * . ! ? 。 followed by space or a closing quote — the same cut the detector's segmenter makes for news text.
 */
export function previousSentence(text: string, sentenceStart: number): { start: number; end: number } | null {
  const para = paragraphAt(text, sentenceStart);
  let end = sentenceStart;
  while (end > para.start && /\s/.test(text[end - 1]!)) end--;
  if (end <= para.start) return null;
  let i = end - 2;
  for (; i >= para.start; i--) {
    const ch = text[i]!;
    if ((ch === '.' || ch === '!' || ch === '?' || ch === '。') && /[\s"'”’]/.test(text[i + 1] ?? ' ')) break;
  }
  const start = i < para.start ? para.start : i + 1;
  const s = text.slice(start, end);
  const lead = s.length - s.trimStart().length;
  return { start: start + lead, end };
}

export function sentenceText(text: string, c: Claim): string {
  return text.slice(c.sentence.start, c.sentence.end);
}
