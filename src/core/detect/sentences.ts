// Sentence bounds for claims: Intl.Segmenter per paragraph near the claims, plus the breaks ICU misses in Korean ("다.24일", "…").
import type { Lang } from '../types.js';

export interface Span {
  start: number;
  end: number;
}

const LOCALE: Record<Lang, string> = { ko: 'ko', en: 'en', zh: 'zh', ja: 'ja' };
/** A paragraph longer than this is segmented in a window around the claim (keeps the cost linear). */
const WINDOW = 2000;

const isHangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;
const isWs = (ch: string | undefined): boolean =>
  ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u3000';

/** Extra breaks inside an ICU segment: after "다." glued to the next sentence, after "…" before a new clause. */
function refine(text: string, s: number, e: number, lang: Lang, out: Span[]): void {
  let from = s;
  for (let i = s; i < e - 1; i++) {
    const ch = text[i];
    const nx = text[i + 1]!;
    let cut = false;
    if (ch === '…' && nx !== '…') {
      if (lang === 'en') cut = isWs(nx) && /[A-Z"“]/.test(text[i + 2] ?? '');
      else cut = !/[\s)\]"”'’.,!?…]/.test(nx) || (isWs(nx) && isHangul(text.charCodeAt(i + 2)));
    } else if ((ch === '.' || ch === '!' || ch === '?') && lang === 'ko') {
      cut =
        isHangul(text.charCodeAt(i - 1)) && !/[\s.!?"”'’)\]…]/.test(nx) && !/[0-9]/.test(text[i - 1] ?? '');
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

/** Sentence span for each claim (claims sorted by start); each span contains its claim. */
export function sentencesFor(text: string, lang: Lang, claims: Span[]): Span[] {
  const out: Span[] = [];
  if (claims.length === 0) return out;
  const seg = new Intl.Segmenter(LOCALE[lang], { granularity: 'sentence' });
  let winStart = -1;
  let winEnd = -1;
  let spans: Span[] = [];
  let k = 0;
  for (const c of claims) {
    if (!(c.start >= winStart && c.end <= winEnd)) {
      let ps = text.lastIndexOf('\n', c.start - 1) + 1;
      let pe = text.indexOf('\n', c.end);
      if (pe < 0) pe = text.length;
      if (ps < c.start - WINDOW) ps = c.start - WINDOW;
      if (pe > c.end + WINDOW) pe = c.end + WINDOW;
      // Avoid starting a window between a surrogate pair.
      if (ps > 0 && (text.charCodeAt(ps) & 0xfc00) === 0xdc00) ps--;
      winStart = ps;
      winEnd = pe;
      spans = [];
      k = 0;
      const para = text.slice(ps, pe);
      for (const s of seg.segment(para)) {
        refine(text, ps + s.index, ps + s.index + s.segment.length, lang, spans);
      }
    }
    // Claims come sorted, so one forward-moving index finds the sentence: linear in claims + spans.
    while (k < spans.length && spans[k]!.end <= c.start) k++;
    const first = spans[k] ?? { start: winStart, end: winEnd };
    let m = k;
    while (m < spans.length && spans[m]!.end < c.end) m++;
    const last = spans[m] ?? first;
    const sp = trim(text, { start: first.start, end: Math.max(first.end, last.end) });
    out.push({ start: Math.min(sp.start, c.start), end: Math.max(sp.end, c.end) });
  }
  return out;
}
