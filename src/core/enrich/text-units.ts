// Sentence and paragraph helpers over the scanned text, shared by enrich and the caveat rules.
import type { Claim } from '../types.js';

/** Claims grouped by their sentence, in text order; one pass, no cross-document pairing. */
export function groupBySentence(claims: readonly Claim[]): Claim[][] {
  // What detect returns: claims sorted by start, each sentence's claims side by side, sentences in order.
  // Then the groups are the runs of equal sentence start, already in the order the general path sorts to.
  const out: Claim[][] = [];
  let run: Claim[] | null = null;
  let key = Number.NEGATIVE_INFINITY;
  let prev = Number.NEGATIVE_INFINITY;
  for (const c of claims) {
    if (c.start < prev) return groupAnyOrder(claims);
    prev = c.start;
    if (run && c.sentence.start === key) run.push(c);
    else if (c.sentence.start > key) {
      key = c.sentence.start;
      run = [c];
      out.push(run);
    } else return groupAnyOrder(claims);
  }
  return out;
}

function groupAnyOrder(claims: readonly Claim[]): Claim[][] {
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
 * paragraphAt(text, pos).start for positions that mostly come in increasing order: one forward walk over
 * the line breaks instead of a backward search per position (quadratic on a long paragraph). Positions
 * that go back are looked up with paragraphAt.
 */
export function paragraphStarts(text: string): (pos: number) => number {
  let last = -1; // the last line break before the previous position
  let next = -2; // the first line break after it (-1: none left; -2: not searched yet)
  let prevPos = 1;
  return (pos) => {
    if (pos < prevPos) return paragraphAt(text, pos).start;
    prevPos = pos;
    if (next === -2) next = text.indexOf('\n');
    while (next !== -1 && next < pos) {
      last = next;
      next = text.indexOf('\n', next + 1);
    }
    return last + 1;
  };
}

/**
 * The sentence just before `sentenceStart` in the same paragraph, or null. Sentence ends are
 * . ! ? 。 followed by space or a closing quote — the same cut the detector's segmenter makes for news text.
 * `paragraphStart`, when the caller knows it, saves looking it up.
 */
export function previousSentence(
  text: string,
  sentenceStart: number,
  paragraphStart?: number,
): { start: number; end: number } | null {
  const para = paragraphStart === undefined ? paragraphAt(text, sentenceStart) : { start: paragraphStart };
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
