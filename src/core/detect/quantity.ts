// Reads one quantity at a candidate: currency sign or code, the number in any script, scale words, the unit and coins.

import { isAlnum, isDigit, isHan, isHangul, isLatin, isSpace } from './chars.js';
import { digitSyllable, isEastNumeral, readEast } from './numerals-east.js';
import { EN_SCALE_AFTER, EN_SCALE_TIGHT, readEnglishWords, wordEnd } from './numerals-en.js';
import { readNative } from './numerals-native.js';
import { readUnit } from './read-unit.js';
import type { NumRead, ScanCtx, UnitMatch } from './types.js';
import { CODE_PREFIX, CURRENCY_SYMBOLS, DOLLAR_PREFIX } from './units.js';

/** A number with its unit, before ranges, hedges and filters. */
export interface Quantity {
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
  value: number;
  num: NumRead;
  unit: UnitMatch | null;
  /** Currency written before the number ($, US$, USD, 人民币). */
  prefixCurrency: string | null;
  approx: boolean;
  scaled: boolean;
  /** The scale word read after the digits ("lakh" → 1e5, "million" → 1e6), for ranges like "7-9 lakh". */
  scale?: number;
}

/** Skips an identifier-like run (digits, letters, . , : / - _) so a rejected token is not rescanned. */
export function skipToken(t: string, i: number): number {
  let j = i;
  while (j < t.length) {
    const c = t.charCodeAt(j);
    if (isAlnum(c) || c === 46 || c === 44 || c === 58 || c === 47 || c === 45 || c === 95) j++;
    else break;
  }
  return j;
}

export const isWhole = (ctx: ScanCtx, s: number, e: number): boolean => s === ctx.first && e === ctx.last + 1;

/** Currency code or symbol letters written just before the number at p. */
export function currencyBefore(ctx: ScanCtx, p: number): { at: number; code: string } | null {
  const t = ctx.text;
  let j = p;
  if (j > 0 && isSpace(t.charCodeAt(j - 1))) j--;
  // Letters/han before j
  let s = j;
  while (
    s > 0 &&
    s > j - 4 &&
    (isLatin(t.charCodeAt(s - 1)) || t[s - 1] === '.' || isHan(t.charCodeAt(s - 1)))
  )
    s--;
  if (s === j) return null;
  if (s > 0 && isLatin(t.charCodeAt(s - 1))) {
    // Currency names written before the amount: "ringgit 42", "malaysian ringgits 42".
    const m = /(?:^|[^A-Za-z])((?:malaysian? )?ringgits?|rupees?|renminbi)\s?$/i.exec(
      t.slice(Math.max(0, p - 20), p),
    );
    const code = m
      ? WORD_PREFIX[
          m[1]!
            .toLowerCase()
            .replace(/^malaysian? /, '')
            .replace(/s$/, '')
        ]
      : undefined;
    return m && code
      ? { at: p - m[0].length + (m[0].length - m[1]!.length - (/\s$/.test(m[0]) ? 1 : 0)), code }
      : null;
  }
  for (let k = s; k < j; k++) {
    const code = CODE_PREFIX[t.slice(k, j)];
    if (code && (k === s || !isLatin(t.charCodeAt(k - 1)))) return { at: k, code };
  }
  return null;
}

const WORD_PREFIX: Record<string, string> = {
  ringgit: 'MYR',
  rupee: 'INR',
  renminbi: 'CNY',
};

/** "$", "US$", "€", "¥" (yen, or yuan in Chinese). */
function symbolAt(ctx: ScanCtx, p: number): { at: number; code: string } | null {
  const t = ctx.text;
  const ch = t[p]!;
  let code = CURRENCY_SYMBOLS[ch];
  if (!code) return null;
  if (ch === '¥' && ctx.lang === 'zh') code = 'CNY';
  if (ch === '￥' && ctx.lang === 'ja') code = 'JPY';
  let at = p;
  if (ch === '$' && p >= 2 && t[p - 1] === ' ') {
    // "c $ 16.4 million", "hk $ 10.05 billion" (tokenized text)
    const m = /(?:^|[^A-Za-z])(c|hk|us|nz)\s$/i.exec(t.slice(Math.max(0, p - 4), p));
    if (m) {
      const pre = DOLLAR_PREFIX[m[1]!.toUpperCase()];
      if (pre) return { at: p - m[1]!.length - 1, code: pre };
    }
  }
  if (ch === '$') {
    // US$, A$, HK$, and the code-dollar forms MXN$, aud$, cad$ (letters glued to the sign).
    let s = p;
    while (s > 0 && s > p - 3 && isLatin(t.charCodeAt(s - 1)) && t.charCodeAt(s - 1) < 128) s--;
    while (s < p && s > 0 && isLatin(t.charCodeAt(s - 1))) s++;
    const letters = t.slice(s, p);
    const upperOk = letters.length >= 3 || letters === letters.toUpperCase();
    if (s < p && upperOk) {
      const pre = DOLLAR_PREFIX[letters.toUpperCase()];
      if (pre) {
        code = pre;
        at = s;
      }
    }
  }
  return { at, code };
}

