// The single left-to-right pass: jump between candidate positions, read a quantity there, extend it and keep or drop it.
import type { ClaimKind } from '../types.js';
import { applyRange, applyRate, shareUnit } from './extend.js';
import { prefixMod, suffixMod } from './modifiers.js';
import {
  digitSyllable,
  isDigit,
  isEastNumeral,
  isHan,
  isHangul,
  isLatin,
  isSpace,
  readEast,
} from './numerals-east.js';
import { EN_SCALE_AFTER, EN_SCALE_TIGHT, readEnglishWords, wordEnd } from './numerals-en.js';
import { readNative } from './numerals-native.js';
import type { NumRead, RawClaim, ScanCtx, UnitKind, UnitMatch } from './types.js';
import {
  CODE_PREFIX,
  CURRENCY_SYMBOLS,
  DOLLAR_PREFIX,
  EAST_UNITS,
  EN_UNITS,
  type UnitEntry,
} from './units.js';

/** Where a claim can begin. Hangul numerals only at the start of a word (never inside 일부, 구글, 사용). */
const CAND_KO =
  '[0-9０-９$€£¥₩₹￥￦]|(?<![가-힣])[일이삼사오육칠팔구십백천만영공수몇한두세네다여열스서마쉰예아하둘셋넷첫절석너넉]';
const EN_WORDS =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozens?|half|twice|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|twentieth|nought|naught|nil|hundreds|thousands|millions|billions|tens(?= of)|several(?= (?:hundred|thousand|million|billion))|a(?= few (?:hundred|thousand|million|billion))|(?:thir|four|fif|six|seven|eigh|nine)teenth|eleventh|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|hundredth|thousandth|an?(?= (?:hundred|thousand|million|billion|trillion|dozen|third|quarter|half|fifth|tenth|dollar|euro|penny|kilogram|kg|liter|litre|millilitre|milliliter|ml|gallon|mile|meter|metre|kilometer|kilometre)\\b)';
const CAND_EN = `[0-9０-９$€£¥₩₹]|\\b(?:${EN_WORDS}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[a-z]+|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)fold)\\b`;
const CAND_CJK =
  '[0-9０-９$€£¥₩￥]|[零〇一二两兩三四五六七八九十百千万萬亿億兆壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卅卌第负負]';

/**
 * Korean candidates for running text: a Hangul numeral counts only when the next character can continue a
 * figure or start a unit (이십, 오백원, 삼분의, 십 퍼센트), or a native numeral is followed by a counter (두 명),
 * so the regex engine skips ordinary words (이번, 일부, 사용, 하는, 세계) without calling the parser.
 * Short texts (a whole expression like "일" or "하나") use the broad set above.
 */
const NATIVE_TENS = '스물|스무|서른|마흔|쉰|예순|일흔|여든|아흔|열';
const NATIVE_ONES = '하나|다섯|여섯|일곱|여덟|아홉|한|두|세|네|둘|셋|넷|석|넉|첫';
const NATIVE_COUNTERS =
  '명|개|곳|번|째|마리|살|가지|권|대|척|채|벌|잔|병|차례|배|시간|달|해|주|사람|군데|켤레|그루|송이|장';
const CAND_KO_TIGHT =
  '[0-9０-９$€£¥₩₹￥￦]|(?<![가-힣])(?:' +
  '[일이삼사오육칠팔구십백천만영공](?:[일이삼사오육칠팔구십백천만억조영공점쩜분여달불원엔위유파센프퍼펜페루바링리헤콜라킵할배%％]| [퍼달])' +
  '|[십백천만] [0-9]|[수몇][십백천만억조]|마이[너나]스|절반' +
  `|(?:${NATIVE_TENS})(?:${NATIVE_ONES})? ?(?:${NATIVE_COUNTERS})` +
  `|(?:${NATIVE_TENS})?(?:${NATIVE_ONES}) ?(?:${NATIVE_COUNTERS})` +
  ')';
const SHORT = 64;

function candidateRegex(lang: ScanCtx['lang'], short: boolean): RegExp {
  // A fresh regex per call: lastIndex is state, and detectClaims must not share state between calls.
  if (lang === 'en') return new RegExp(CAND_EN, 'gi');
  if (lang === 'ko') return new RegExp(short ? CAND_KO : CAND_KO_TIGHT, 'g');
  return new RegExp(CAND_CJK, 'g');
}

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
}

