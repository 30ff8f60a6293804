// Sentence bounds for claims: the sentence-break rules of UAX #29 (what Intl.Segmenter applies) on a small
// window around each claim (grown when a sentence touches the window's edge), Intl.Segmenter itself when the
// window holds a character outside the rules' table, plus the breaks ICU misses in Korean ("다.24일", "…").
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

// Sentence_Break classes of UAX #29 (Unicode's sentence-break rules, which ICU and so Intl.Segmenter
// implement without tailoring for ko/en/zh/ja). UNKNOWN: not in the table, so ICU segments that window.
const XX = 0;
const SP = 1;
const LOWER = 2;
const UPPER = 3;
const OLETTER = 4;
const NUMERIC = 5;
const CLOSE = 6;
const SCONTINUE = 7;
// From here on: the classes ruleBreaks stops at (with PENDING), so one comparison skips everything else.
const ATERM = 8;
const STERM = 9;
const UNKNOWN = 10;

/**
 * Blocks the table covers: Latin, Greek, Cyrillic, Hangul, CJK, kana, punctuation and symbols, fullwidth
 * forms. Outside them (other scripts, emoji and every surrogate) the window goes to ICU.
 */
const BLOCKS: [number, number][] = [
  [0x0000, 0x024f],
  [0x0370, 0x03ff],
  [0x0400, 0x04ff],
  [0x1100, 0x11ff],
  [0x2000, 0x2bff],
  [0x3000, 0x30ff],
  [0x3130, 0x318f],
  [0x3200, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe6f],
  [0xff00, 0xffef],
];
const ATERMS = '.\u2024\ufe52\uff0e';
const STERMS = '!?\u203c\u203d\u2047\u2048\u2049\u3002\ufe56\ufe57\uff01\uff1f\uff61';
const SCONTINUES =
  ',-:;\u037e\u2013\u2014\u3001\ufe10\ufe11\ufe13\ufe31\ufe32\ufe50\ufe51\ufe54\ufe55\ufe58\ufe63\uff0c\uff0d\uff1a\uff1b\uff64';
/** Line ends, format and combining characters (rules SB3–SB5: extend, like the halfwidth sound marks
 * ﾞﾟ) and private or unassigned code points. */
const OUTSIDE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{M}\p{Zl}\p{Zp}\uff9e\uff9f]/u;
/** Ornamental quotation marks (❛❜❝❞❟❠): quotes, so Close, though not Ps/Pe/Pi/Pf. */
const QUOTES = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'\u275b-\u2760]/u;

function classify(ch: string): number {
  if (ch === '\t' || ch === '\v' || ch === '\f') return SP;
  if (OUTSIDE.test(ch)) return UNKNOWN;
  if (/\p{Zs}/u.test(ch)) return SP;
  if (/\p{Lowercase}/u.test(ch)) return LOWER;
  if (/[\p{Uppercase}\p{Lt}]/u.test(ch)) return UPPER;
  if (/\p{Alphabetic}/u.test(ch)) return OLETTER;
  if (/\p{Nd}/u.test(ch)) return NUMERIC;
  if (ATERMS.includes(ch)) return ATERM;
  if (STERMS.includes(ch)) return STERM;
  if (SCONTINUES.includes(ch)) return SCONTINUE;
  if (QUOTES.test(ch)) return CLOSE;
  return XX;
}

/** Not classified yet: classify() runs on a unit's first sighting, so loading the module costs nothing. */
const PENDING = 255;
const TABLE: Uint8Array = (() => {
  const t = new Uint8Array(0x10000).fill(UNKNOWN);
  for (const [lo, hi] of BLOCKS) t.fill(PENDING, lo, hi + 1);
  return t;
})();

/** The Sentence_Break class of a UTF-16 unit (UNKNOWN: ICU decides); exported for its test. */
export function sentenceClass(code: number): number {
  const k = TABLE[code]!;
  if (k !== PENDING) return k;
  const c = classify(String.fromCharCode(code));
  TABLE[code] = c;
  return c;
}
/** For the tests: the \\s test trim uses. */
export const isSpaceCodeForTest = isSpaceCode;
export const SENTENCE_CLASS = {
  XX,
  SP,
  LOWER,
  UPPER,
  OLETTER,
  NUMERIC,
  ATERM,
  STERM,
  CLOSE,
  SCONTINUE,
  UNKNOWN,
};

/**
 * Where UAX #29 breaks text[start, end) into sentences (read as a whole string: start is its start), as
 * ascending positions strictly inside; null when a character is outside the table. Breaks only come after
 * a terminator (. ! ? 。 …) with its closing punctuation and spaces (SB9–SB11), unless the next character
 * keeps the sentence going: a digit right after "." (SB6, 79.8), an upper-case letter right after a
 * letter and "." (SB7, U.S.), a lower-case word after "." (SB8, "etc. and"), or a comma-like character or
 * another terminator (SB8a).
 */
