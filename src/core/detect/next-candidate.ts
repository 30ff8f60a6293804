// Where the next claim can begin. Korean and CJK text: a charCode table lookup per character, with the Korean
// numeral regex tried (sticky) only where a numeral syllable starts a word and the next character can continue it —
// the same positions as the regexes in candidates.ts, at half their cost on Korean news. English: its regex.
import {
  CAND_KO_BODY,
  CAND_KO_FIRST,
  CAND_KO_SECOND,
  CAND_KO_SHORT_FIRST,
  CJK_CHARS,
  candidateRegex,
} from './candidates.js';
import type { ScanCtx } from './types.js';

/** Bits per UTF-16 code unit. */
const DIGIT = 1; // a digit or currency sign: a candidate wherever it stands
const KO_START = 2; // can start a Korean numeral expression (checked further)
const KO_SHORT = 4; // a numeral syllable for short texts
const CJK = 8; // a Chinese/Japanese numeral or a digit/currency sign of that script family
const KO_SECOND = 16; // can come second in a Korean numeral expression

const TABLE = new Uint8Array(0x10000);
const mark = (chars: string, bit: number): void => {
  for (const ch of chars) TABLE[ch.charCodeAt(0)]! |= bit;
};
mark('0123456789０１２３４５６７８９$€£¥₩₹₿￥￦', DIGIT);
mark(CAND_KO_FIRST, KO_START);
mark(CAND_KO_SHORT_FIRST, KO_SHORT);
mark(CJK_CHARS, CJK);
mark(CAND_KO_SECOND, KO_SECOND);

const KO_BODY = new RegExp(CAND_KO_BODY, 'y');

const isHangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;

/** Korean: the next digit or currency sign, or numeral syllable starting a word that the Korean regex accepts. */
export function nextKo(t: string, from: number, short: boolean): number {
  const n = t.length;
  const bit = short ? KO_SHORT : KO_START;
  for (let i = from; i < n; i++) {
    const f = TABLE[t.charCodeAt(i)]!;
    if (f === 0) continue;
    if (f & DIGIT) return i;
    if (!(f & bit) || (i > 0 && isHangul(t.charCodeAt(i - 1)))) continue;
    if (short) return i;
    if (i + 1 >= n || !(TABLE[t.charCodeAt(i + 1)]! & KO_SECOND)) continue;
    KO_BODY.lastIndex = i;
    if (KO_BODY.test(t)) return i;
  }
  return -1;
}

/** Chinese and Japanese: the next numeral, digit or currency sign. */
export function nextCjk(t: string, from: number): number {
  const n = t.length;
  for (let i = from; i < n; i++) if (TABLE[t.charCodeAt(i)]! & CJK) return i;
  return -1;
}

/** English (and any other language): its regex. A word-start loop in JS was slower on prose than V8's alternation. */
export function nextEn(t: string, from: number, short: boolean): number {
  const re = candidateRegex('en', short);
  re.lastIndex = from;
  return re.exec(t)?.index ?? -1;
}

/**
 * The first position ≥ from where candidateRegex(lang, short) would match, or -1: what `re.lastIndex = from;
 * re.exec(text)?.index` gives, without running a large alternation at every character. One function per script
 * family, so each stays monomorphic where it is hot (scan() picks one per text).
 */
export function nextCandidate(t: string, from: number, lang: ScanCtx['lang'], short: boolean): number {
  if (lang === 'ko') return nextKo(t, from, short);
  if (lang === 'en') return nextEn(t, from, short);
  return nextCjk(t, from);
}
