// Reads numbers written with digits, Korean Sino numerals and Chinese/Japanese numerals: 557만6000, 4천746억, 오백팔십일만구천십사, 三万四千五百.
import { isDigit, isHan, isSpace } from './chars.js';
import type { NumRead, ScanCtx } from './types.js';

const DIGIT_SYL = new Map<number, number>();
const SMALL = new Map<number, number>();
const BIG = new Map<number, number>();
const TENS_CJK = new Map<number, number>();
const POINTS = new Set(['점', '쩜', '點', '点'].map((s) => s.charCodeAt(0)));

const setAll = (map: Map<number, number>, chars: string, value: number) => {
  for (const ch of chars) map.set(ch.charCodeAt(0), value);
};
setAll(DIGIT_SYL, '영공零〇', 0);
setAll(DIGIT_SYL, '일一壹', 1);
setAll(DIGIT_SYL, '이二两兩貳贰', 2);
setAll(DIGIT_SYL, '삼三參叁参', 3);
setAll(DIGIT_SYL, '사四肆', 4);
setAll(DIGIT_SYL, '오五伍', 5);
setAll(DIGIT_SYL, '육륙六陸陆', 6);
setAll(DIGIT_SYL, '칠七柒', 7);
setAll(DIGIT_SYL, '팔八捌', 8);
setAll(DIGIT_SYL, '구九玖', 9);
setAll(SMALL, '십十拾', 10);
setAll(SMALL, '백百佰', 100);
setAll(SMALL, '천千仟', 1000);
setAll(BIG, '만万萬', 1e4);
setAll(BIG, '억亿億', 1e8);
setAll(BIG, '조兆', 1e12);
setAll(TENS_CJK, '廿', 20);
setAll(TENS_CJK, '卅', 30);
setAll(TENS_CJK, '卌', 40);

const digitOf = (c: number): number => (c <= 57 ? c - 48 : c - 0xff10);

/** Is this character a Korean/CJK numeral (digit syllable or multiplier)? */
export const isEastNumeral = (c: number): boolean =>
  DIGIT_SYL.has(c) || SMALL.has(c) || BIG.has(c) || TENS_CJK.has(c);
export const isBigUnit = (c: number): boolean => BIG.has(c);
export const isSmallUnit = (c: number): boolean => SMALL.has(c);
export const digitSyllable = (c: number): number | undefined => DIGIT_SYL.get(c);
export const bigUnitValue = (c: number): number | undefined => BIG.get(c);
export const smallUnitValue = (c: number): number | undefined => SMALL.get(c);

export interface DigitRun {
  end: number;
  value: number;
  /** Integer digits (without grouping commas). */
  intDigits: number;
  formatted: boolean;
  leadingZero: boolean;
}

/** Digits with optional 3-digit comma groups and a decimal part: "16,000", "79.8", "1,000.5". */
export function readDigitRun(ctx: ScanCtx, i: number): DigitRun {
  const t = ctx.text;
  const n = t.length;
  let j = i;
  let s = '';
  while (j < n && isDigit(t.charCodeAt(j))) {
    s += digitOf(t.charCodeAt(j));
    j++;
  }
  ctx.steps += j - i;
  let intDigits = s.length;
  let formatted = false;
  // "，" groups only full-width digits (４，５６５); after ASCII digits it is Chinese punctuation ($20，300美圆).
  const wide = t.charCodeAt(i) >= 0xff10;
  // Thin and no-break spaces group thousands in French-style typography ("10 000 dollars"); plain spaces do not.
  const sepOk = (c: number): boolean =>
    c === 44 ||
    c === 0x202f ||
    c === 0x2009 ||
    c === 0xa0 ||
    (wide && c === 0xff0c) ||
    (c === 0x3001 && ctx.lang === 'ja');
  if (intDigits <= 2 && ctx.lang === 'en' && t.charCodeAt(j) === 44) {
    // Indian grouping (lakh, crore): "12,34,567.89", "1,00,000", "10,00,00,000" — two-digit groups, then three.
    let k = j;
    while (
      t.charCodeAt(k) === 44 &&
      isDigit(t.charCodeAt(k + 1)) &&
      isDigit(t.charCodeAt(k + 2)) &&
      t.charCodeAt(k + 3) === 44
    )
      k += 3;
    if (
      k > j &&
      t.charCodeAt(k) === 44 &&
      isDigit(t.charCodeAt(k + 1)) &&
      isDigit(t.charCodeAt(k + 2)) &&
      isDigit(t.charCodeAt(k + 3)) &&
      !isDigit(t.charCodeAt(k + 4))
    ) {
      const grouped = t.slice(j, k + 4).replace(/,/g, '');
      s += grouped;
      intDigits += grouped.length;
      j = k + 4;
      formatted = true;
    }
  }
  if (intDigits <= 3) {
    // Comma groups: exactly three digits after each comma, none after the last group.
    while (
      sepOk(t.charCodeAt(j)) &&
      isDigit(t.charCodeAt(j + 1)) &&
      isDigit(t.charCodeAt(j + 2)) &&
      isDigit(t.charCodeAt(j + 3)) &&
      !isDigit(t.charCodeAt(j + 4))
    ) {
      s += t.slice(j + 1, j + 4).replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
      j += 4;
      intDigits += 3;
      formatted = true;
      ctx.steps++;
    }
  }
  const leadingZero = s.length > 1 && s[0] === '0';
  if ((t.charCodeAt(j) === 46 || t.charCodeAt(j) === 0xff0e) && isDigit(t.charCodeAt(j + 1))) {
    let k = j + 1;
    let frac = '';
    while (k < n && isDigit(t.charCodeAt(k))) {
      frac += digitOf(t.charCodeAt(k));
      k++;
    }
    ctx.steps += k - j;
    s += '.' + frac.slice(0, 20);
    j = k;
    formatted = true;
  }
  return { end: j, value: intDigits > 20 ? Number.NaN : Number(s), intDigits, formatted, leadingZero };
}