/** Reads the number at p (digits, Hangul, Han or English words). */
export function readNumber(ctx: ScanCtx, p: number): NumRead | null {
  const t = ctx.text;
  const c = t.charCodeAt(p);
  if (isDigit(c) || isEastNumeral(c)) return readEast(ctx, p);
  if (ctx.lang === 'en' && isLatin(c)) return readEnglishWords(ctx, p);
  return null;
}

/** Korean 수십/수백만/수억 and 몇십: a vague magnitude [m, 10m). */
function readVague(ctx: ScanCtx, p: number): NumRead | null {
  const t = ctx.text;
  let j = p + 1;
  let mult = 1;
  const sm = t[j] === '십' ? 10 : t[j] === '백' ? 100 : t[j] === '천' ? 1000 : 0;
  if (sm) {
    mult *= sm;
    j++;
  }
  const bg = t[j] === '만' ? 1e4 : t[j] === '억' ? 1e8 : t[j] === '조' ? 1e12 : 0;
  if (bg) {
    mult *= bg;
    j++;
  }
  if (j === p + 1) return null;
  return {
    start: p,
    end: j,
    value: mult,
    digits: false,
    numerals: j - p,
    plain: false,
    formatted: false,
    leadingZero: false,
    vague: [mult, mult * 10],
  };
}

