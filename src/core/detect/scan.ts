// The single left-to-right pass: jump between candidate positions, read a quantity there, extend it and keep or drop it.

import type { ClaimKind } from '../types.js';
import { acceptNumerals, compared, furniture, MONTH_BEFORE } from './accept.js';
import { SHORT } from './candidates.js';
import { isAlnum, isDigit, isHangul, isLatin, isSpace } from './chars.js';
import { applyRange, applyRate, shareUnit } from './extend.js';
import { prefixMod, suffixMod } from './modifiers.js';
import { nextCandidate } from './next-candidate.js';
import { readEast } from './numerals-east.js';
import { currencyBefore, isWhole, type Quantity, readNumber, readQuantity, skipToken } from './quantity.js';
import { nounUnit, readUnit } from './read-unit.js';
import type { RawClaim, ScanCtx, UnitKind } from './types.js';

export type { Quantity } from './quantity.js';

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
  const short = ctx.last - ctx.first < SHORT;
  const out: RawClaim[] = [];
  let pos = 0;
  let lastEnd = 0;
  while (pos < t.length) {
    const p = nextCandidate(t, pos, ctx.lang, short);
    if (p < 0) break;
    ctx.steps++;
    const r = claimAt(ctx, p, lastEnd);
    if (r.claim) {
      const prev = out[out.length - 1];
      const pair = prev?.bound && r.claim.bound ? boundPair(ctx, prev, r.claim) : null;
      if (pair) out[out.length - 1] = pair;
      else out.push(r.claim);
      lastEnd = r.claim.end;
      pos = r.claim.end;
    } else pos = Math.max(r.next, p + 1);
  }
  return out;
}

const LOWER = new Set(['more-than', 'at-least']);
const PAIR_JOIN_EN = /^(?:,? (?:and|but) |, )$/;
const PAIR_JOIN_KO = /^(?: |, ?|보다는? [가-힣 ]{1,8}고,? )$/;

/** "more than 10 and less than 40", "at most 100 and at least 20", "10보다 크고 20보다 작다": one range. */
function boundPair(ctx: ScanCtx, a: RawClaim, b: RawClaim): RawClaim | null {
  const t = ctx.text;
  const join = ctx.lang === 'en' ? PAIR_JOIN_EN : PAIR_JOIN_KO;
  if (a.kind !== b.kind || a.range || b.range || (a.unit && b.unit && a.unit !== b.unit)) return null;
  if (LOWER.has(a.bound!) === LOWER.has(b.bound!)) return null;
  if (b.start - a.end > 16 || !join.test(t.slice(a.end, b.start))) return null;
  const [lo, hi] = LOWER.has(a.bound!) ? [a.value, b.value] : [b.value, a.value];
  if (!(lo < hi)) return null;
  const merged: RawClaim = {
    start: a.start,
    end: b.end,
    kind: a.kind,
    value: lo,
    unit: a.unit ?? b.unit,
    range: [lo, hi],
    approx: a.approx || b.approx,
  };
  if (a.per ?? b.per) merged.per = (a.per ?? b.per)!;
  return merged;
}

interface Step {
  claim: RawClaim | null;
  next: number;
}

const reject = (next: number): Step => ({ claim: null, next });

const AGE_GROUP_UNITS = new Set(['대']);

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
  let couple = false;
  if (m) {
    const a = (m[2] ?? m[3])!.toLowerCase();
    mult = EN_VAGUE_MULT[a]! * (m[4] ? EN_VAGUE_MULT[m[4].toLowerCase()]! : 1);
    end = p + m[0].length - (m[1] ? 3 : 0); // "several million of" is not English: stop before "of"
  } else {
    const s = /^(several|a few|a couple(?: of)?) (hundred|thousand|million|billion)\b/i.exec(
      t.slice(p, p + 28),
    );
    if (!s) return null;
    mult = EN_VAGUE_MULT[s[2]!.toLowerCase()]!;
    end = p + s[0].length;
    if (/couple/i.test(s[1]!)) couple = true;
  }
  let j = end;
  const found = readUnit(ctx, j) ?? nounUnit(ctx, j);
  // "a couple of thousand" stands alone; vague plurals need what they count.
  const u =
    found ?? (couple && !isAlnum(t.charCodeAt(j)) ? { kind: 'count' as const, unit: null, end: j } : null);
  if (!u || u.kind === 'date' || u.kind === 'skip') return null;
  j = u.end;
  const kind: ClaimKind =
    u.kind === 'money' || u.kind === 'quantity' || u.kind === 'duration' ? u.kind : 'count';
  const unit = kind === 'duration' ? (u.per ?? u.unit) : u.unit;
  // "a couple of million dollars": about two million, not a range of magnitudes.
  const claim: RawClaim = couple
    ? { start: p, end: j, kind, value: 2 * mult, unit, approx: true }
    : { start: p, end: j, kind, value: mult, unit, range: [mult, mult * 10], approx: true, vague: true };
  const pre = prefixMod(ctx, p, floor);
  if (pre?.bound) {
    claim.start = pre.at;
    claim.bound = pre.bound;
  }
  return { claim, next: j };
}

