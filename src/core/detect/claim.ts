// One candidate to one claim: drop identifiers, read the quantity, retype it, keep or drop it, extend it, assemble it.
import type { ClaimKind } from '../types.js';
import { acceptNumerals, compared, furniture, MONTH_BEFORE } from './accept.js';
import { isAlnum, isDigit, isHangul, isLatin, isSpace } from './chars.js';
import { applyRange, applyRate, shareUnit } from './extend.js';
import { fractionOf, fractionSlash, proportion } from './fractions.js';
import { prefixMod, suffixMod } from './modifiers.js';
import { currencyBefore, type Quantity, readQuantity, skipToken } from './quantity.js';
import { nounUnit } from './read-unit.js';
import { reject, type Step, tidy } from './step.js';
import type { RawClaim, ScanCtx, UnitKind } from './types.js';
import { englishWordStart } from './word-starts.js';

interface Kind {
  kind: ClaimKind;
  unit: string | null;
  per?: string;
}

/** Kind and unit of a finished quantity. */
function classify(q: Quantity): Kind | null {
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

/** Reads, extends and filters the claim starting at candidate p. */
export function claimAt(ctx: ScanCtx, p: number, floor: number): Step {
  const t = ctx.text;
  const digitStart = isDigit(t.charCodeAt(p));
  if (ctx.lang === 'en' && !digitStart) {
    const w = englishWordStart(ctx, p, floor);
    if (w) return w;
  }
  if (digitStart) {
    const skip = identifierAt(ctx, p);
    if (skip >= 0) return reject(skip);
  }
  let q = readQuantity(ctx, p);
  if (!q) return reject(digitStart ? skipToken(t, p) : p + 1);
  const early = tokenOrFraction(ctx, q, p, digitStart, floor);
  if (early) return early;
  const typed = retype(ctx, q);
  if (typeof typed === 'number') return reject(typed);
  q = typed;
  if (!acceptNumerals(ctx, q)) return reject(digitStart ? skipToken(t, p) : q.num.words ? q.numEnd : p + 1);

  // Ranges: 3~5%, 25000 - 30000원, 10억~20억 원, between 10 and 20, 10 to 20 dollars.
  const ranged = applyRange(ctx, q, readQuantity, floor);
  if (ranged === 'reject') return reject(skipToken(t, q.numEnd + 1));
  const range = ranged ? ranged.range : undefined;
  if (ranged) q = ranged.q;
  else if (q.num.digits && !q.unit && t[q.numEnd] === '-' && isDigit(t.charCodeAt(q.numEnd + 1))) {
    // 2-1 scores, 1995-01, 1588-1234: hyphenated digits without a unit are not amounts.
    return reject(skipToken(t, q.numEnd + 1));
  }
  const cls = typeAt(ctx, q, p, digitStart, range);
  if (typeof cls === 'number') return reject(cls);
  return assemble(ctx, q, cls, range, floor);
}

/** Digits that are part of an identifier or of a bigger figure: where to resume, or -1 to read them. */
function identifierAt(ctx: ScanCtx, p: number): number {
  const t = ctx.text;
  // Identifiers: H800, V3, GPT-4o, MATH-500, COVID-19, Qwen2.5-72B, /article/2025…, 1,2,3
  if (p > 0) {
    const pc = t.charCodeAt(p - 1);
    if (isLatin(pc)) {
      const code = currencyBefore(ctx, p);
      if (!code) return skipToken(t, p);
    } else if (
      p > 1 &&
      '-_/.:#@=&+,%?'.includes(t[p - 1]!) &&
      (isAlnum(t.charCodeAt(p - 2)) || isHangul(t.charCodeAt(p - 2)))
    ) {
      return skipToken(t, p);
    } else if (pc === 0xc81c /* 제 */ && !(p > 1 && isHangul(t.charCodeAt(p - 2)))) {
      return skipToken(t, p);
    }
  }
  // "10 000 dollars" with a plain space: "000" is the rest of a figure, never an amount of its own.
  if (
    t.charCodeAt(p) === 48 &&
    p > 1 &&
    isSpace(t.charCodeAt(p - 1)) &&
    isDigit(t.charCodeAt(p - 2)) &&
    isDigit(t.charCodeAt(p + 1)) &&
    isDigit(t.charCodeAt(p + 2)) &&
    !isDigit(t.charCodeAt(p + 3)) &&
    t[p + 3] !== '.'
  )
    return skipToken(t, p);
  return -1;
}

/** Multi-part tokens (times, dates, codes) are dropped; fractions and proportions are claims of their own. */
function tokenOrFraction(
  ctx: ScanCtx,
  q: Quantity,
  p: number,
  digitStart: boolean,
  floor: number,
): Step | null {
  const t = ctx.text;
  const numEnd = q.numEnd;
  const nextCh = t.charCodeAt(numEnd);
  // Multi-part tokens: 17:24, 2025.01.24, 1.2.3, 02-360-4114, 3/4.
  if (q.num.digits && !q.unit && !q.scaled) {
    const after = t[numEnd];
    const digitAfter = isDigit(t.charCodeAt(numEnd + 1));
    if (digitAfter && (after === ':' || after === '.')) return reject(skipToken(t, numEnd + 1));
    if (digitAfter && after === '/') return fractionSlash(ctx, q) ?? reject(skipToken(t, numEnd + 1));
    if (isLatin(nextCh) && !q.unit) return reject(skipToken(t, numEnd));
  }
  if (q.num.digits && q.unit === null && isLatin(nextCh)) return reject(skipToken(t, numEnd));
  // 3·11, 11·13·19일, 9.11: dotted day lists and dates.
  if (q.num.digits && !q.unit && t[numEnd] === '·' && isDigit(t.charCodeAt(numEnd + 1)))
    return reject(numEnd + 1);
  if (digitStart && !q.unit && t[p - 1] === '·' && isDigit(t.charCodeAt(p - 2)))
    return reject(skipToken(t, p));

  // Fractions: 10분의 1, 삼분의 일, 三分之一, 3分の1.
  const fr = fractionOf(ctx, q, floor);
  if (fr) return fr;
  if (ctx.lang === 'en' && !q.unit && !q.prefixCurrency && !q.scaled) return proportion(ctx, q, floor);
  return null;
}

/** Dates and clock parts are dropped (a position to resume at); counters that mean something else are retyped. */
function retype(ctx: ScanCtx, q0: Quantity): Quantity | number {
  const t = ctx.text;
  let q = q0;
  // Date and clock parts: 23일, 2025년, 3月5日, 3 p.m.
  if (q.unit && (q.unit.kind === 'date' || q.unit.kind === 'skip')) return q.unit.end;
  // 주 is shares or weeks: 3주 전 / 3주 후 is a time expression; 지난 2주 is a duration.
  if (ctx.lang === 'ko' && q.unit?.unit === '주' && q.unit.kind === 'count') {
    if (/^ ?(?:전|후|뒤|이전|이후)/.test(t.slice(q.unit.end, q.unit.end + 4))) return q.unit.end;
    if (/(?:지난|다음|최근|향후|앞으로|최소|약) $/.test(t.slice(Math.max(0, q.start - 4), q.start))) {
      q = { ...q, unit: { ...q.unit, kind: 'duration', unit: 'week', per: 'week' } };
    }
  }
  // 장 counts sheets, but "2막 3장" is a scene and "2장면" two scenes.
  if (
    ctx.lang === 'ko' &&
    q.unit?.unit === '장' &&
    (t[q.unit.end] === '면' || /막 ?$/.test(t.slice(Math.max(0, q.start - 2), q.start)))
  )
    return q.unit.end;
  // "한 차례에 한해": "limited to", not one year.
  if (
    ctx.lang === 'ko' &&
    q.num.words &&
    t.startsWith('한해', q.start) &&
    /에 $/.test(t.slice(q.start - 2, q.start))
  )
    return q.end;
  // "1인당", "시간당": the start of a rate, not a count.
  if (q.unit && t.charCodeAt(q.unit.end) === 0xb2f9 /* 당 */) return q.unit.end + 1;
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
  return q;
}

const AGE_GROUP_UNITS = new Set(['대']);

/** The claim's kind, or where to resume when the figure is a date, a year or part of a name. */
function typeAt(
  ctx: ScanCtx,
  q: Quantity,
  p: number,
  digitStart: boolean,
  range: [number, number] | undefined,
): Kind | number {
  const t = ctx.text;
  let cls = classify(q);
  if (!cls) return q.end;
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
    return q.end; // January 23rd
  }
  // "1995 canon", "2024 election": a year before a singular noun.
  if (
    ctx.lang === 'en' &&
    q.unit?.kind === 'count' &&
    q.num.plain &&
    q.numEnd - q.numStart === 4 &&
    q.value >= 1900 &&
    q.value <= 2100 &&
    !/s$/.test(q.unit.unit ?? '') &&
    !compared(t, q.numStart, q.numEnd)
  ) {
    return q.numEnd;
  }
  const named = nameAt(ctx, q, p, digitStart, range);
  return named >= 0 ? named : cls;
}