const matchWord = (t: string, i: number, w: string, ci: boolean): number => {
  let j = i;
  for (let k = 0; k < w.length; k++) {
    const b = w.charCodeAt(k);
    if (b === 32) {
      if (isSpace(t.charCodeAt(j))) j++;
      continue;
    }
    const a = t.charCodeAt(j);
    if (a === b || (ci && a >= 65 && a <= 90 && a + 32 === b)) {
      j++;
      continue;
    }
    return -1;
  }
  return j;
};

const isAlnum = (c: number): boolean => isLatin(c) || isDigit(c);

function matchIn(ctx: ScanCtx, table: Map<string, UnitEntry[]>, i: number, ci: boolean): UnitMatch | null {
  const t = ctx.text;
  const ch = t[i];
  if (ch === undefined) return null;
  const list = table.get(ci ? ch.toLowerCase() : ch);
  if (!list) return null;
  for (const e of list) {
    ctx.steps++;
    const end = matchWord(t, i, e.w, ci);
    if (end < 0) continue;
    // One-letter units keep their case: 5g is grams, 5G a network; 9m metres, 3M a company.
    if (e.w.length === 1 && /[gmpt]/.test(e.w) && t[i] !== e.w) continue;
    if (e.latin && isAlnum(t.charCodeAt(end)) && isLatin(t.charCodeAt(end - 1))) continue;
    return { kind: e.kind, unit: e.unit, mul: e.mul, per: e.per, end, ...(e.tight ? { tight: true } : {}) };
  }
  return null;
}

function matchUnitAt(ctx: ScanCtx, i: number): (UnitMatch & { tight?: boolean }) | null {
  if (ctx.lang === 'en') return matchIn(ctx, EN_UNITS, i, true) ?? matchIn(ctx, EAST_UNITS, i, false);
  return matchIn(ctx, EAST_UNITS, i, false) ?? matchIn(ctx, EN_UNITS, i, true);
}

/** The unit right after a number: attached, or after one space (not for tight forms like "x", "m"). */
export function readUnit(ctx: ScanCtx, e: number): UnitMatch | null {
  const u = readUnitRaw(ctx, e);
  if (!u || ctx.lang !== 'ko') return u;
  // A one-syllable Korean unit must end its word: 3명이 and 10억원대 yes, 두 배우 and 6회말 no.
  const t = ctx.text;
  const last = t.charCodeAt(u.end - 1);
  if (isHangul(last) && isHangul(t.charCodeAt(u.end)) && !AFTER_UNIT.includes(t[u.end]!)) {
    const len = u.end - (isHangul(t.charCodeAt(u.end - 2)) ? u.end - 2 : u.end - 1);
    if (len === 1 || !isHangul(t.charCodeAt(u.end - 2))) return null;
  }
  return u;
}

function readUnitRaw(ctx: ScanCtx, e: number): UnitMatch | null {
  const t = ctx.text;
  const u = matchUnitAt(ctx, e);
  if (u) return u;
  if (isSpace(t.charCodeAt(e)) && !isSpace(t.charCodeAt(e + 1))) {
    const v = matchUnitAt(ctx, e + 1);
    // Tight forms may stand apart when written as an upper-case code: "42 SAR", "42 RM".
    if (v && (!v.tight || (v.end - e > 2 && /^[A-Z]+$/.test(t.slice(e + 1, v.end))))) return v;
  }
  if (t.charCodeAt(e) === 45 && isLatin(t.charCodeAt(e + 1))) {
    // "a 10-year plan", "a 12-cent dividend", "3-inch"
    const v = matchIn(ctx, EN_UNITS, e + 1, true);
    if (v && !v.tight && v.kind !== 'date' && v.kind !== 'rank') return v;
  }
  return null;
}

const EN_STOP = new Set(
  'of and or to through thru in on at for by from with the a an is are was were be been has have had that this which who as than per but not no it its into over under up down out about after before between during since until via vs versus while when where whose if so yet also more less most least new old other such only just all each every both some any many much few last next first second percent rose fell rise rises fall falls grew grow grows dropped drop jumped jump increased decreased gained lost climbed slipped surged plunged soared tumbled declined slid added cut raised said says told reported won beat are were one two three four five six seven eight nine ten hundred thousand million billion half twice'.split(
    ' ',
  ),
);