/** Ordinal words that can start a candidate on their own (compounds like "twenty-first" start at "twenty"). */
const EN_ORDINAL =
  /(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|hundredth|thousandth)(?![a-z])/iy;

/** "ranked first", "ranks third", "finished second": an ordinal word after these is a rank. */
export const RANK_VERB_BEFORE = /\b(?:rank(?:s|ed)?|placed|finish(?:es|ed)?)\s+$/i;

/** Reads, extends and filters the claim starting at candidate p. */
function claimAt(ctx: ScanCtx, p: number, floor: number): Step {
  const t = ctx.text;
  const c = t.charCodeAt(p);
  const digitStart = isDigit(c);
  if (
    ctx.lang === 'en' &&
    !digitStart &&
    /^(?:several|a few|a couple|hundreds|thousands|millions|billions|tens|dozens)\b/i.test(t.slice(p, p + 10))
  ) {
    const v = enVague(ctx, p, floor);
    if (v) return v;
  }
  // A lone English ordinal word is a claim only in "first place": the commonest word candidate in prose ("the first
  // time", "for a second") is dropped here instead of being read with its units and then refused.
  // (Short texts are whole expressions — "twenty-third", "the first" — and keep the full reading.)
  if (ctx.lang === 'en' && !digitStart && ctx.last - ctx.first >= SHORT) {
    EN_ORDINAL.lastIndex = p;
    const m = EN_ORDINAL.exec(t);
    if (m) {
      const e = p + m[0].length;
      const after = t.charCodeAt(e);
      if (
        after !== 45 /* - */ &&
        !isAlnum(after) &&
        !/^ place\b/i.test(t.slice(e, e + 7)) &&
        !RANK_VERB_BEFORE.test(t.slice(Math.max(0, p - 16), p))
      )
        return reject(e);
    }
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
  // "10 000 dollars" with a plain space: "000" is the rest of a figure, never an amount of its own.
  if (
    digitStart &&
    c === 48 &&
    p > 1 &&
    isSpace(t.charCodeAt(p - 1)) &&
    isDigit(t.charCodeAt(p - 2)) &&
    isDigit(t.charCodeAt(p + 1)) &&
    isDigit(t.charCodeAt(p + 2)) &&
    !isDigit(t.charCodeAt(p + 3)) &&
    t[p + 3] !== '.'
  )
    return reject(skipToken(t, p));
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
  const fr = fractionOf(ctx, q, floor);
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
  // 장 counts sheets, but "2막 3장" is a scene and "2장면" two scenes.
  if (
    ctx.lang === 'ko' &&
    q.unit?.unit === '장' &&
    (t[q.unit.end] === '면' || /막 ?$/.test(t.slice(Math.max(0, q.start - 2), q.start)))
  )
    return reject(q.unit.end);
  // "한 차례에 한해": "limited to", not one year.
  if (
    ctx.lang === 'ko' &&
    q.num.words &&
    t.startsWith('한해', q.start) &&
    /에 $/.test(t.slice(q.start - 2, q.start))
  )
    return reject(q.end);
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
    !/s$/.test(q.unit.unit ?? '') &&
    !compared(t, q.numStart, q.numEnd)
  ) {
    return reject(q.numEnd);
  }
  // '범죄도시' 4편: a number of parts right after a quoted title is the sequel's name, not a count of works.
  if (q.unit?.unit === '편' && /['’"”」』》]\s?$/.test(t.slice(Math.max(0, q.start - 2), q.start)))
    return reject(q.end);
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
  if (start < floor) {
    // The words before the figure belong to the previous claim ("15 USD 50 more"): start at the figure.
    let s0 = Math.max(floor, q.start);
    while (s0 < q.numStart && isSpace(t.charCodeAt(s0))) s0++;
    claim.start = s0;
  }
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
function fractionOf(ctx: ScanCtx, q: Quantity, floor: number): Step | null {
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
