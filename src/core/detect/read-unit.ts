// Reads the unit after a number (currency, percent, counter, measure, date part) and English count nouns.
import { isAlnum, isDigit, isHangul, isLatin, isSpace } from './chars.js';
import { wordEnd } from './numerals-en.js';
import type { ScanCtx, UnitMatch } from './types.js';
import { EAST_UNITS, EN_UNITS, type UnitEntry } from './units.js';

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

export function matchIn(
  ctx: ScanCtx,
  table: Map<string, UnitEntry[]>,
  i: number,
  ci: boolean,
): UnitMatch | null {
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
    // "42 LE", "42 le" are Egyptian pounds; "Ligue 1 Le Havre" is a name (the capitalised French article).
    if (e.w === 'le' && t[i] === 'L' && t[i + 1] === 'e') continue;
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
  // 초과 is "more than", not seconds followed by a particle (300억 초과, 100 초과).
  if (t.charCodeAt(u.end - 1) === 0xcd08 /* 초 */ && t.charCodeAt(u.end) === 0xacfc /* 과 */) return null;
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
    // "25 g of sugar": a lower-case g after a space is grams (5G, 5 G are networks).
    if (v && v.unit === 'g' && t[e + 1] === 'g' && !isLatin(t.charCodeAt(v.end))) return v;
    // "10 $ is not much": a dollar sign after the figure, unless it opens the next amount ("10 $ 30").
    if (v && t[e + 1] === '$' && !isDigit(t.charCodeAt(v.end)) && !isDigit(t.charCodeAt(v.end + 1))) return v;
  }
  if (t.charCodeAt(e) === 45 && isLatin(t.charCodeAt(e + 1))) {
    // "a 10-year plan", "a 12-cent dividend", "3-inch"
    const v = matchIn(ctx, EN_UNITS, e + 1, true);
    if (v && !v.tight && v.kind !== 'date' && v.kind !== 'rank') return v;
  }
  return null;
}

const EN_STOP = new Set(
  'of and or to through thru in on at for by from with the a an is are was were be been has have had that this which who as than per but not no it its into over under up down out about after before between during since until via vs versus while when where whose if so yet also more less most least new old other such only just all each every both some any many much few last next first second percent rose fell rise rises fall falls grew grow grows dropped drop jumped jump increased decreased gained lost climbed slipped surged plunged soared tumbled declined slid added cut raised said says told reported won beat against among amid across toward towards within without behind beyond despite like near onto upon along off past above below around plus minus except unlike throughout are were one two three four five six seven eight nine ten hundred thousand million billion half twice'.split(
    ' ',
  ),
);

/** English "16,000 chips": a following noun becomes the count's unit. */
export function nounUnit(ctx: ScanCtx, e: number): UnitMatch | null {
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

/** Syllables that begin a particle or ending after a counter (명이, 배로, 개를, 곳에서 …). */
export const PARTICLE_START = '이가을를은는의에로으와과도만씩쯤께까나란라인짜여당째보다며면고및부치';
/** What may follow a one-syllable unit inside a word: particles, endings and the hedge/bound words that
 * join a claim (원대, 원선, 원짜리, 원어치, 명가량, 개씩, 배로 …). Anything else makes it another word
 * (배우, 패블릿, 회말, 주기, 집). */
const AFTER_UNIT =
  PARTICLE_START + '대선권어상급꼴께정안내남수전미초넘돌육달엔했된될한할하해인임입였밖들일뿐중';
