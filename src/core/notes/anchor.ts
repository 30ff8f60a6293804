// Anchoring a note in an article's text, and finding it again after the article changed: the exact quote with its
// context first, then the stored position, then a bounded-error search of quote and context near the old position
// (approx-string-match, the Myers matcher Hypothesis anchors with). All comparisons ignore whitespace, so re-wrapped
// or re-spaced text still matches. Pure.
import search from 'approx-string-match';
import { CONTEXT_CHARS, type TextPosition, type TextQuote } from './types.js';

export interface Selectors {
  quote: TextQuote;
  position: TextPosition;
}

/** The selectors for [start, end) of `text`: the quote, 32 characters either side, and the offsets. */
export function describe(text: string, start: number, end: number): Selectors {
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    position: { start, end },
  };
}

export type AnchorMethod = 'quote' | 'position' | 'fuzzy';

export interface Anchored {
  start: number;
  end: number;
  method: AnchorMethod;
}

/** How far from the old position (in characters) the fuzzy search looks. */
const FUZZY_WINDOW = 20_000;
/** At most this many exact occurrences of a quote are weighed (a "1" on a long page occurs thousands of times). */
const MAX_OCCURRENCES = 5_000;

const SPACE = /[\s\u200b-\u200d\u2060\ufeff]/;

function squeeze(s: string): string {
  let out = '';
  for (const ch of s) if (!SPACE.test(ch)) out += ch;
  return out;
}

/** A text without whitespace, and where each of its characters was in the original (one past the end at the end). */
export class Squeezed {
  readonly text: string;
  readonly map: Int32Array;

  constructor(readonly original: string) {
    const parts: string[] = [];
    const map = new Int32Array(original.length + 1);
    let n = 0;
    let runStart = -1;
    for (let i = 0; i < original.length; i++) {
      const code = original.charCodeAt(i);
      const space = code <= 32 || code === 0xa0 || (code > 0x7f && SPACE.test(original[i]!)) || code === 0x85;
      if (space) {
        if (runStart >= 0) {
          parts.push(original.slice(runStart, i));
          runStart = -1;
        }
        continue;
      }
      if (runStart < 0) runStart = i;
      map[n++] = i;
    }
    if (runStart >= 0) parts.push(original.slice(runStart));
    map[n] = original.length;
    this.text = parts.join('');
    this.map = map.subarray(0, n + 1);
  }

  /** The original [start, end) of squeezed [from, to). */
  toOriginal(from: number, to: number): { start: number; end: number } {
    const start = this.map[from]!;
    const end = to > from ? this.map[to - 1]! + 1 : start;
    return { start, end };
  }

  /** The squeezed offset at or after an original offset. */
  fromOriginal(offset: number): number {
    let lo = 0;
    let hi = this.map.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.map[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function commonSuffix(a: string, b: string, bEnd: number): number {
  let n = 0;
  while (n < a.length && bEnd - n - 1 >= 0 && a[a.length - 1 - n] === b[bEnd - n - 1]) n++;
  return n;
}

function commonPrefix(a: string, b: string, bStart: number): number {
  let n = 0;
  while (n < a.length && bStart + n < b.length && a[n] === b[bStart + n]) n++;
  return n;
}

/** Finds one note's quote in a squeezed text; null when it cannot be placed. */
export function anchorIn(doc: Squeezed, sel: Selectors): Anchored | null {
  const q = squeeze(sel.quote.exact);
  if (q.length === 0) return null;
  const p = squeeze(sel.quote.prefix);
  const s = squeeze(sel.quote.suffix);
  const n = doc.text;
  const old = sel.position.start;

  // 1. The exact quote with its context: both sides whole first, then one side whole (a paragraph inserted or a
  // sentence rewritten right next to the number changes one side only); the nearest to the old position on a tie.
  let best: { at: number; tier: number; score: number; distance: number } | null = null;
  let seen = 0;
  for (let at = n.indexOf(q); at >= 0 && seen < MAX_OCCURRENCES; at = n.indexOf(q, at + 1), seen++) {
    const pre = commonSuffix(p, n, at);
    const suf = commonPrefix(s, n, at + q.length);
    const tier = pre === p.length && suf === s.length ? 2 : pre === p.length || suf === s.length ? 1 : 0;
    // One whole side counts only when that side says something (a note at the text's very start has no prefix).
    if (tier === 0 || (tier === 1 && (pre === p.length ? p.length : s.length) < 8)) continue;
    const score = pre + suf;
    const distance = Math.abs(doc.map[at]! - old);
    if (
      !best ||
      tier > best.tier ||
      (tier === best.tier && (score > best.score || (score === best.score && distance < best.distance)))
    )
      best = { at, tier, score, distance };
  }
  if (best) return { ...doc.toOriginal(best.at, best.at + q.length), method: 'quote' };

  // 2. The old position still holds the quote (the context around it changed).
  const { start, end } = sel.position;
  if (start >= 0 && end > start && end <= doc.original.length) {
    if (squeeze(doc.original.slice(start, end)) === q) {
      const from = doc.fromOriginal(start);
      return { ...doc.toOriginal(from, from + q.length), method: 'position' };
    }
  }

  // 3. Quote and context with a bounded number of errors, near the old position.
  const pattern = p + q + s;
  const center = doc.fromOriginal(Math.min(Math.max(0, old), doc.original.length));
  const lo = Math.max(0, center - FUZZY_WINDOW);
  const hi = Math.min(n.length, center + FUZZY_WINDOW + pattern.length);
  const region = n.slice(lo, hi);
  const matches = search(region, pattern, Math.floor(pattern.length / 4));
  if (matches.length === 0) return null;
  matches.sort(
    (a, b) =>
      a.errors - b.errors ||
      Math.abs(lo + a.start + p.length - center) - Math.abs(lo + b.start + p.length - center),
  );
  // The quote inside the best match: few errors allowed (a number is short; "79.8%" may become "79.9%", not "12%").
  for (const m of matches.slice(0, 5)) {
    const piece = region.slice(m.start, m.end);
    const inner = search(piece, q, Math.floor(q.length / 4));
    if (inner.length === 0) continue;
    inner.sort((a, b) => a.errors - b.errors || Math.abs(a.start - p.length) - Math.abs(b.start - p.length));
    const hit = inner[0]!;
    const from = lo + m.start + hit.start;
    return { ...doc.toOriginal(from, lo + m.start + hit.end), method: 'fuzzy' };
  }
  return null;
}

/** Anchors many notes in one text (the text is squeezed once). */
export function anchorAll(text: string, selectors: readonly Selectors[]): Array<Anchored | null> {
  if (selectors.length === 0) return [];
  const doc = new Squeezed(text);
  return selectors.map((sel) => {
    try {
      return anchorIn(doc, sel);
    } catch {
      return null;
    }
  });
}
