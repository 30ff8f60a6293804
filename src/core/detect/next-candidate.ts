// Where the next claim can begin: the candidate regexes of candidates.ts, except in long Korean text, where one regex
// built for V8's fast scanning finds the same positions (checked from every position of every corpus in the tests).
import { CAND_KO_BODY, CAND_KO_FIRST, candidateRegex } from './candidates.js';
import type { ScanCtx } from './types.js';

/** Bits per UTF-16 code unit. */
const DIGIT = 1; // a digit or currency sign: a candidate wherever it stands
const KO_START = 2; // can start a Korean numeral expression (checked further)

const TABLE = new Uint8Array(0x10000);
const mark = (chars: string, bit: number): void => {
  for (const ch of chars) TABLE[ch.charCodeAt(0)]! |= bit;
};
mark('0123456789０１２３４５６７８９$€£¥₩₹₿￥￦', DIGIT);
mark(CAND_KO_FIRST, KO_START);

const KO_BODY = new RegExp(CAND_KO_BODY, 'y');

const isHangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;

/**
 * Korean running text as one regex V8 can scan fast: every alternative starts with a plain character class (a digit
 * or currency sign, or any non-Hangul character followed by a numeral expression), where the candidate regex starts
 * with a lookbehind that must be tried at every character. A match on a non-Hangul character means the candidate
 * starts one character later.
 */
const KO_AHEAD = new RegExp(`[0-9０-９$€£¥₩₹₿￥￦]|[^가-힣](?=${CAND_KO_BODY})`, 'g');

/** Long Korean text: the next digit or currency sign, or numeral expression at the start of a word. */
function nextKo(t: string, from: number): number {
  // A numeral expression right at `from`: the regex above would have had to start one character earlier.
  if (
    from < t.length &&
    TABLE[t.charCodeAt(from)]! & KO_START &&
    (from === 0 || !isHangul(t.charCodeAt(from - 1)))
  ) {
    KO_BODY.lastIndex = from;
    if (KO_BODY.test(t)) return from;
  }
  KO_AHEAD.lastIndex = from;
  const m = KO_AHEAD.exec(t);
  if (!m) return -1;
  return TABLE[t.charCodeAt(m.index)]! & DIGIT ? m.index : m.index + 1;
}

/** Any other language (and short Korean texts): its candidate regex. */
function nextByRegex(t: string, from: number, lang: ScanCtx['lang'], short: boolean): number {
  const re = candidateRegex(lang, short);
  re.lastIndex = from;
  return re.exec(t)?.index ?? -1;
}

/**
 * The first position ≥ from where candidateRegex(lang, short) would match, or -1: what `re.lastIndex = from;
 * re.exec(text)?.index` gives.
 */
export function nextCandidate(t: string, from: number, lang: ScanCtx['lang'], short: boolean): number {
  return lang === 'ko' && !short ? nextKo(t, from) : nextByRegex(t, from, lang, short);
}