/** The reader's state while it composes one figure (readEast). */
interface East {
  i: number;
  end: number;
  total: number;
  section: number;
  cur: number | null;
  lastBig: number;
  lastSmall: number;
  digits: boolean;
  numerals: number;
  multipliers: number;
  formatted: boolean;
  leadingZero: boolean;
  atoms: number;
  curDigits: boolean;
  approx: boolean;
  zero: boolean;
  lastAtomMultiplier: number;
}

/** What one step of the reader says: read on, the figure ended before this character, or no figure at all. */
enum Next {
  On,
  Stop,
  Fail,
}

/**
 * Composes digits and numeral syllables with small (십/백/천) and big (만/억/조) multipliers,
 * each multiplier smaller than the one before: "2억 8천만" = 2·10⁸ + 8000·10⁴.
 * Spaces are allowed only between parts of a figure that contains digits ("1만 2천 345").
 */
export function readEast(ctx: ScanCtx, start: number): NumRead | null {
  const n = ctx.text.length;
  const s: East = {
    i: start,
    end: start,
    total: 0,
    section: 0,
    cur: null,
    lastBig: Number.POSITIVE_INFINITY,
    lastSmall: Number.POSITIVE_INFINITY,
    digits: false,
    numerals: 0,
    multipliers: 0,
    formatted: false,
    leadingZero: false,
    atoms: 0,
    curDigits: false,
    approx: false,
    zero: false,
    lastAtomMultiplier: 0,
  };
  while (s.i < n) {
    ctx.steps++;
    const next = eastStep(ctx, s);
    if (next === Next.Fail) return null;
    if (next === Next.Stop) break;
  }
  if (s.atoms === 0) return null;
  return eastResult(ctx, s, start);
}

/** One character of the figure: a digit run, a numeral syllable, a multiplier, a decimal point, 여 or a space. */
function eastStep(ctx: ScanCtx, s: East): Next {
  const t = ctx.text;
  const c = t.charCodeAt(s.i);
  if (isDigit(c)) return eastDigits(ctx, s);
  const d = DIGIT_SYL.get(c);
  if (d !== undefined) return eastSyllable(s, d);
  const tens = TENS_CJK.get(c);
  if (tens !== undefined) return eastTens(s, tens);
  const sm = SMALL.get(c);
  if (sm !== undefined) return eastSmall(t, s, sm);
  let bg = BIG.get(c);
  let width = 1;
  if (bg === 1e4 && BIG.get(t.charCodeAt(s.i + 1)) === 1e8 && isHan(c)) {
    // 万亿 / 萬億 = 10¹²
    bg = 1e12;
    width = 2;
  }
  if (bg !== undefined) return eastBig(s, bg, width);
  if (POINTS.has(c) && s.cur !== null && !s.curDigits) return eastPoint(ctx, s);
  if (c === 0xc5ec /* 여 */ && s.atoms > 0 && BIG.has(t.charCodeAt(s.i + 1)) && !s.approx) {
    // 1억6천400여만원, 9000여만원: "some" inside the figure.
    s.approx = true;
    s.i++;
    return Next.On;
  }
  return eastSpace(t, s, c);
}

function eastDigits(ctx: ScanCtx, s: East): Next {
  if (s.cur !== null) return Next.Stop;
  const run = readDigitRun(ctx, s.i);
  if (Number.isNaN(run.value) || run.intDigits > 15) return Next.Fail;
  const limit = s.section > 0 || s.lastSmall !== Number.POSITIVE_INFINITY ? s.lastSmall : s.lastBig;
  if (s.atoms > 0 && run.value >= limit) return Next.Stop;
  s.cur = run.value;
  s.curDigits = true;
  if (s.atoms === 0) s.leadingZero = run.leadingZero;
  s.formatted ||= run.formatted;
  s.digits = true;
  s.i = run.end;
  s.end = s.i;
  s.atoms++;
  return Next.On;
}

