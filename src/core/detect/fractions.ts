// Fractions and proportions: 3/4, 10분의 1, 삼분의 일, 三分之一, 3分の1, "one in five", "3 out of 10".
import { isWhole } from './candidates.js';
import { isAlnum, isLatin, isSpace } from './chars.js';
import { prefixMod, suffixMod } from './modifiers.js';
import { readEast } from './numerals-east.js';
import { type Quantity, readNumber } from './quantity.js';
import { readUnit } from './read-unit.js';
import { reject, type Step, tidy } from './step.js';
import type { RawClaim, ScanCtx } from './types.js';

/** "3/4 cup", "1/5" alone: a fraction; other slashes are dates and paths. */
export function fractionSlash(ctx: ScanCtx, q: Quantity): Step | null {
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

const NUMERAL_CHARS = '0123456789일이삼사오육칠팔구십백천만억조';

/** The whole part of a mixed number written before "과/와 " and a fraction: "일과 이분의 일", "2와 3분의 1". */
function mixedWhole(ctx: ScanCtx, q: Quantity): { start: number; value: number; digits: boolean } | null {
  const t = ctx.text;
  const j = q.start - 2; // 과/와
  if (j < 1 || t[q.start - 1] !== ' ' || (t[j] !== '과' && t[j] !== '와')) return null;
  let s = j;
  while (s > 0 && s > j - 12 && NUMERAL_CHARS.includes(t[s - 1]!)) s--;
  if (s === j || (s > 0 && !/[\s(,]/.test(t[s - 1]!))) return null;
  const w = readEast(ctx, s);
  if (!w || w.end !== j || w.fraction || w.ordinal) return null;
  // Same script on both sides: "하루 일과 3분의 1" is a daily routine, not 1⅓.
  if (w.digits !== q.num.digits) return null;
  return { start: s, value: w.value, digits: w.digits };
}

const FRACTION_BIG: Record<string, number> = {
  만: 1e4,
  억: 1e8,
  조: 1e12,
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
};

/** 10분의 1, 삼분의 일, 三分之一, 3分の1 (denominator first). */
export function fractionOf(ctx: ScanCtx, q: Quantity, floor: number): Step | null {
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
  let value = n.value / q.value;
  let end = n.end;
  // "3분의 1만 남았다", "3분의 1조각": 만/조 after the numerator is a particle or a word, not 10⁴/10¹².
  const big = FRACTION_BIG[t[end - 1]!];
  if (big && n.value % big === 0 && end - 1 > n.start && (value >= 1 || end - n.start === 2)) {
    value = n.value / big / q.value;
    end--;
  }
  let start = q.start;
  const whole = mixedWhole(ctx, q);
  if (whole && whole.start >= floor && whole.digits === n.digits && value < 1) {
    // "일과 이분의 일", "2와 3분의 1": a mixed number.
    value += whole.value;
    start = whole.start;
  }
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

/** "one in five", "3 out of 10": a proportion (English, a bare whole number before a larger denominator). */
export function proportion(ctx: ScanCtx, q: Quantity, floor: number): Step | null {
  const t = ctx.text;
  const m = /^ (in|out of) (?=[0-9a-z])/i.exec(t.slice(q.numEnd, q.numEnd + 9));
  if (!m) return null;
  const k = q.numEnd + m[0].length;
  const den = readNumber(ctx, k);
  if (
    !den ||
    !(den.value > q.value) ||
    !(q.value > 0) ||
    den.ordinal ||
    den.fraction ||
    !(den.value <= 1000) ||
    !Number.isInteger(q.value)
  )
    return null;
  const after = t.charCodeAt(den.end);
  if (!(!isAlnum(after) || isSpace(after))) return null;
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
