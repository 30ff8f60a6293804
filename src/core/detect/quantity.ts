// Reads one quantity at a candidate: currency sign or code, the number in any script, scale words, the unit and coins.

import { isAlnum, isDigit, isHan, isHangul, isLatin, isSpace } from './chars.js';
import { isEastNumeral, readEast } from './numerals-east.js';
import { EN_SCALE_AFTER, readEnglishWords } from './numerals-en.js';
import { readNative } from './numerals-native.js';
import { readUnit } from './read-unit.js';
import { readScale, readSubUnit, spokenDecimal } from './scale.js';
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
  const lead = readLead(ctx, p);
  if (!lead) return null;
  const fig = readFigure(ctx, lead);
  if (!fig || 'unit' in fig) return fig;
  const num = fig.num;
  if (fig.negative) num.value = -num.value;
  let approx = fig.approx || num.approx === true;
  if (ctx.lang === 'en') englishAfter(t, num);
  const start = signAndPoint(t, num, lead, fig.negative);
  const sc = scaleAfter(ctx, num, lead.prefixCurrency !== null);
  let e = sc.end;
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
  const after = unitAfter(ctx, num, e, lead, start);
  const coins = withCoins(ctx, num, after.unit, after.prefixCurrency, sc.scaled);
  const out: Quantity = {
    start: after.start,
    end: coins.unit ? coins.unit.end : e,
    numStart: lead.numStart,
    numEnd: e,
    value: num.value,
    num,
    unit: coins.unit,
    prefixCurrency: after.prefixCurrency,
    approx,
    scaled: coins.scaled,
  };
  if (sc.scale !== undefined) out.scale = sc.scale;
  return out;
}

/** Where the figure starts, after a currency sign or code written before it. */
interface Lead {
  start: number;
  numStart: number;
  prefixCurrency: string | null;
  /** A code or name (USD 5, 人民币 5): a currency word after the figure wins over it. */
  codePrefix: boolean;
}

/** A currency sign or code before the figure at p; null when a sign has no figure after it. */
function readLead(ctx: ScanCtx, p: number): Lead | null {
  const t = ctx.text;
  const sym = symbolAt(ctx, p);
  if (sym) {
    let numStart = p + 1;
    if (isSpace(t.charCodeAt(numStart))) numStart++;
    const nc = t.charCodeAt(numStart);
    if (!isDigit(nc) && !(ctx.lang === 'en' && isLatin(nc))) return null;
    return { start: sym.at, numStart, prefixCurrency: sym.code, codePrefix: false };
  }
  if (isDigit(t.charCodeAt(p))) {
    const code = currencyBefore(ctx, p);
    if (code) return { start: code.at, numStart: p, prefixCurrency: code.code, codePrefix: true };
  }
  return { start: p, numStart: p, prefixCurrency: null, codePrefix: false };
}

/** A figure as its script's reader gives it, with a sign written as a word (마이너스, 负) and 수/몇 vagueness. */
interface Figure {
  num: NumRead;
  negative: boolean;
  approx: boolean;
}

/** The figure in any script; a whole quantity for the Han forms that carry their unit (百分之五, 第三名). */
function readFigure(ctx: ScanCtx, lead: Lead): Figure | Quantity | null {
  const t = ctx.text;
  const numStart = lead.numStart;
  const n0 = t.charCodeAt(numStart);
  if (!isDigit(n0) && isHangul(n0)) return readHangulFigure(ctx, numStart, lead.prefixCurrency);
  if (ctx.lang !== 'en') {
    if (t.startsWith('百分之', numStart) || t.startsWith('千分之', numStart))
      return hanPercent(ctx, lead.start, numStart);
    if (t[numStart] === '第') return hanOrdinal(ctx, lead.start, numStart);
    if (t[numStart] === '负' || t[numStart] === '負') {
      let k = numStart + 1;
      if (isSpace(t.charCodeAt(k))) k++;
      const num = readEast(ctx, k);
      if (!num) return null;
      num.start = numStart;
      return { num, negative: true, approx: false };
    }
  }
  const num = readNumber(ctx, numStart);
  return num ? { num, negative: false, approx: false } : null;
}

/** Hangul: 수십/몇백 (vague), 마이너스 5, 절반, native (스물) or Sino (이십) numerals. */
function readHangulFigure(ctx: ScanCtx, numStart: number, prefixCurrency: string | null): Figure | null {
  const t = ctx.text;
  let num: NumRead | null = null;
  let negative = false;
  let approx = false;
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
  if (!num) num = nativeOrSino(ctx, numStart);
  return num ? { num, negative, approx } : null;
}