/** English "16,000 chips": a following noun becomes the count's unit. */
function nounUnit(ctx: ScanCtx, e: number): UnitMatch | null {
  const t = ctx.text;
  if (!isSpace(t.charCodeAt(e))) return null;
  const s = e + 1;
  const we = wordEnd(t, s);
  if (we - s < 2 || we - s > 24) return null;
  const w = t.slice(s, we);
  if (/^[a-z]+$/.test(w) && !EN_STOP.has(w) && !/ly$/.test(w)) {
    if (t.charCodeAt(we) === 39 /* ' */) return null;
    return { kind: 'count', unit: w, end: we, noun: true };
  }
  if (/^[A-Z]{2,}s?$/.test(w)) return { kind: 'count', unit: w, end: we, noun: true };
  return null;
}

/** Skips an identifier-like run (digits, letters, . , : / - _) so a rejected token is not rescanned. */
function skipToken(t: string, i: number): number {
  let j = i;
  while (j < t.length) {
    const c = t.charCodeAt(j);
    if (isAlnum(c) || c === 46 || c === 44 || c === 58 || c === 47 || c === 45 || c === 95) j++;
    else break;
  }
  return j;
}

const isWhole = (ctx: ScanCtx, s: number, e: number): boolean => s === ctx.first && e === ctx.last + 1;