/** A number that belongs to a name, a title or an age group: where to resume, or -1 when it is a figure. */
function nameAt(
  ctx: ScanCtx,
  q: Quantity,
  p: number,
  digitStart: boolean,
  range: [number, number] | undefined,
): number {
  const t = ctx.text;
  // '범죄도시' 4편: a number of parts right after a quoted title is the sequel's name, not a count of works.
  if (q.unit?.unit === '편' && /['’"”」』》]\s?$/.test(t.slice(Math.max(0, q.start - 2), q.start)))
    return q.end;
  const bare = !q.unit && !q.prefixCurrency && !q.scaled && !range;
  // English nouns as units ("11 users") do not make a name a count: "Windows 11 users", "S&P 500 rose".
  const nounOnly = q.unit?.noun === true;
  if ((bare || (nounOnly && !q.prefixCurrency && !range)) && furniture(ctx, q)) {
    return digitStart ? skipToken(t, q.numEnd) : q.numEnd;
  }
  // 코로나19, 아이폰16: a bare number glued after a Hangul word is a name.
  if (bare && ctx.lang === 'ko' && digitStart && isHangul(t.charCodeAt(p - 1)) && !/[약총]/.test(t[p - 1]!)) {
    return q.end;
  }
  // 강남3구, 형사9단독, 종로2가: a bare number glued between Hangul letters is part of a name.
  if (
    bare &&
    ctx.lang === 'ko' &&
    digitStart &&
    isHangul(t.charCodeAt(p - 1)) &&
    isHangul(t.charCodeAt(q.end))
  ) {
    return q.end;
  }
  if (q.unit && AGE_GROUP_UNITS.has(q.unit.unit ?? '') && q.unit.end === q.numEnd + 1) {
    // 20대 남성: an age group, not a count.
    if (q.value >= 10 && q.value <= 90 && q.value % 10 === 0) return q.end;
  }
  return -1;
}

/** Value and range in the unit's scale (cents → dollars), vague magnitudes as their range. */
function scaledValue(
  q: Quantity,
  range: [number, number] | undefined,
): { value: number; range?: [number, number] } {
  const mul = q.unit?.mul ?? 1;
  if (q.num.vague) {
    const r: [number, number] = [q.num.vague[0] * mul, q.num.vague[1] * mul];
    return { value: r[0], range: r };
  }
  const value = q.value * mul;
  return range ? { value, range: [range[0] * mul, range[1] * mul] } : { value };
}

/** The claim: the quantity with its rate, hedges and bounds written around it. */
function assemble(
  ctx: ScanCtx,
  q: Quantity,
  cls: Kind,
  range: [number, number] | undefined,
  floor: number,
): Step {
  const t = ctx.text;
  const sv = scaledValue(q, range);
  let value = sv.value;
  let rangeV = sv.range;
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
  if (start < floor) {
    // The words before the figure belong to the previous claim ("15 USD 50 more"): start at the figure.
    let s0 = Math.max(floor, q.start);
    while (s0 < q.numStart && isSpace(t.charCodeAt(s0))) s0++;
    claim.start = s0;
  }
  return { claim, next: end };
}
