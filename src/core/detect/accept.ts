// Keeps or drops a read quantity: numerals written in words only in number contexts, furniture (years, list numbers, names) out.

import { isWhole } from './candidates.js';
import { isAlnum, isHan, isHangul, isLatin, isSpace } from './chars.js';
import type { Quantity } from './quantity.js';
import { PARTICLE_START } from './read-unit.js';
import type { ScanCtx, UnitKind } from './types.js';

/** One Hangul digit may name an amount only in these (오달러, 구파운드); not EUR: 이유로 is "for the reason". */
const SAFE_SINGLE_CURRENCY = new Set(['USD', 'GBP', 'CNY', 'CHF']);

/** "by", a hedge or bound, then a fraction word: a change's size. */
const BY_CHANGE =
  /\bby\s+(?:(?:about|around|roughly|nearly|almost|some|approximately|more than|less than|over|under|just over|just under)\s+)?$/i;

/** What may follow a change's size: the clause ends, or it goes on with when or against what ("by a third party" is no size). */
const CHANGE_END =
  /^(?:\s*(?:[.,;:!?)\]—–-]|$)|\s+(?:in|from|to|since|over|compared|on|last|this|year|a year|each|per)\b)/i;

/** Whether a number without a unit is furniture: a year, list number, age in a byline, address, model name. */
export function furniture(ctx: ScanCtx, q: Quantity): boolean {
  const t = ctx.text;
  const s = q.numStart;
  const e = q.numEnd;
  if (isWhole(ctx, q.start, q.end)) return false;
  const afterModel = besideModel(ctx, s, e);
  if (
    q.num.digits &&
    q.num.plain &&
    q.num.end - q.num.start === 4 &&
    q.value >= 1000 &&
    q.value <= 2100 &&
    !compared(t, s, e) &&
    !(scoreCue(t, s) || (afterModel && (q.value < 1900 || q.value > 2100)))
  )
    return true;
  if (q.num.leadingZero) return true;
  // List numbering: "1." / "2)" at a line start, or a short line of only numbers ("1. 1", "3").
  let ls = s;
  while (ls > 0 && ls > s - 12 && t[ls - 1] !== '\n' && t[ls - 1] !== '\r') ls--;
  const lineStart = ls === 0 || t[ls - 1] === '\n' || t[ls - 1] === '\r';
  if (lineStart && /^[\s\d.)]*$/.test(t.slice(ls, s))) {
    const a = t[e];
    if (
      /^\s*$/.test(t.slice(ls, s)) &&
      (a === '.' || a === ')') &&
      (e + 1 >= t.length || /\s/.test(t[e + 1]!))
    ) {
      return true;
    }
    let le = e;
    while (
      le < t.length &&
      le < e + 12 &&
      (t[le] === ' ' || t[le] === '\t' || t[le] === '.' || t[le] === ')')
    )
      le++;
    if (le >= t.length || t[le] === '\n' || t[le] === '\r') return true;
  }
  // Bylines and parentheses: 김하늘(35), [1].
  if (!q.num.formatted && ((t[s - 1] === '(' && t[e] === ')') || (t[s - 1] === '[' && t[e] === ']')))
    return !afterModel;
  // Street addresses: 청파로 463, 세종대로 110.
  if (isSpace(t.charCodeAt(s - 1)) && /[로길]$/.test(t.slice(Math.max(0, s - 3), s - 1))) return true;
  // Names with numbers: AIME 2024, Llama 3, iPhone 16, 라마(Llama)3.
  if (t[s - 1] === ')' && isLatin(t.charCodeAt(s - 2))) return true;
  if (isSpace(t.charCodeAt(s - 1))) {
    // "S&P 500", "G7 3", "AIME 2024": a token of capitals, digits and & before the number names it.
    let ts = s - 1;
    while (ts > 0 && ts > s - 12 && !isSpace(t.charCodeAt(ts - 1))) ts--;
    const tok = t.slice(ts, s - 1);
    if (/^[A-Z0-9&.-]{2,}$/.test(tok) && /[A-Z]/.test(tok) && /[&A-Z]/.test(tok.slice(-1)) && q.num.plain)
      return true;
  }
  if (isSpace(t.charCodeAt(s - 1)) && s >= 2 && isLatin(t.charCodeAt(s - 2))) {
    let ws = s - 2;
    while (ws > 0 && isAlnum(t.charCodeAt(ws - 1))) ws--;
    const w = t.slice(ws, s - 1);
    if (/^[A-Z]{2,}$/.test(w) || /^[a-z]+[A-Z]/.test(w) || /[a-z][A-Z]/.test(w)) return true;
    if (/^[A-Z][a-z]+$/.test(w) && !CAP_STOP.has(w.toLowerCase()) && q.num.plain && q.value < 1000)
      return true;
  }
  // Dates: "Jan. 23", "January 23, 2025", "23 January".
  if (ctx.lang === 'en' && MONTH_BEFORE.test(t.slice(Math.max(0, s - 11), s))) return true;
  return false;
}