function eastSyllable(s: East, d: number): Next {
  if (s.cur !== null) return Next.Stop;
  if (d === 0 && (s.section > 0 || s.total > 0)) {
    // 二百零三: a zero placeholder between multipliers.
    s.zero = true;
    s.i++;
    s.numerals++;
    return Next.On;
  }
  s.cur = d;
  s.curDigits = false;
  s.i++;
  s.end = s.i;
  s.numerals++;
  s.atoms++;
  return Next.On;
}

/** 廿, 卅, 卌: twenty, thirty, forty in one character. */
function eastTens(s: East, tens: number): Next {
  if (s.cur !== null || s.lastSmall <= 10) return Next.Stop;
  s.section += tens;
  s.lastSmall = 10;
  s.i++;
  s.end = s.i;
  s.numerals++;
  s.multipliers++;
  s.atoms++;
  return Next.On;
}

/** 십/백/천 (十/百/千). */
function eastSmall(t: string, s: East, sm: number): Next {
  if (sm >= s.lastSmall) return Next.Stop;
  const cur = s.cur;
  // "7000천원": amounts in thousands of won, as Korean accounts write them (단위: 천원).
  const inThousands =
    sm === 1000 &&
    s.curDigits &&
    s.atoms === 1 &&
    cur !== null &&
    cur >= 10 &&
    t.charCodeAt(s.i + 1) === 0xc6d0; /* 원 */
  if (cur !== null && (cur >= 10 || cur <= 0) && !inThousands) return Next.Stop;
  s.section += (cur ?? 1) * sm;
  s.cur = null;
  s.lastSmall = sm;
  s.lastAtomMultiplier = sm;
  s.i++;
  s.end = s.i;
  s.numerals++;
  s.multipliers++;
  s.atoms++;
  return Next.On;
}

/** 만/억/조 (万/亿/兆, 万亿). */
function eastBig(s: East, bg: number, width: number): Next {
  if (bg >= s.lastBig) return Next.Stop;
  let sec = s.section + (s.cur ?? 0);
  if (sec === 0) {
    if (s.atoms > 0) return Next.Stop;
    sec = 1;
  }
  s.total += sec * bg;
  s.lastAtomMultiplier = bg;
  s.section = 0;
  s.cur = null;
  s.lastSmall = Number.POSITIVE_INFINITY;
  s.lastBig = bg;
  s.i += width;
  s.end = s.i;
  s.numerals++;
  s.multipliers++;
  s.atoms++;
  return Next.On;
}

/** 삼점사 = 3.4: the decimals are digit syllables (or digits). */
function eastPoint(ctx: ScanCtx, s: East): Next {
  const t = ctx.text;
  const n = t.length;
  let k = s.i + 1;
  let frac = '';
  while (k < n) {
    const e = t.charCodeAt(k);
    const dv = isDigit(e) ? digitOf(e) : DIGIT_SYL.get(e);
    if (dv === undefined) break;
    frac += dv;
    k++;
  }
  if (frac === '') return Next.Stop;
  ctx.steps += k - s.i;
  s.cur = s.cur! + Number('0.' + frac.slice(0, 20));
  s.numerals += k - s.i;
  s.formatted = true;
  s.i = k;
  s.end = k;
  return Next.On;
}

/** A space inside a figure, only next to a multiplier: "1만 2천 345", "2억 8천만", "5 억 달러", "천 4백만 달러". */
function eastSpace(t: string, s: East, c: number): Next {
  const n = t.length;
  const i = s.i;
  if (isSpace(c) && s.digits && i + 1 < n) {
    const nx = t.charCodeAt(i + 1);
    const afterMultiplier = s.cur === null && s.atoms > 0;
    if ((afterMultiplier && isDigit(nx)) || (s.cur !== null && (BIG.has(nx) || SMALL.has(nx)))) {
      s.i++;
      return Next.On;
    }
  } else if (
    isSpace(c) &&
    !s.digits &&
    s.atoms > 0 &&
    s.cur === null &&
    i + 1 < n &&
    isDigit(t.charCodeAt(i + 1))
  ) {
    s.i++;
    return Next.On;
  }
  return Next.Stop;
}

function eastResult(ctx: ScanCtx, s: East, start: number): NumRead {
  let cur = s.cur;
  if (
    ctx.lang === 'zh' &&
    cur !== null &&
    !s.curDigits &&
    !s.zero &&
    s.lastAtomMultiplier > 10 &&
    cur < 10 &&
    Number.isInteger(cur)
  ) {
    // Chinese 二百五 = 250, 两千四百五 = 2450, 萬九 = 19000: a trailing digit counts in the next lower place
    // (Japanese 百一 is 101).
    cur *= s.lastAtomMultiplier / 10;
  }
  const value = s.total + s.section + (cur ?? 0);
  const r: NumRead = {
    start,
    end: s.end,
    value,
    digits: s.digits,
    numerals: s.numerals,
    plain: s.numerals === 0 && s.multipliers === 0,
    formatted: s.formatted,
    leadingZero: s.leadingZero,
  };
  if (s.approx) r.approx = true;
  return r;
}