/** Currency code or symbol letters written just before the number at p. */
function currencyBefore(ctx: ScanCtx, p: number): { at: number; code: string } | null {
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
  if (s > 0 && isLatin(t.charCodeAt(s - 1))) return null;
  for (let k = s; k < j; k++) {
    const code = CODE_PREFIX[t.slice(k, j)];
    if (code && (k === s || !isLatin(t.charCodeAt(k - 1)))) return { at: k, code };
  }
  return null;
}

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
function readNumber(ctx: ScanCtx, p: number): NumRead | null {
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
const SAFE_SINGLE_CURRENCY = new Set(['USD', 'GBP', 'CNY', 'CHF']);

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
  // English scale words after digits: "5.6 million", "$10K", "3bn".
  if (num.digits && (num.plain || num.formatted)) {
    const sc = readScale(ctx, e, prefixCurrency !== null);
    if (sc) {
      num.value *= sc.mul;
      e = sc.end;
      scaled = true;
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
  return {
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
      if (!letter || w === 'k' || w === 'K' || money || moneyAfter || whole) {
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

/** Kind and unit of a finished quantity. */
function classify(q: Quantity): { kind: ClaimKind; unit: string | null; per?: string } | null {
  const u = q.unit;
  if (!u) {
    if (q.num.ordinal) return { kind: 'rank', unit: null };
    if (q.num.fraction) return { kind: 'fraction', unit: null };
    if (q.num.fold) return { kind: 'multiplier', unit: 'x' };
    return { kind: 'count', unit: null };
  }
  const k = u.kind as UnitKind;
  if (k === 'date' || k === 'year' || k === 'skip') return null;
  if (k === 'duration') return { kind: 'duration', unit: u.per ?? u.unit };
  return { kind: k, unit: u.unit };
}

/** Runs the pass over the whole text. */
export function scan(ctx: ScanCtx): RawClaim[] {
  const t = ctx.text;
  const re = candidateRegex(ctx.lang, ctx.last - ctx.first < SHORT);
  const out: RawClaim[] = [];
  let pos = 0;
  let lastEnd = 0;
  while (pos < t.length) {
    re.lastIndex = pos;
    const m = re.exec(t);
    if (!m) break;
    const p = m.index;
    ctx.steps++;
    const r = claimAt(ctx, p, lastEnd);
    if (r.claim) {
      out.push(r.claim);
      lastEnd = r.claim.end;
      pos = r.claim.end;
    } else pos = Math.max(r.next, p + 1);
  }
  return out;
}

interface Step {
  claim: RawClaim | null;
  next: number;
}

const reject = (next: number): Step => ({ claim: null, next });

const AGE_GROUP_UNITS = new Set(['대']);

/** Reads, extends and filters the claim starting at candidate p. */
const EN_VAGUE =
  /^(?:(several|a few) (hundred|thousand|million|billion)|(hundreds|thousands|millions|billions|tens|dozens)(?: of (thousands|millions|billions))?) of\b/i;
const EN_VAGUE_MULT: Record<string, number> = {
  hundred: 100,
  hundreds: 100,
  thousand: 1e3,
  thousands: 1e3,
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  billions: 1e9,
  tens: 10,
  dozens: 12,
};

/** "hundreds of millions of dollars", "tens of thousands of people", "several billion dollars": vague. */
function enVague(ctx: ScanCtx, p: number, floor: number): Step | null {
  const t = ctx.text;
  const m = EN_VAGUE.exec(t.slice(p, p + 48));
  let end: number;
  let mult: number;
  if (m) {
    const a = (m[2] ?? m[3])!.toLowerCase();
    mult = EN_VAGUE_MULT[a]! * (m[4] ? EN_VAGUE_MULT[m[4].toLowerCase()]! : 1);
    end = p + m[0].length - (m[1] ? 3 : 0); // "several million of" is not English: stop before "of"
  } else {
    const s = /^(several|a few) (hundred|thousand|million|billion)\b/i.exec(t.slice(p, p + 24));
    if (!s) return null;
    mult = EN_VAGUE_MULT[s[2]!.toLowerCase()]!;
    end = p + s[0].length;
  }
  let j = end;
  const u = readUnit(ctx, j) ?? nounUnit(ctx, j);
  if (!u || u.kind === 'date' || u.kind === 'skip') return null;
  j = u.end;
  const kind: ClaimKind =
    u.kind === 'money' || u.kind === 'quantity' || u.kind === 'duration' ? u.kind : 'count';
  const unit = kind === 'duration' ? (u.per ?? u.unit) : u.unit;
  const claim: RawClaim = {
    start: p,
    end: j,
    kind,
    value: mult,
    unit,
    range: [mult, mult * 10],
    approx: true,
    vague: true,
  };
  const pre = prefixMod(ctx, p, floor);
  if (pre?.bound) {
    claim.start = pre.at;
    claim.bound = pre.bound;
  }
  return { claim, next: j };
}

function claimAt(ctx: ScanCtx, p: number, floor: number): Step {
  const t = ctx.text;
  const c = t.charCodeAt(p);
  const digitStart = isDigit(c);
  if (
    ctx.lang === 'en' &&
    !digitStart &&
    /^(?:several|a few|hundreds|thousands|millions|billions|tens|dozens)\b/i.test(t.slice(p, p + 10))
  ) {
    const v = enVague(ctx, p, floor);
    if (v) return v;
  }
  // Identifiers: H800, V3, GPT-4o, MATH-500, COVID-19, Qwen2.5-72B, /article/2025…, 1,2,3
  if (digitStart && p > 0) {
    const pc = t.charCodeAt(p - 1);
    if (isLatin(pc)) {
      const code = currencyBefore(ctx, p);
      if (!code) return reject(skipToken(t, p));
    } else if (
      p > 1 &&
      '-_/.:#@=&+,%?'.includes(t[p - 1]!) &&
      (isAlnum(t.charCodeAt(p - 2)) || isHangul(t.charCodeAt(p - 2)))
    ) {
      return reject(skipToken(t, p));
    } else if (pc === 0xc81c /* 제 */ && !(p > 1 && isHangul(t.charCodeAt(p - 2)))) {
      return reject(skipToken(t, p));
    }
  }
  let q = readQuantity(ctx, p);
  if (!q) return reject(digitStart ? skipToken(t, p) : p + 1);
  const numEnd = q.numEnd;
  const nextCh = t.charCodeAt(numEnd);

  // Multi-part tokens: 17:24, 2025.01.24, 1.2.3, 02-360-4114, 3/4.
  if (q.num.digits && !q.unit && !q.scaled) {
    const after = t[numEnd];
    const digitAfter = isDigit(t.charCodeAt(numEnd + 1));
    if (digitAfter && (after === ':' || after === '.')) return reject(skipToken(t, numEnd + 1));
    if (digitAfter && after === '/') {
      const fr = fractionSlash(ctx, q);
      if (fr) return fr;
      return reject(skipToken(t, numEnd + 1));
    }
    if (isLatin(nextCh) && !q.unit) return reject(skipToken(t, numEnd));
  }
  if (q.num.digits && q.unit === null && isLatin(nextCh)) return reject(skipToken(t, numEnd));
  // 3·11, 11·13·19일, 9.11: dotted day lists and dates.
  if (q.num.digits && !q.unit && t[numEnd] === '·' && isDigit(t.charCodeAt(numEnd + 1)))
    return reject(numEnd + 1);
  if (digitStart && !q.unit && t[p - 1] === '·' && isDigit(t.charCodeAt(p - 2)))
    return reject(skipToken(t, p));

  // Fractions: 10분의 1, 삼분의 일, 三分之一, 3分の1.
  const fr = fractionOf(ctx, q);
  if (fr) return fr;
  // "one in five", "3 out of 10": a proportion.
  if (ctx.lang === 'en' && !q.unit && !q.prefixCurrency && !q.scaled) {
    const m = /^ (in|out of) (?=[0-9a-z])/i.exec(t.slice(q.numEnd, q.numEnd + 9));
    if (m) {
      const k = q.numEnd + m[0].length;
      const den = readNumber(ctx, k);
      if (
        den &&
        den.value > q.value &&
        q.value > 0 &&
        !den.ordinal &&
        !den.fraction &&
        den.value <= 1000 &&
        Number.isInteger(q.value)
      ) {
        const after = t.charCodeAt(den.end);
        if (!isAlnum(after) || isSpace(after)) {
          const claim: RawClaim = {
            start: q.start,
            end: den.end,
            kind: 'fraction',
            value: tidy(q.value / den.value),
            unit: null,
            approx: false,
          };
          const pre = prefixMod(ctx, q.start, floor);
          if (pre) {
            claim.start = pre.at;
            if (pre.approx) claim.approx = true;
            if (pre.bound) claim.bound = pre.bound;
          }
          return { claim, next: den.end };
        }
      }
    }
  }

  // Date and clock parts: 23일, 2025년, 3月5日, 3 p.m.
  if (q.unit && (q.unit.kind === 'date' || q.unit.kind === 'skip')) return reject(q.unit.end);
  // 주 is shares or weeks: 3주 전 / 3주 후 is a time expression; 지난 2주 is a duration.
  if (ctx.lang === 'ko' && q.unit?.unit === '주' && q.unit.kind === 'count') {
    if (/^ ?(?:전|후|뒤|이전|이후)/.test(t.slice(q.unit.end, q.unit.end + 4))) return reject(q.unit.end);
    if (/(?:지난|다음|최근|향후|앞으로|최소|약) $/.test(t.slice(Math.max(0, q.start - 4), q.start))) {
      q = { ...q, unit: { ...q.unit, kind: 'duration', unit: 'week', per: 'week' } };
    }
  }
  // "1인당", "시간당": the start of a rate, not a count.
  if (q.unit && t.charCodeAt(q.unit.end) === 0xb2f9 /* 당 */) return reject(q.unit.end + 1);
  // "3 times already" counts occasions; "3 times more / as / the" compares.
  if (q.unit?.kind === 'multiplier' && /times$/i.test(t.slice(q.numEnd, q.unit.end))) {
    const after = t.slice(q.unit.end, q.unit.end + 12);
    if (
      !/^ (?:more|less|fewer|as|the|higher|lower|larger|bigger|smaller|faster|slower|greater|cheaper|than|over|its|their|that|what|his|her)\b/i.test(
        after,
      )
    ) {
      q = { ...q, unit: { ...q.unit, kind: 'count', unit: 'times', mul: 1 } };
    }
  }
  // English nouns as count units.
  if (!q.unit && ctx.lang === 'en' && !q.num.ordinal && !q.num.fraction && !q.num.fold) {
    const nu = nounUnit(ctx, q.numEnd);
    if (nu) q = { ...q, unit: nu, end: nu.end };
  }

  if (!acceptNumerals(ctx, q)) return reject(digitStart ? skipToken(t, p) : q.num.words ? q.numEnd : p + 1);

  // Ranges: 3~5%, 25000 - 30000원, 10억~20억 원, between 10 and 20, 10 to 20 dollars.
  const ranged = applyRange(ctx, q, readQuantity, floor);
  if (ranged === 'reject') return reject(skipToken(t, q.numEnd + 1));
  const range = ranged ? ranged.range : undefined;
  if (ranged) q = ranged.q;
  else if (q.num.digits && !q.unit && t[numEnd] === '-' && isDigit(t.charCodeAt(numEnd + 1))) {
    // 2-1 scores, 1995-01, 1588-1234: hyphenated digits without a unit are not amounts.
    return reject(skipToken(t, numEnd + 1));
  }

  let cls = classify(q);
  if (!cls) return reject(q.end);
  // "No. 1", "number 3 seed": a rank.
  if (
    cls.kind === 'count' &&
    !q.unit &&
    /\b(?:No\.|no\.|Nos?\.|number) ?$/.test(t.slice(Math.max(0, q.start - 8), q.start))
  ) {
    cls = { kind: 'rank', unit: null };
  }
  if (
    cls.kind === 'rank' &&
    ctx.lang === 'en' &&
    MONTH_BEFORE.test(t.slice(Math.max(0, q.start - 11), q.start))
  ) {
    return reject(q.end); // January 23rd
  }
  // "1995 canon", "2024 election": a year before a singular noun.
  if (
    ctx.lang === 'en' &&
    q.unit?.kind === 'count' &&
    q.num.plain &&
    q.numEnd - q.numStart === 4 &&
    q.value >= 1900 &&
    q.value <= 2100 &&
    !/s$/.test(q.unit.unit ?? '')
  ) {
    return reject(q.numEnd);
  }
  const bare = !q.unit && !q.prefixCurrency && !q.scaled && !range;
  // English nouns as units ("11 users") do not make a name a count: "Windows 11 users", "S&P 500 rose".
  const nounOnly = q.unit?.noun === true;
  if ((bare || (nounOnly && !q.prefixCurrency && !range)) && furniture(ctx, q)) {
    return reject(digitStart ? skipToken(t, q.numEnd) : q.numEnd);
  }
  // 코로나19, 아이폰16: a bare number glued after a Hangul word is a name.
  if (bare && ctx.lang === 'ko' && digitStart && isHangul(t.charCodeAt(p - 1)) && !/[약총]/.test(t[p - 1]!)) {
    return reject(q.end);
  }
  // 강남3구, 형사9단독, 종로2가: a bare number glued between Hangul letters is part of a name.
  if (
    bare &&
    ctx.lang === 'ko' &&
    digitStart &&
    isHangul(t.charCodeAt(p - 1)) &&
    isHangul(t.charCodeAt(q.end))
  ) {
    return reject(q.end);
  }
  if (q.unit && AGE_GROUP_UNITS.has(q.unit.unit ?? '') && q.unit.end === q.numEnd + 1) {
    // 20대 남성: an age group, not a count.
    if (q.value >= 10 && q.value <= 90 && q.value % 10 === 0) return reject(q.end);
  }

  let value = q.value * (q.unit?.mul ?? 1);
  let rangeV = range
    ? ([range[0] * (q.unit?.mul ?? 1), range[1] * (q.unit?.mul ?? 1)] as [number, number])
    : undefined;
  if (q.num.vague) {
    rangeV = [q.num.vague[0] * (q.unit?.mul ?? 1), q.num.vague[1] * (q.unit?.mul ?? 1)];
    value = rangeV[0];
  }
  let start = q.start;
  let end = q.end;
  let approx = q.approx || q.num.vague !== undefined;
  let kind = cls.kind;
  let per: string | undefined;
  let bound: RawClaim['bound'];

  // Rates: 시간당 2달러, $2 per hour, 월 300만원.
  const rate = applyRate(ctx, kind, start, end, floor);
  if (rate) {
    // Hedges between the per-word and the amount ("시간당 약 2달러") still count.
    const between = t.slice(rate.start, start);
    if (/약|대략/.test(between)) approx = true;
    if (between.includes('최대')) bound = 'at-most';
    if (between.includes('최소')) bound = 'at-least';
    start = rate.start;
    end = rate.end;
    per = rate.per;
    kind = 'rate';
  }
  const pre = prefixMod(ctx, start, floor);
  if (pre) {
    start = pre.at;
    if (pre.approx) approx = true;
    if (pre.bound) bound = pre.bound;
  }
  const suf = suffixMod(ctx, end);
  if (suf) {
    end = suf.at;
    if (suf.approx) approx = true;
    if (suf.bound && !bound) bound = suf.bound;
  }
  if (!Number.isFinite(value)) return reject(end);
  value = tidy(value);
  if (rangeV) rangeV = [tidy(rangeV[0]), tidy(rangeV[1])];
  const claim: RawClaim = { start, end, kind, value, unit: shareUnit(cls.unit), approx };
  if (per) claim.per = per;
  if (rangeV) claim.range = rangeV;
  if (bound) claim.bound = bound;
  if (q.num.vague) claim.vague = true;
  if (start < floor) claim.start = Math.max(floor, q.start);
  return { claim, next: end };
}

/** Drops binary noise from scaling: 16.4 × 10⁶ = 16400000, not 16399999.999999998. */
const tidy = (v: number): number => {
  if (!Number.isFinite(v) || Number.isInteger(v)) return v;
  const r = Number(v.toPrecision(12));
  return Math.abs(r - v) <= Math.abs(v) * 1e-14 ? r : v;
};

/** "3/4 cup", "1/5" alone: a fraction; other slashes are dates and paths. */
function fractionSlash(ctx: ScanCtx, q: Quantity): Step | null {
  const t = ctx.text;
  if (!q.num.plain) return null;
  const den = readEast(ctx, q.numEnd + 1);
  if (!den?.plain || den.value === 0) return null;
  if (t[den.end] === '/' || t[den.end] === '.' || isLatin(t.charCodeAt(den.end))) return null;
  const whole = isWhole(ctx, q.start, den.end);
  const u = readUnit(ctx, den.end);
  // Korean text writes dates as 3월 2일, so 5/12 is a fraction there (unless a weekday follows: 1/15(수)).
  const koFraction = ctx.lang === 'ko' && den.value <= 100 && t[den.end] !== '(' && !u;
  if (!whole && !koFraction && !(u && u.kind === 'quantity')) return null;
  const value = q.value / den.value;
  if (u && u.kind === 'quantity') {
    return {
      claim: { start: q.start, end: u.end, kind: 'quantity', value, unit: u.unit, approx: false },
      next: u.end,
    };
  }
  return {
    claim: { start: q.start, end: den.end, kind: 'fraction', value, unit: null, approx: false },
    next: den.end,
  };
}

/** 10분의 1, 삼분의 일, 三分之一, 3分の1 (denominator first). */
function fractionOf(ctx: ScanCtx, q: Quantity): Step | null {
  const t = ctx.text;
  const e = q.numEnd;
  let k = -1;
  if (t.startsWith('분의', e)) k = e + 2;
  else if (t.startsWith('分之', e) || t.startsWith('分の', e)) k = e + 2;
  else if (t.startsWith(' 분의', e)) k = e + 3;
  if (k < 0) return null;
  if (isSpace(t.charCodeAt(k))) k++;
  const n = readEast(ctx, k);
  if (!n || q.value === 0) return reject(k);
  const value = n.value / q.value;
  let start = q.start;
  let end = n.end;
  let approx = false;
  let bound: RawClaim['bound'];
  const pre = prefixMod(ctx, start, 0);
  if (pre) {
    start = pre.at;
    approx ||= pre.approx === true;
    bound = pre.bound;
  }
  const suf = suffixMod(ctx, end);
  if (suf) {
    end = suf.at;
    approx ||= suf.approx === true;
    bound ??= suf.bound;
  }
  const claim: RawClaim = { start, end, kind: 'fraction', value, unit: null, approx };
  if (bound) claim.bound = bound;
  return { claim, next: end };
}

/** Whether a number without a unit is furniture: a year, list number, age in a byline, address, model name. */
function furniture(ctx: ScanCtx, q: Quantity): boolean {
  const t = ctx.text;
  const s = q.numStart;
  const e = q.numEnd;
  if (isWhole(ctx, q.start, q.end)) return false;
  if (q.num.digits && q.num.plain && q.num.end - q.num.start === 4 && q.value >= 1000 && q.value <= 2100)
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
  // Bylines and parentheses: 김수영(35), [1].
  if (!q.num.formatted && ((t[s - 1] === '(' && t[e] === ')') || (t[s - 1] === '[' && t[e] === ']')))
    return true;
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

/** Syllables that begin a particle or ending after a counter (명이, 배로, 개를, 곳에서 …). */
const PARTICLE_START = '이가을를은는의에로으와과도만씩쯤께까나란라인짜여당째보다며면고및부치';
/** What may follow a one-syllable unit inside a word: particles, endings and the hedge/bound words that
 * join a claim (원대, 원선, 원짜리, 원어치, 명가량, 개씩, 배로 …). Anything else makes it another word
 * (배우, 패블릿, 회말, 주기, 집). */
const AFTER_UNIT =
  PARTICLE_START + '대선권어상급꼴께정안내남수전미초넘돌육달엔했된될한할하해인임입였밖들일뿐중';

const MONTH_BEFORE =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?\s$/i;

const CAP_STOP = new Set(
  'about around nearly almost some over under more less only just with by for from and but in on at to of the a an as up down about roughly approximately'.split(
    ' ',
  ),
);

/** Numerals written without digits stand for numbers only in number contexts. */
function acceptNumerals(ctx: ScanCtx, q: Quantity): boolean {
  const t = ctx.text;
  if (q.num.digits) return true;
  if (q.prefixCurrency) return true;
  const whole = isWhole(ctx, q.start, q.end);
  if (whole) return true;
  const k = q.unit?.kind;
  const strong =
    k === 'money' ||
    k === 'percent' ||
    k === 'percentage_point' ||
    k === 'multiplier' ||
    k === 'rank' ||
    k === 'quantity' ||
    k === 'duration';
  if (q.num.vague) return k !== undefined && k !== 'date' && k !== 'skip';
  if (q.num.words && ctx.lang === 'en') {
    if (q.num.fraction) {
      const w = t.slice(q.num.start, q.num.end);
      if (/^half$/i.test(w))
        return (
          /^ of\b/.test(t.slice(q.num.end, q.num.end + 3)) &&
          !/(first|second|other)\s$/i.test(t.slice(Math.max(0, q.num.start - 7), q.num.start))
        );
      return /[-\s]/.test(w) ? /-/.test(w) || /^ of\b/.test(t.slice(q.num.end, q.num.end + 3)) : false;
    }
    if (q.num.ordinal) return /^ place\b/i.test(t.slice(q.num.end, q.num.end + 6));
    if (q.num.fold) {
      // "twice as many", "twice the size" (not "twice a week").
      if (/^twice$/i.test(t.slice(q.num.start, q.num.end)))
        return /^ (?:as|the|that|its|their|his|her)\b/i.test(t.slice(q.num.end, q.num.end + 7));
      return true;
    }
    if (strong) return true;
    const phrase = t.slice(q.num.start, q.num.end);
    const big = /hundred|thousand|million|billion|trillion|dozen/i.test(phrase);
    if (k === 'count') return q.value >= 10 || big || q.unit?.unit === 'times';
    // Bare written numbers only when they are unmistakably numbers: "a hundred and two", "two thousand".
    return !k && big && /[\s-]/.test(phrase);
  }
  if (q.num.fraction) return true; // 절반
  if (q.num.words) {
    // Native Korean numerals: only with a counter; 한 (one) only for durations, ranks and 첫.
    if (!k || k === 'date' || k === 'skip') return false;
    if (t.startsWith('세대', q.num.start)) return false; // 세대 is a generation, not three vehicles
    // "두 배우" is two actors, not twice: after the counter only a particle or a break may follow.
    const nx = t.charCodeAt(q.end);
    if (isHangul(nx) && !PARTICLE_START.includes(t[q.end]!)) return false;
    if (q.num.ordinal) return k === 'rank';
    return q.value >= 2 || k === 'duration' || k === 'rank';
  }
  // Sino-Korean / Han numerals without digits.
  const single = q.num.numerals === 1;
  if (strong || k === 'count') {
    if (!single && (k === 'count' || k === 'quantity' || k === 'duration')) {
      // 구조대 and 일조량 are words (rescue team, sunlight), not 9조 units: counts need 이십명, 삼백개, 오천명.
      const numeral = t.slice(q.num.start, q.num.end);
      if (!/[십백천拾佰仟十百千]/.test(numeral) && q.num.numerals < 3) return false;
    }
    if (!single) return !(k === 'count' && q.value === 1);
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
  // Bare Hangul numerals: three or more syllables standing alone (오백팔십일만구천십사).
  if (!k && ctx.lang === 'ko' && q.num.numerals >= 3) {
    const a = t.charCodeAt(q.num.end);
    return !isHangul(a);
  }
  return false;
}