/** "grok-4.1-thinking (1471)", "하이퍼클로바X(53.1)": a bare number in parentheses right after a model name is its score. */
function besideModel(ctx: ScanCtx, s: number, e: number): boolean {
  if (ctx.text[s - 1] !== '(' || ctx.text[e] !== ')') return false;
  const ends = ctx.modelEnds();
  return ends !== undefined && (ends.has(s - 1) || (ctx.text[s - 2] === ' ' && ends.has(s - 2)));
}

/** "a score of 1492", "scored 1466", "Elo 1300": a four-digit number after these is a rating, not a year. */
const SCORE_CUE =
  /(?:\bscor(?:e|ed|es|ing)|\brat(?:ing|ed)|\bElo|점수는?|점수가|레이팅)\s+(?:of\s+|at\s+)?$/i;
function scoreCue(t: string, s: number): boolean {
  return SCORE_CUE.test(t.slice(Math.max(0, s - 16), s));
}

/** "above 1000 and below 1500", "1000보다 크고", "2000 이상": a bound makes a four-digit figure a number, not a year. */
export function compared(t: string, s: number, e: number): boolean {
  if (
    /\b(?:more|less|fewer|greater|larger|higher|lower|smaller) than (?:or equal to )?$|\b(?:above|below|at least|at most) $/i.test(
      t.slice(Math.max(0, s - 26), s),
    )
  )
    return true;
  return /^ ?(?:보다는? ?(?:크|많|높|작|적|낮)|이상|이하|초과|미만)/.test(t.slice(e, e + 8));
}

export const MONTH_BEFORE =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?\s$/i;

const CAP_STOP = new Set(
  'about around nearly almost some over under more less only just with by for from and but in on at to of the a an as up down about roughly approximately'.split(
    ' ',
  ),
);

const STRONG_KINDS = new Set<UnitKind>([
  'money',
  'percent',
  'percentage_point',
  'multiplier',
  'rank',
  'quantity',
  'duration',
]);

/** Numerals written without digits stand for numbers only in number contexts. */
export function acceptNumerals(ctx: ScanCtx, q: Quantity): boolean {
  if (q.num.digits) return true;
  if (q.prefixCurrency) return true;
  const whole = isWhole(ctx, q.start, q.end);
  if (whole) return true;
  const k = q.unit?.kind;
  const strong = k !== undefined && STRONG_KINDS.has(k);
  if (q.num.vague) return k !== undefined && k !== 'date' && k !== 'skip';
  if (q.num.words && ctx.lang === 'en') return acceptEnglishWords(ctx.text, q, k, strong);
  if (q.num.fraction) return true; // 절반
  if (q.num.words) return acceptNative(ctx.text, q, k);
  return acceptSino(ctx, q, k, strong);
}