// Not EUR: 이유로 is "for the reason", not 2 euros.
/** Reads a quantity at candidate p; null when p starts no claim. */
export function readQuantity(ctx: ScanCtx, p: number): Quantity | null {
  const t = ctx.text;
  const c = t.charCodeAt(p);
  let start = p;
  let numStart = p;
  let prefixCurrency: string | null = null;
  let negative = false;
  let approx = false;
  let codePrefix = false;

  const sym = symbolAt(ctx, p);
  if (sym) {
    prefixCurrency = sym.code;
    start = sym.at;
    numStart = p + 1;
    if (isSpace(t.charCodeAt(numStart))) numStart++;
    const nc = t.charCodeAt(numStart);
    if (!isDigit(nc) && !(ctx.lang === 'en' && isLatin(nc))) return null;
  } else if (isDigit(c)) {
    const code = currencyBefore(ctx, p);
    if (code) {
      prefixCurrency = code.code;
      start = code.at;
      codePrefix = true;
    }
  }

  let num: NumRead | null = null;
  const n0 = t.charCodeAt(numStart);
  if (!isDigit(n0) && isHangul(n0)) {
    if ((t[numStart] === '수' || t[numStart] === '몇') && !prefixCurrency) {
      num = readVague(ctx, numStart);
      if (num) {
        approx = true;
        if (t[num.end] === '여') num.end++;
      }
    } else if (t.startsWith('마이너스', numStart) || t.startsWith('마이나스', numStart)) {
      let k = numStart + 4;
      if (isSpace(t.charCodeAt(k))) k++;
      num = readEast(ctx, k);
      if (num) {
        negative = true;
        num.start = numStart;
      }
    } else if (t.startsWith('절반', numStart)) {
      num = {
        start: numStart,
        end: numStart + 2,
        value: 0.5,
        digits: false,
        numerals: 2,
        plain: false,
        formatted: false,
        leadingZero: false,
        fraction: true,
      };
    }
    if (!num) {
      const nat = readNative(t, numStart);
      const sino = readEast(ctx, numStart);
      if (nat && (!sino || nat.end > sino.end || (nat.end === sino.end && !isSinoStart(t, numStart)))) {
        num = {
          start: numStart,
          end: nat.end,
          value: nat.value,
          digits: false,
          numerals: nat.end - numStart,
          plain: false,
          formatted: false,
          leadingZero: false,
          words: true,
        };
        if (nat.first) num.ordinal = true;
      } else num = sino;
    }
  } else if (ctx.lang !== 'en' && (t.startsWith('百分之', numStart) || t.startsWith('千分之', numStart))) {
    // 百分之五 = 5%, 千分之五 = 0.5%
    const per = t[numStart] === '百' ? 1 : 0.1;
    const n = readEast(ctx, numStart + 3);
    if (!n) return null;
    n.start = numStart;
    return {
      start,
      end: n.end,
      numStart,
      numEnd: n.end,
      value: n.value,
      num: n,
      unit: { kind: 'percent', unit: '%', mul: per, end: n.end },
      prefixCurrency: null,
      approx: false,
      scaled: false,
    };
  } else if (ctx.lang !== 'en' && t[numStart] === '第') {
    // 第三名, 第250: an ordinal; a counter after it belongs to the rank.
    const n = readEast(ctx, numStart + 1);
    if (!n) return null;
    n.start = numStart;
    n.ordinal = true;
    const u = readUnit(ctx, n.end);
    const end = u && (u.kind === 'count' || u.kind === 'rank') ? u.end : n.end;
    return {
      start,
      end,
      numStart,
      numEnd: n.end,
      value: n.value,
      num: n,
      unit: { kind: 'rank', unit: null, end },
      prefixCurrency: null,
      approx: false,
      scaled: false,
    };
  } else if (ctx.lang !== 'en' && (t[numStart] === '负' || t[numStart] === '負')) {
    let k = numStart + 1;
    if (isSpace(t.charCodeAt(k))) k++;
    num = readEast(ctx, k);
    if (num) {
      negative = true;
      num.start = numStart;
    }
  } else {
    num = readNumber(ctx, numStart);
  }
  if (!num) return null;
  if (negative) num.value = -num.value;
  if (num.approx) approx = true;
  if (ctx.lang === 'en' && t.charCodeAt(num.end) === 32 && (t[num.end + 1] === 'p' || t[num.end + 1] === 'P'))
    spokenDecimal(t, num);
  if (ctx.lang === 'en' && num.words && t.startsWith(' (', num.end)) {
    // "forty-five (45) days": the figure repeated in digits, as contracts and reports write it.
    const m = /^ \((\d{1,3}(?:,\d{3})+|\d{1,15})\)/.exec(t.slice(num.end, num.end + 24));
    if (m && Number(m[1]!.replace(/,/g, '')) === num.value) {
      num.end += m[0].length;
      num.digits = true;
      num.formatted = true;
    }
  }

  // ".77": a decimal without its zero.
  if (!prefixCurrency && num.digits && num.plain && start === numStart && start > 0 && t[start - 1] === '.') {
    if (start === 1 || !isAlnum(t.charCodeAt(start - 2))) {
      num.value = Number(`0.${t.slice(numStart, num.end).replace(/,/g, '')}`);
      num.formatted = true;
      start--;
    }
  }
  // Minus written as a word: "minus 5", "negative five", "マイナス10000".
  if (!negative && start === numStart) {
    const mw = /(?:^|[^A-Za-z])(minus|negative|マイナス)\s?$/i.exec(t.slice(Math.max(0, start - 10), start));
    if (mw) {
      num.value = -num.value;
      start = start - mw[0].length + (mw[0].length - mw[1]!.length - (/\s$/.test(mw[0]) ? 1 : 0));
    }
  }
  // Korean market and weather notation: ▼3.2% (down), 영하 10도 (below zero).
  if (!prefixCurrency && num.digits && start === numStart && start > 0) {
    if (t[start - 1] === '▼' || t[start - 1] === '↓') num.value = -num.value;
    else if (t.startsWith('영하', start - 3) && isSpace(t.charCodeAt(start - 1))) num.value = -num.value;
    else if (t.startsWith('영하', start - 2)) num.value = -num.value;
  }
  // Minus sign written before digits: "-3", "−2.5%" (not a hyphen inside a word or a range).
  if (!prefixCurrency && num.digits && start === numStart && start > 0) {
    const pc = t[start - 1];
    if ((pc === '-' || pc === '−' || pc === '－') && (start === 1 || !isAlnum(t.charCodeAt(start - 2)))) {
      if (!(start >= 3 && isSpace(t.charCodeAt(start - 2)) && isAlnum(t.charCodeAt(start - 3)))) {
        num.value = -num.value;
        start--;
      }
    }
  }

  let e = num.end;
  let scaled = !num.plain && num.digits;
  let scale: number | undefined;
  // English scale words after digits: "5.6 million", "$10K", "3bn".
  if (num.digits && (num.plain || num.formatted)) {
    const sc = readScale(ctx, e, prefixCurrency !== null);
    if (sc) {
      num.value *= sc.mul;
      e = sc.end;
      scaled = true;
      scale = sc.mul;
      // "3 hundred thousand", "5 hundred million": a larger scale word may follow "hundred".
      const more =
        sc.mul === 100 ? /^ (thousand|million|billion|trillion)\b/i.exec(t.slice(e, e + 10)) : null;
      if (more) {
        const m2 = EN_SCALE_AFTER[more[1]!.toLowerCase()]!;
        num.value *= m2;
        scale *= m2;
        e += more[0].length;
      }
    }
  }
  // 10여 명, 100多人: "more than / about".
  if (
    (t[e] === '여' || t[e] === '多' || t[e] === '余' || t[e] === '餘') &&
    (num.digits || num.numerals > 0)
  ) {
    const u = readUnit(ctx, e + 1);
    if (u) {
      approx = true;
      e++;
    }
  }
  let unit: UnitMatch | null = null;
  if (prefixCurrency && codePrefix) {
    // "人民币 5美元" or "USD 5 dollars": a currency written after the number wins over a code before it.
    const after = readUnit(ctx, e);
    if (after && after.kind === 'money') {
      prefixCurrency = null;
      start = numStart;
    }
  }
  if (prefixCurrency) {
    // "$5", "US$ 3.14": the currency is known; a trailing "dollars" would be a repeat, take it if present.
    unit = { kind: 'money', unit: prefixCurrency, end: e };
    const again = readUnit(ctx, e);
    // A currency word repeated after the figure ("$5 dollars"), never the next amount's sign ("$20 $37").
    const word = again ? t.slice(e, again.end).trim() : '';
    if (again && again.kind === 'money' && /^[A-Za-z가-힣]/.test(word))
      unit = { ...again, unit: prefixCurrency, mul: again.mul };
  } else if (!num.fraction) unit = readUnit(ctx, e);
  if (
    unit?.unit === 'GBP' &&
    !prefixCurrency &&
    !scaled &&
    ctx.lang === 'en' &&
    /^pounds? of [a-z]/i.test(t.slice(unit.end - (t[unit.end - 1] === 's' ? 6 : 5), unit.end + 5))
  ) {
    // "two pounds of meat", "500 pounds of explosives": a weight (money would be "£500 of" or "500 million pounds of").
    unit = { kind: 'quantity', unit: 'lb', end: unit.end };
  }
  if (unit && unit.kind === 'money' && !prefixCurrency) {
    // "$20 43", "이달러이십삼센트", "64달러 45센트", "2222円13銭": a sub-unit after the main unit.
    const sub = readSubUnit(ctx, unit.end, unit.unit);
    if (sub) {
      num.value = num.value * (unit.mul ?? 1) + sub.value;
      unit = { ...unit, mul: 1, end: sub.end };
    }
  } else if (unit && unit.kind === 'money' && prefixCurrency) {
    const sub = readSubUnit(ctx, unit.end, unit.unit);
    if (sub) {
      num.value = num.value + sub.value;
      unit = { ...unit, mul: 1, end: sub.end };
    }
  }
  if (unit && unit.kind === 'money' && !scaled && ctx.lang === 'en') {
    // "75 USD million"
    const m = /^ (million|billion|trillion|thousand)\b/i.exec(t.slice(unit.end, unit.end + 10));
    if (m) {
      num.value *= EN_SCALE_AFTER[m[1]!.toLowerCase()]!;
      unit = { ...unit, end: unit.end + m[0].length };
      scaled = true;
    }
  }
  const end = unit ? unit.end : e;
  const out: Quantity = {
    start,
    end,
    numStart,
    numEnd: e,
    value: num.value,
    num,
    unit,
    prefixCurrency,
    approx,
    scaled,
  };
  if (scale !== undefined) out.scale = scale;
  return out;
}

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
function spokenDecimal(t: string, num: NumRead): void {
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

const isSinoStart = (t: string, i: number): boolean => '일이삼사오육칠팔구십백천만'.includes(t[i]!);

/** "million", "bn", "K", "M": multiplies the figure. Single letters only when money is in view or the text is just the number. */
function readScale(ctx: ScanCtx, e: number, money: boolean): { end: number; mul: number } | null {
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
  if (t[tight] !== ')' || !ctx.modelEnds) return false;
  let s = e;
  while (s > 0 && /[\d.,]/.test(t[s - 1]!)) s--;
  if (t[s - 1] !== '(') return false;
  return ctx.modelEnds.has(s - 1) || (t[s - 2] === ' ' && ctx.modelEnds.has(s - 2));
}

function isMoneyWordAt(ctx: ScanCtx, i: number): boolean {
  const u = readUnit(ctx, i);
  return u !== null && u.kind === 'money';
}

/** A smaller coin after the main unit: 45센트, 43 cents, 13銭, "and 43c". */
function readSubUnit(
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
