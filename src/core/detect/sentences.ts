// Sentence bounds for claims: Intl.Segmenter on a small window around each claim (grown when a sentence
// touches the window's edge), plus the breaks ICU misses in Korean ("다.24일", "…").
import type { Lang } from '../types.js';

export interface Span {
  start: number;
  end: number;
}

const LOCALE: Record<Lang, string> = { ko: 'ko', en: 'en', zh: 'zh', ja: 'ja' };
/** First window: this many UTF-16 units either side of the claim. ICU's cost grows faster than linearly
 * with the segmented length (a whole 1 MB text takes seconds), so windows stay small. */
const FIRST = 240;
const MAX = 4000;

const isHangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;
const isWs = (ch: string | undefined): boolean =>
  ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u3000';

/** Extra breaks inside an ICU segment: after "다." glued to the next sentence, after "…" before a new clause. */
function refine(text: string, s: number, e: number, lang: Lang, out: Span[], stops: RegExp): void {
  let from = s;
  // Jump between stop characters with a global regex instead of visiting every character.
  stops.lastIndex = s;
  for (let m = stops.exec(text); m !== null && m.index < e - 1; m = stops.exec(text)) {
    const i = m.index;
    const ch = text[i];
    const nx = text[i + 1]!;
    let cut = false;
    if (ch === '…' && nx !== '…') {
      if (lang === 'en') cut = isWs(nx) && /[A-Z"“]/.test(text[i + 2] ?? '');
      else cut = !/[\s)\]"”'’.,!?…]/.test(nx) || (isWs(nx) && isHangul(text.charCodeAt(i + 2)));
    } else if (ch !== '…' && lang === 'ko') {
      cut = isHangul(text.charCodeAt(i - 1)) && !/[\s.!?"”'’)\]…]/.test(nx);
    }
    if (cut) {
      out.push({ start: from, end: i + 1 });
      from = i + 1;
    }
  }
  out.push({ start: from, end: e });
}

function trim(text: string, sp: Span): Span {
  let { start, end } = sp;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Paragraph around [s, e): bounded by line breaks, at most `reach` units away. */
function paragraph(text: string, s: number, e: number, reach: number): Span {
  const lo = Math.max(0, s - reach);
  const hi = Math.min(text.length, e + reach);
  let ps = s;
  while (ps > lo && text[ps - 1] !== '\n') ps--;
  let pe = e;
  while (pe < hi && text[pe] !== '\n') pe++;
  return { start: ps, end: pe };
}

interface Window {
  start: number;
  end: number;
  spans: Span[];
  reach: number;
}

function segmentWindow(
  seg: Intl.Segmenter,
  text: string,
  lang: Lang,
  w: Span,
  reach: number,
  stops: RegExp,
): Window {
  let { start, end } = w;
  // Never split a surrogate pair at the window's edges.
  if (start > 0 && (text.charCodeAt(start) & 0xfc00) === 0xdc00) start--;
  if (end < text.length && (text.charCodeAt(end) & 0xfc00) === 0xdc00) end++;
  const spans: Span[] = [];
  for (const s of seg.segment(text.slice(start, end))) {
    refine(text, start + s.index, start + s.index + s.segment.length, lang, spans, stops);
  }
  return { start, end, spans, reach };
}

/** Sentence span for each claim (claims sorted by start); each span contains its claim. */
export function sentencesFor(text: string, lang: Lang, claims: Span[]): Span[] {
  const out: Span[] = [];
  if (claims.length === 0) return out;
  const seg = new Intl.Segmenter(LOCALE[lang], { granularity: 'sentence' });
  // Per call, not per module: a global regex carries lastIndex state.
  const stops = /[….!?]/g;
  let win: Window | null = null;
  let k = 0;
  for (const c of claims) {
    let found: Span | null = null;
    // Reuse the current window (and how far it was grown) while the claim lies inside it.
    let reach = FIRST;
    if (win && c.start >= win.start && c.end <= win.end) reach = win.reach;
    else {
      win = segmentWindow(seg, text, lang, paragraph(text, c.start, c.end, reach), reach, stops);
      k = 0;
    }
    for (;;) {
      // Claims come sorted, so one forward-moving index finds the sentence.
      while (k < win.spans.length && win.spans[k]!.end <= c.start) k++;
      const first = win.spans[k];
      let m = k;
      while (m < win.spans.length && win.spans[m]!.end < c.end) m++;
      const last = win.spans[m] ?? first;
      if (!first || !last) break;
      const clippedLeft = first.start === win.start && win.start > 0 && text[win.start - 1] !== '\n';
      const clippedRight = last.end === win.end && win.end < text.length && text[win.end] !== '\n';
      found = { start: first.start, end: last.end };
      if ((!clippedLeft && !clippedRight) || reach >= MAX) break;
      reach *= 2;
      win = segmentWindow(seg, text, lang, paragraph(text, c.start, c.end, reach), reach, stops);
      k = 0;
    }
    const sp = trim(text, found ?? { start: c.start, end: c.end });
    out.push({ start: Math.min(sp.start, c.start), end: Math.max(sp.end, c.end) });
  }
  return out;
}
