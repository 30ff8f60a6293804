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

/**
 * Composes digits and numeral syllables with small (십/백/천) and big (만/억/조) multipliers,
 * each multiplier smaller than the one before: "2억 8천만" = 2·10⁸ + 8000·10⁴.
 * Spaces are allowed only between parts of a figure that contains digits ("1만 2천 345").
 */
export function readEast(ctx: ScanCtx, start: number): NumRead | null {
  const t = ctx.text;
  const n = t.length;
  let total = 0;
  let section = 0;
  let cur: number | null = null;
  let lastBig = Number.POSITIVE_INFINITY;
  let lastSmall = Number.POSITIVE_INFINITY;
  let i = start;
  let end = start;
  let digits = false;
  let numerals = 0;
  let multipliers = 0;
  let formatted = false;
  let leadingZero = false;
  let atoms = 0;
  let curDigits = false;
  let approx = false;
  let zero = false;
  let lastAtomMultiplier = 0;
  while (i < n) {
    ctx.steps++;
    const c = t.charCodeAt(i);
    if (isDigit(c)) {
      if (cur !== null) break;
      const run = readDigitRun(ctx, i);
      if (Number.isNaN(run.value) || run.intDigits > 15) return null;
      const limit = section > 0 || lastSmall !== Number.POSITIVE_INFINITY ? lastSmall : lastBig;
      if (atoms > 0 && run.value >= limit) break;
      cur = run.value;
      curDigits = true;
      if (atoms === 0) leadingZero = run.leadingZero;
      formatted ||= run.formatted;
      digits = true;
      i = run.end;
      end = i;
      atoms++;
      continue;
    }
    const d = DIGIT_SYL.get(c);
    if (d !== undefined) {
      if (cur !== null) break;
      if (d === 0 && (section > 0 || total > 0)) {
        // 二百零三: a zero placeholder between multipliers.
        zero = true;
        i++;
        numerals++;
        continue;
      }
      cur = d;
      curDigits = false;
      i++;
      end = i;
      numerals++;
      atoms++;
      continue;
    }
    const tens = TENS_CJK.get(c);
    if (tens !== undefined) {
      if (cur !== null || lastSmall <= 10) break;
      section += tens;
      lastSmall = 10;
      i++;
      end = i;
      numerals++;
      multipliers++;
      atoms++;
      continue;
    }
    const sm = SMALL.get(c);
    if (sm !== undefined) {
      if (sm >= lastSmall) break;
      // "7000천원": amounts in thousands of won, as Korean accounts write them (단위: 천원).
      const inThousands =
        sm === 1000 &&
        curDigits &&
        atoms === 1 &&
        cur !== null &&
        cur >= 10 &&
        t.charCodeAt(i + 1) === 0xc6d0; /* 원 */
      if (cur !== null && (cur >= 10 || cur <= 0) && !inThousands) break;
      section += (cur ?? 1) * sm;
      cur = null;
      lastSmall = sm;
      lastAtomMultiplier = sm;
      i++;
      end = i;
      numerals++;
      multipliers++;
      atoms++;
      continue;
    }
    let bg = BIG.get(c);
    let width = 1;
    if (bg === 1e4 && BIG.get(t.charCodeAt(i + 1)) === 1e8 && isHan(c)) {
      // 万亿 / 萬億 = 10¹²
      bg = 1e12;
      width = 2;
    }
    if (bg !== undefined) {
      if (bg >= lastBig) break;
      let s = section + (cur ?? 0);
      if (s === 0) {
        if (atoms > 0) break;
        s = 1;
      }
      total += s * bg;
      lastAtomMultiplier = bg;
      section = 0;
      cur = null;
      lastSmall = Number.POSITIVE_INFINITY;
      lastBig = bg;
      i += width;
      end = i;
      numerals++;
      multipliers++;
      atoms++;
      continue;
    }
    if (POINTS.has(c) && cur !== null && !curDigits) {
      // 삼점사 = 3.4: the decimals are digit syllables (or digits).
      let k = i + 1;
      let frac = '';
      while (k < n) {
        const e = t.charCodeAt(k);
        const dv = isDigit(e) ? digitOf(e) : DIGIT_SYL.get(e);
        if (dv === undefined) break;
        frac += dv;
        k++;
      }
      if (frac === '') break;
      ctx.steps += k - i;
      cur = cur + Number('0.' + frac.slice(0, 20));
      numerals += k - i;
      formatted = true;
      i = k;
      end = k;
      continue;
    }
    if (c === 0xc5ec /* 여 */ && atoms > 0 && BIG.has(t.charCodeAt(i + 1)) && !approx) {
      // 1억6천400여만원, 9000여만원: "some" inside the figure.
      approx = true;
      i++;
      continue;
    }
    if (isSpace(c) && digits && i + 1 < n) {
      // "1만 2천 345", "2억 8천만", "5 억 달러": a space inside a figure, only next to a multiplier.
      const nx = t.charCodeAt(i + 1);
      const afterMultiplier = cur === null && atoms > 0;
      if ((afterMultiplier && isDigit(nx)) || (cur !== null && (BIG.has(nx) || SMALL.has(nx)))) {
        i++;
        continue;
      }
    } else if (
      isSpace(c) &&
      !digits &&
      atoms > 0 &&
      cur === null &&
      i + 1 < n &&
      isDigit(t.charCodeAt(i + 1))
    ) {
      // "천 4백만 달러"
      i++;
      continue;
    }
    break;
  }
  if (atoms === 0) return null;
  if (
    ctx.lang === 'zh' &&
    cur !== null &&
    !curDigits &&
    !zero &&
    lastAtomMultiplier > 10 &&
    cur < 10 &&
    Number.isInteger(cur)
  ) {
    // Chinese 二百五 = 250, 两千四百五 = 2450, 萬九 = 19000: a trailing digit counts in the next lower place
    // (Japanese 百一 is 101).
    cur *= lastAtomMultiplier / 10;
  }
  const value = total + section + (cur ?? 0);
  const r: NumRead = {
    start,
    end,
    value,
    digits,
    numerals,
    plain: numerals === 0 && multipliers === 0,
    formatted,
    leadingZero,
  };
  if (approx) r.approx = true;
  return r;
}