/** 스물 or 이십: the longer reading wins; on a tie the Sino reading, unless the word starts like a native one. */
function nativeOrSino(ctx: ScanCtx, numStart: number): NumRead | null {
  const t = ctx.text;
  const nat = readNative(t, numStart);
  const sino = readEast(ctx, numStart);
  if (!(nat && (!sino || nat.end > sino.end || (nat.end === sino.end && !isSinoStart(t, numStart)))))
    return sino;
  const num: NumRead = {
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
  return num;
}

/** 百分之五 = 5%, 千分之五 = 0.5% */
function hanPercent(ctx: ScanCtx, start: number, numStart: number): Quantity | null {
  const per = ctx.text[numStart] === '百' ? 1 : 0.1;
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
}

/** 第三名, 第250: an ordinal; a counter after it belongs to the rank. */
function hanOrdinal(ctx: ScanCtx, start: number, numStart: number): Quantity | null {
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
}

/** English after the figure: "1 point 5" read aloud; "forty-five (45) days", the figure repeated in digits. */
function englishAfter(t: string, num: NumRead): void {
  if (t.charCodeAt(num.end) === 32 && (t[num.end + 1] === 'p' || t[num.end + 1] === 'P'))
    spokenDecimal(t, num);
  if (num.words && t.startsWith(' (', num.end)) {
    // "forty-five (45) days": the figure repeated in digits, as contracts and reports write it.
    const m = /^ \((\d{1,3}(?:,\d{3})+|\d{1,15})\)/.exec(t.slice(num.end, num.end + 24));
    if (m && Number(m[1]!.replace(/,/g, '')) === num.value) {
      num.end += m[0].length;
      num.digits = true;
      num.formatted = true;
    }
  }
}

/** Signs and a missing zero before the figure (".77", "minus 5", ▼3.2%, 영하 10도, "-3"): the claim's start. */
function signAndPoint(t: string, num: NumRead, lead: Lead, negative: boolean): number {
  const { numStart, prefixCurrency } = lead;
  let start = lead.start;
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
  return start;
}

/** English scale words after digits: "5.6 million", "$10K", "3bn", "3 hundred thousand". */
function scaleAfter(
  ctx: ScanCtx,
  num: NumRead,
  money: boolean,
): { end: number; scaled: boolean; scale?: number } {
  const t = ctx.text;
  let e = num.end;
  const scaled = !num.plain && num.digits;
  if (!(num.digits && (num.plain || num.formatted))) return { end: e, scaled };
  const sc = readScale(ctx, e, money);
  if (!sc) return { end: e, scaled };
  num.value *= sc.mul;
  e = sc.end;
  let scale = sc.mul;
  // "3 hundred thousand", "5 hundred million": a larger scale word may follow "hundred".
  const more = sc.mul === 100 ? /^ (thousand|million|billion|trillion)\b/i.exec(t.slice(e, e + 10)) : null;
  if (more) {
    const m2 = EN_SCALE_AFTER[more[1]!.toLowerCase()]!;
    num.value *= m2;
    scale *= m2;
    e += more[0].length;
  }
  return { end: e, scaled: true, scale };
}

/** The unit after the figure (a currency before it is the unit, repeated words and all): "$5", "5달러", "2 pounds of". */
function unitAfter(
  ctx: ScanCtx,
  num: NumRead,
  e: number,
  lead: Lead,
  start0: number,
): { unit: UnitMatch | null; prefixCurrency: string | null; start: number } {
  const t = ctx.text;
  let prefixCurrency = lead.prefixCurrency;
  let start = start0;
  let unit: UnitMatch | null = null;
  if (prefixCurrency && lead.codePrefix) {
    // "人民币 5美元" or "USD 5 dollars": a currency written after the number wins over a code before it.
    const after = readUnit(ctx, e);
    if (after && after.kind === 'money') {
      prefixCurrency = null;
      start = lead.numStart;
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
  return { unit, prefixCurrency, start };
}

/** Pounds of a thing, coins after the main unit ("64달러 45센트") and "75 USD million". */
function withCoins(
  ctx: ScanCtx,
  num: NumRead,
  unit0: UnitMatch | null,
  prefixCurrency: string | null,
  scaled0: boolean,
): { unit: UnitMatch | null; scaled: boolean } {
  const t = ctx.text;
  let unit = unit0;
  let scaled = scaled0;
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
  if (unit && unit.kind === 'money') {
    // "$20 43", "이달러이십삼센트", "64달러 45센트", "2222円13銭": a sub-unit after the main unit.
    const sub = readSubUnit(ctx, unit.end, unit.unit);
    if (sub) {
      num.value = prefixCurrency ? num.value + sub.value : num.value * (unit.mul ?? 1) + sub.value;
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
  return { unit, scaled };
}

const isSinoStart = (t: string, i: number): boolean => '일이삼사오육칠팔구십백천만'.includes(t[i]!);