/** English number words: fractions of a change, ranks in places, "twice as", counts of two or more, big numbers. */
function acceptEnglishWords(t: string, q: Quantity, k: UnitKind | undefined, strong: boolean): boolean {
  if (q.num.fraction) {
    const w = t.slice(q.num.start, q.num.end);
    // The size of a change: "rose by a third", "cut by half", "improve framerates by about a quarter".
    if (
      BY_CHANGE.test(t.slice(Math.max(0, q.num.start - 24), q.num.start)) &&
      CHANGE_END.test(t.slice(q.num.end, q.num.end + 12))
    )
      return true;
    if (/^half$/i.test(w))
      return (
        /^ of\b/.test(t.slice(q.num.end, q.num.end + 3)) &&
        !/(first|second|other)\s$/i.test(t.slice(Math.max(0, q.num.start - 7), q.num.start))
      );
    return /[-\s]/.test(w) ? /-/.test(w) || /^ of\b/.test(t.slice(q.num.end, q.num.end + 3)) : false;
  }
  if (q.num.ordinal)
    return (
      /^ place\b/i.test(t.slice(q.num.end, q.num.end + 6)) ||
      /\b(?:rank(?:s|ed)?|placed|finish(?:es|ed)?)\s+$/i.test(
        t.slice(Math.max(0, q.num.start - 16), q.num.start),
      )
    );
  if (q.num.fold) {
    // "twice as many", "twice the size" (not "twice a week").
    if (/^twice$/i.test(t.slice(q.num.start, q.num.end)))
      return /^ (?:as|the|that|its|their|his|her)\b/i.test(t.slice(q.num.end, q.num.end + 7));
    return true;
  }
  if (strong) return true;
  const phrase = t.slice(q.num.start, q.num.end);
  const big = /hundred|thousand|million|billion|trillion|dozen/i.test(phrase);
  // "four cores", "three attempts": a written number of two or more before the noun it counts is a count; "one" is
  // an article's work ("one of the …"), not a figure.
  if (k === 'count') return q.value >= 2 || big || q.unit?.unit === 'times';
  // Bare written numbers only when they are unmistakably numbers: "a hundred and two", "two thousand".
  return !k && big && /[\s-]/.test(phrase);
}

/** Native Korean numerals: only with a counter; 한 (one) only for durations, ranks and 첫. */
function acceptNative(t: string, q: Quantity, k: UnitKind | undefined): boolean {
  if (!k || k === 'date' || k === 'skip') return false;
  if (t.startsWith('세대', q.num.start)) return false; // 세대 is a generation, not three vehicles
  // "두 배우" is two actors, not twice: after the counter only a particle or a break may follow.
  const nx = t.charCodeAt(q.end);
  if (isHangul(nx) && !PARTICLE_START.includes(t[q.end]!)) return false;
  if (q.num.ordinal) return k === 'rank';
  return q.value >= 2 || k === 'duration' || k === 'rank';
}

/** Sino-Korean / Han numerals without digits. */
function acceptSino(ctx: ScanCtx, q: Quantity, k: UnitKind | undefined, strong: boolean): boolean {
  const t = ctx.text;
  const single = q.num.numerals === 1;
  if (strong || k === 'count') {
    if (!single && (k === 'count' || k === 'quantity' || k === 'duration')) {
      // 구조대 and 일조량 are words (rescue team, sunlight), not 9조 units: counts need 이십명, 삼백개, 오천명.
      const numeral = t.slice(q.num.start, q.num.end);
      if (!/[십백천拾佰仟十百千]/.test(numeral) && q.num.numerals < 3) return false;
    }
    if (!single) return !(k === 'count' && q.value === 1);
    return acceptSingleSino(t, q, k);
  }
  // Bare Hangul numerals: three or more syllables standing alone (오백팔십일만구천십사).
  if (!k && ctx.lang === 'ko' && q.num.numerals >= 3) {
    const a = t.charCodeAt(q.num.end);
    return !isHangul(a);
  }
  return false;
}

/** One Sino numeral syllable with a unit: 십 퍼센트, 오달러, 五角 (not 五角大楼). */
function acceptSingleSino(t: string, q: Quantity, k: UnitKind | undefined): boolean {
  if (
    k === 'percent' &&
    /^(퍼센트|퍼센티지)/.test(t.slice(q.unit!.end - 4, q.unit!.end).replace(/^.*?(퍼센)/, '$1'))
  ) {
    return true; // 십 퍼센트, 오 퍼센트: the word leaves no doubt
  }
  if (k === 'money') {
    const ch = t[q.num.start]!;
    if ((q.unit!.mul ?? 1) < 1 && isHan(t.charCodeAt(q.num.start))) return false; // 五角大楼
    if ('십백천만十百千万萬'.includes(ch)) return true;
    if (SAFE_SINGLE_CURRENCY.has(q.unit!.unit ?? '') && !'불'.includes(t[q.unit!.end - 1]!)) return true;
    return isHan(t.charCodeAt(q.num.start));
  }
  if (isHan(t.charCodeAt(q.num.start))) return q.value >= 2 || k === 'percent' || k === 'multiplier';
  return false;
}
