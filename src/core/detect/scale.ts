// Scale words and coins after a figure: "5.6 million", "$10K", "3bn", "1 point 1", "64달러 45센트", "五块六".
import { isWhole } from './candidates.js';
import { isDigit, isLatin, isSpace } from './chars.js';
import { digitSyllable, isEastNumeral, readEast } from './numerals-east.js';
import { EN_SCALE_AFTER, EN_SCALE_TIGHT, readEnglishWords, wordEnd } from './numerals-en.js';
import { readUnit } from './read-unit.js';
import type { NumRead, ScanCtx } from './types.js';

const DIGIT_WORD: Record<string, number> = {
  zero: 0,
  oh: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const SPOKEN_DECIMAL =
  /^ point (\d+(?![\d.,])|(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?: (?:zero|oh|one|two|three|four|five|six|seven|eight|nine))*)(?![A-Za-z])(?: (thousand|million|billion|trillion)\b)?/i;

/** "1 point 1", "two point two million", "one point three five": a decimal read aloud (transcripts, quotes). */
export function spokenDecimal(t: string, num: NumRead): void {
  if (num.ordinal || num.fraction || num.fold || num.vague || !Number.isInteger(num.value)) return;
  if (num.digits && !num.plain) return;
  const m = SPOKEN_DECIMAL.exec(t.slice(num.end, num.end + 64));
  if (!m) return;
  const frac = /^\d/.test(m[1]!)
    ? m[1]!
    : m[1]!
        .toLowerCase()
        .split(' ')
        .map((w) => DIGIT_WORD[w])
        .join('');
  const sign = num.value < 0 ? -1 : 1;
  num.value = sign * (Math.abs(num.value) + Number(`0.${frac}`));
  if (m[2]) num.value *= EN_SCALE_AFTER[m[2].toLowerCase()]!;
  num.end += m[0].length;
  // Not "plain": a spoken decimal is never a year or a list number.
  num.plain = false;
  num.formatted = true;
}

/** "million", "bn", "K", "M": multiplies the figure. Single letters only when money is in view or the text is just the number. */
export function readScale(ctx: ScanCtx, e: number, money: boolean): { end: number; mul: number } | null {
  const t = ctx.text;
  const tight = wordEnd(t, e);
  if (tight > e) {
    const w = t.slice(e, tight);
    const v = EN_SCALE_TIGHT[w] ?? EN_SCALE_AFTER[w.toLowerCase()];
    if (v !== undefined && !isDigit(t.charCodeAt(tight))) {
      const letter = w.length === 1;
      const moneyAfter = letter && (t[tight] === '$' || t[tight] === '€' || isMoneyWordAt(ctx, tight));
      // "$5m" is five million dollars, "9m" nine metres; "3M" alone is three million (or a company).
      const whole = isWhole(ctx, ctx.first, tight) && w === w.toUpperCase();
      if (!letter || w === 'k' || w === 'K' || money || moneyAfter || whole || modelSize(ctx, e, tight, w)) {
        return { end: tight, mul: v };
      }
    }
    return null;
  }
  if (isSpace(t.charCodeAt(e))) {
    const we = wordEnd(t, e + 1);
    const w = t.slice(e + 1, we).toLowerCase();
    const v = EN_SCALE_AFTER[w];
    if (v !== undefined && w.length > 2) return { end: we, mul: v };
  }
  return null;
}

/**
 * "딥시크 V3(685B)", "405B parameters": a size in billions of parameters, written right after a model name in
 * parentheses or before the word parameters. (Inside a name, "라마 3.1 405B", it is the name's and never read.)
 */
function modelSize(ctx: ScanCtx, e: number, tight: number, w: string): boolean {
  if (w !== 'B') return false;
  const t = ctx.text;
  if (/^\s?(?:parameters|params|매개변수|파라미터)/.test(t.slice(tight, tight + 12))) return true;
  if (t[tight] !== ')') return false;
  let s = e;
  while (s > 0 && /[\d.,]/.test(t[s - 1]!)) s--;
  if (t[s - 1] !== '(') return false;
  const ends = ctx.modelEnds();
  return ends !== undefined && (ends.has(s - 1) || (t[s - 2] === ' ' && ends.has(s - 2)));
}

function isMoneyWordAt(ctx: ScanCtx, i: number): boolean {
  const u = readUnit(ctx, i);
  return u !== null && u.kind === 'money';
}

/** A smaller coin after the main unit: 45센트, 43 cents, 13銭, "and 43c". */
export function readSubUnit(
  ctx: ScanCtx,
  i: number,
  currency: string | null,
): { end: number; value: number } | null {
  const t = ctx.text;
  let j = i;
  if (currency === 'CNY' && (ctx.lang === 'zh' || ctx.lang === 'ja')) {
    // 五块六 = 5.6, 三块四分 = 3.04, 三块零四 = 3.04, 两毛五 = 0.25 (the coin word may be left out).
    const prev = t[i - 1]!;
    const d0 = t[j] === '零' || t[j] === '〇' ? j + 1 : j;
    const dv =
      digitSyllable(t.charCodeAt(d0)) ?? (isDigit(t.charCodeAt(d0)) ? t.charCodeAt(d0) - 48 : undefined);
    if (dv !== undefined && !isEastNumeral(t.charCodeAt(d0 + 1)) && !isDigit(t.charCodeAt(d0 + 1))) {
      const coin = t[d0 + 1];
      if (coin === '分') return { end: d0 + 2, value: dv / 100 };
      if (coin === '角' || coin === '毛' || coin === '毫') {
        const more = readSubUnit(ctx, d0 + 2, currency);
        return { end: more ? more.end : d0 + 2, value: dv / 10 + (more ? more.value : 0) };
      }
      if (d0 > j) return { end: d0 + 1, value: dv / 100 };
      const big = '块塊元蚊'.includes(prev);
      if (!readUnit(ctx, d0 + 1)) return { end: d0 + 1, value: big ? dv / 10 : dv / 100 };
    }
  }
  if (isSpace(t.charCodeAt(j))) j++;
  let joined = false;
  if (t.startsWith('and ', j)) {
    j += 4;
    joined = true;
  } else if (t.startsWith('와 ', j)) j += 2;
  else if (t[j] === 'と' || t[j] === '又') j += 1;
  const c = t.charCodeAt(j);
  if (!isDigit(c) && !isEastNumeral(c) && !(ctx.lang === 'en' && isLatin(c))) return null;
  const n = isDigit(c) || isEastNumeral(c) ? readEast(ctx, j) : readEnglishWords(ctx, j);
  if (!n || n.value >= 100 || n.value < 0 || n.formatted) return null;
  const u = readUnit(ctx, n.end);
  if (u && u.kind === 'money' && u.mul && u.mul < 1) return { end: u.end, value: n.value * u.mul };
  // "c" / "¢" for cents in English.
  if (ctx.lang === 'en' && (t[n.end] === 'c' || t[n.end] === '¢') && !isLatin(t.charCodeAt(n.end + 1))) {
    return { end: n.end + 1, value: n.value / 100 };
  }
  // "$20 43", "thirteen dollars forty five": cents without the word, only at the end of a phrase.
  if (ctx.lang === 'en' && (j === i + 1 || joined) && n.value >= 1 && (n.words || n.end - j === 2)) {
    const after = t[n.end];
    if (after === undefined || /[.,;!?)\n]/.test(after)) return { end: n.end, value: n.value / 100 };
  }
  return null;
}
