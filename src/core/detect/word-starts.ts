// English word candidates settled before reading a figure: vague magnitudes ("hundreds of millions") and lone ordinals.
import type { ClaimKind } from '../types.js';
import { SHORT } from './candidates.js';
import { isAlnum } from './chars.js';
import { prefixMod } from './modifiers.js';
import { nounUnit, readUnit } from './read-unit.js';
import { reject, type Step } from './step.js';
import type { RawClaim, ScanCtx } from './types.js';

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
const RANK_VERB_BEFORE = /\b(?:rank(?:s|ed)?|placed|finish(?:es|ed)?)\s+$/i;

const VAGUE_START = /^(?:several|a few|a couple|hundreds|thousands|millions|billions|tens|dozens)\b/i;

/**
 * An English word candidate decided before the figure reader runs: a vague magnitude, or a lone ordinal dropped.
 * Null: read the candidate as usual.
 */
export function englishWordStart(ctx: ScanCtx, p: number, floor: number): Step | null {
  const t = ctx.text;
  if (VAGUE_START.test(t.slice(p, p + 10))) {
    const v = enVague(ctx, p, floor);
    if (v) return v;
  }
  // A lone English ordinal word is a claim only in "first place": the commonest word candidate in prose ("the first
  // time", "for a second") is dropped here instead of being read with its units and then refused.
  // (Short texts are whole expressions — "twenty-third", "the first" — and keep the full reading.)
  if (ctx.last - ctx.first >= SHORT) {
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
  return null;
}