export function ruleBreaks(text: string, start: number, end: number): number[] | null {
  const out: number[] = [];
  let i = start;
  while (i < end) {
    // Skip to the next terminator, unknown or not yet classified unit: nothing else can end a sentence.
    while (i < end && TABLE[text.charCodeAt(i)]! < ATERM) i++;
    if (i >= end) break;
    const k = sentenceClass(text.charCodeAt(i));
    if (k === UNKNOWN) return null;
    if (k !== ATERM && k !== STERM) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && sentenceClass(text.charCodeAt(j)) === CLOSE) j++;
    while (j < end && sentenceClass(text.charCodeAt(j)) === SP) j++;
    if (j >= end) break;
    const n = sentenceClass(text.charCodeAt(j));
    if (n === UNKNOWN) return null;
    let keep = n === SCONTINUE || n === ATERM || n === STERM;
    if (!keep && k === ATERM) {
      if (j === i + 1 && n === NUMERIC) keep = true;
      else if (j === i + 1 && n === UPPER && i > start) {
        const p = sentenceClass(text.charCodeAt(i - 1));
        keep = p === UPPER || p === LOWER;
      }
      if (!keep) {
        // SB8: skip what is neither a letter nor a terminator; a lower-case letter next keeps the sentence.
        let m = j;
        for (; m < end; m++) {
          const c = sentenceClass(text.charCodeAt(m));
          if (c === UNKNOWN) return null;
          if (c === OLETTER || c === UPPER || c === LOWER || c === ATERM || c === STERM) break;
        }
        keep = m < end && sentenceClass(text.charCodeAt(m)) === LOWER;
      }
    }
    if (!keep) out.push(j);
    i = j;
  }
  return out;
}

/** Building an Intl.Segmenter costs more than segmenting a paragraph with it: one per language, built on first use. */
const SEGMENTERS = new Map<Lang, Intl.Segmenter>();
function segmenterFor(lang: Lang): Intl.Segmenter {
  let seg = SEGMENTERS.get(lang);
  if (!seg) {
    seg = new Intl.Segmenter(LOCALE[lang], { granularity: 'sentence' });
    SEGMENTERS.set(lang, seg);
  }
  return seg;
}

const isHangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;
const isWs = (ch: string | undefined): boolean =>
  ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u3000';

/** Extra breaks inside an ICU segment: after "다." glued to the next sentence, after "…" before a new clause. */
function refine(
  text: string,
  s: number,
  e: number,
  lang: Lang,
  out: Span[],
  stops: RegExp,
  win: string,
  off: number,
): void {
  let from = s;
  // Jump between stop characters with a global regex instead of visiting every character; over the
  // window's own string (win = text[off, …)), so a text without stops is not scanned to its end each time.
  stops.lastIndex = s - off;
  for (let m = stops.exec(win); m !== null && m.index + off < e - 1; m = stops.exec(win)) {
    const i = m.index + off;
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

/** Exactly the characters of the regex class \s (ECMAScript WhiteSpace and LineTerminator). */
function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function trim(text: string, sp: Span): Span {
  let { start, end } = sp;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Paragraph around [s, e): bounded by line breaks, at most `reach` units away. */
function paragraph(text: string, s: number, e: number, reach: number): Span {
  const lo = Math.max(0, s - reach);
  const hi = Math.min(text.length, e + reach);
  let ps = s;
  while (ps > lo && text.charCodeAt(ps - 1) !== 10) ps--;
  let pe = e;
  while (pe < hi && text.charCodeAt(pe) !== 10) pe++;
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
  icuOnly: boolean,
): Window {
  let { start, end } = w;
  // Never split a surrogate pair at the window's edges.
  if (start > 0 && (text.charCodeAt(start) & 0xfc00) === 0xdc00) start--;
  if (end < text.length && (text.charCodeAt(end) & 0xfc00) === 0xdc00) end++;
  const spans: Span[] = [];
  const win = text.slice(start, end);
  const cuts = icuOnly ? null : start < end ? ruleBreaks(text, start, end) : [];
  if (cuts) {
    let from = start;
    for (const c of cuts) {
      refine(text, from, c, lang, spans, stops, win, start);
      from = c;
    }
    if (from < end) refine(text, from, end, lang, spans, stops, win, start);
  } else {
    for (const s of seg.segment(win)) {
      refine(text, start + s.index, start + s.index + s.segment.length, lang, spans, stops, win, start);
    }
  }
  return { start, end, spans, reach };
}

/**
 * Sentence span for each claim (claims sorted by start); each span contains its claim. `icuOnly` skips the
 * rule table and segments every window with Intl.Segmenter: the reference the tests compare against.
 */
export function sentencesFor(text: string, lang: Lang, claims: Span[], icuOnly = false): Span[] {
  const out: Span[] = [];
  if (claims.length === 0) return out;
  const seg = segmenterFor(lang);
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
      win = segmentWindow(seg, text, lang, paragraph(text, c.start, c.end, reach), reach, stops, icuOnly);
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
      win = segmentWindow(seg, text, lang, paragraph(text, c.start, c.end, reach), reach, stops, icuOnly);
      k = 0;
    }
    const sp = trim(text, found ?? { start: c.start, end: c.end });
    out.push({ start: Math.min(sp.start, c.start), end: Math.max(sp.end, c.end) });
  }
  return out;
}
