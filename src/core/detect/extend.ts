// Extends a read quantity into a range (3~5%, between 10 and 20 dollars) or a rate (시간당 2달러, $2 per hour).

import type { ClaimKind } from '../types.js';
import { isSpace } from './chars.js';
import { enPerSuffix, koPeriodPrefix, koPerPrefix } from './modifiers.js';
import type { Quantity } from './quantity.js';
import type { ScanCtx, UnitMatch } from './types.js';

type Reader = (ctx: ScanCtx, p: number) => Quantity | null;

// Not 에서: "19.9%에서 20.7%로" is a change from one figure to another, not a range.
const CONNECTORS = ['~', '～', '〜', '∼', '-', '–', '—', '至', '到', 'から'];
const HYPHENS = ['-', '–', '—'];
const EN_CONNECTORS = ['to', 'and', 'or', 'through', 'thru'];
/** Connectors that make a range only with a closing word: 20과 30 사이, 20부터 100까지, 20和30之间, 20と30の間. */
const CLOSED: [string, string[]][] = [
  ['부터', ['까지']],
  ['에서', ['사이', '까지']],
  ['과', ['사이']],
  ['와', ['사이']],
  ['和', ['之间', '之間']],
  ['与', ['之间']],
  ['與', ['之間']],
  ['と', ['の間']],
];

/** The last multiplier of a figure: 5만 → 10⁴, 20 million → 10⁶ (to scale "3~5만", "2-3 million"). */
const EAST_MUL: Record<string, number> = { 십: 10, 백: 100, 천: 1e3, 만: 1e4, 억: 1e8, 조: 1e12 };

function lastMultiplier(text: string, q: Quantity): number {
  const t = q.num;
  if (t.plain && !q.scaled) return 1;
  if (q.scale !== undefined) return q.scale;
  // "3천만" → 10⁷ (2~3천만원 is 2천만~3천만), not the largest power that divides 3×10⁷.
  const m = /^[\d.,]+([십백천만억조]+)$/.exec(text.slice(q.numStart, q.numEnd));
  if (m) return [...m[1]!].reduce((a, c) => a * EAST_MUL[c]!, 1);
  const v = Math.abs(q.value);
  if (v === 0) return 1;
  for (const m of [1e12, 1e9, 1e8, 1e6, 1e4, 1e3]) {
    if (v % m === 0) return m;
  }
  return 1;
}

/** A range connector after the first figure: "~", "-", "to", "and" (after between), 부터 … 까지, 和 … 之间. */
interface Connector {
  conn: string;
  /** Words that must close the range (까지, 사이, 之间). */
  closers: string[] | null;
  /** Where the connector starts. */
  at: number;
  spaced1: boolean;
  /** "between " or "from " written before the first figure. */
  between: RegExpExecArray | null;
}

function connectorAfter(ctx: ScanCtx, q: Quantity, floor: number): Connector | null {
  const t = ctx.text;
  let j = q.end;
  const spaced1 = isSpace(t.charCodeAt(j));
  if (spaced1) j++;
  let conn = '';
  for (const c of CONNECTORS) {
    if (t.startsWith(c, j)) {
      conn = c;
      break;
    }
  }
  const between =
    ctx.lang === 'en' ? /\b(between|from)\s$/i.exec(t.slice(Math.max(floor, q.start - 9), q.start)) : null;
  if (!conn && ctx.lang === 'en' && spaced1) {
    for (const c of EN_CONNECTORS) {
      if (t.startsWith(c + ' ', j) && (c === 'to' || c === 'through' || c === 'thru' || between !== null)) {
        conn = c;
        break;
      }
    }
  }
  let closers: string[] | null = null;
  if (!conn && ctx.lang !== 'en' && !spaced1) {
    for (const [c, cl] of CLOSED) {
      if (t.startsWith(c, j)) {
        conn = c;
        closers = cl;
        break;
      }
    }
  }
  if (!conn) return null;
  return { conn, closers, at: j, spaced1, between };
}

/** The range's unit from its two ends; null when they do not make a range, 'reject' when the second is a date. */
function rangeUnit(
  q: Quantity,
  second: Quantity,
  c: Connector,
): { unit: UnitMatch | null } | null | 'reject' {
  const u1 = q.unit;
  const u2 = second.unit;
  if (u2 && (u2.kind === 'date' || u2.kind === 'skip')) return c.closers ? null : 'reject';
  if (u1 && (u1.kind === 'date' || u1.kind === 'skip')) return null;
  let unit = u1;
  if (u1 && u2) {
    if (u1.kind !== u2.kind || u1.unit !== u2.unit) return null;
    unit = u2;
  } else if (!u1 && u2) {
    unit = u2;
  } else if (u1 && !u2) {
    if (!q.prefixCurrency || (second.prefixCurrency === null && !second.num.digits)) return null;
  } else if (HYPHENS.includes(c.conn) && c.between === null) {
    // 2-1, 1995-01: hyphenated bare numbers are scores, dates and codes, not ranges.
    return null;
  }
  return { unit };
}

/**
 * The range the quantity starts (3~5%, 25000 - 30000원, between 10 and 20 dollars, 20부터 100까지): the widened
 * quantity and its ends; null when none; 'reject' when the figure after the connector is a date.
 */
export function applyRange(
  ctx: ScanCtx,
  q: Quantity,
  read: Reader,
  floor: number,
): { q: Quantity; range: [number, number] } | null | 'reject' {
  const t = ctx.text;
  // "threefold to ¥3.2 billion" is a change, not a range; ordinals and fractions do not start ranges.
  if (q.num.fold || q.num.fraction || q.unit?.kind === 'multiplier') return null;
  const c = connectorAfter(ctx, q, floor);
  if (!c) return null;
  const { conn, closers } = c;
  let k = c.at + conn.length;
  const spaced2 = isSpace(t.charCodeAt(k));
  if (spaced2) k++;
  if (conn.length > 1 && /^[a-z]+$/.test(conn) && !spaced2) return null;
  const second = read(ctx, k);
  if (!second) return null;
  if (!!q.num.ordinal !== !!second.num.ordinal) return null; // 第十和第十五之间: ranks range only with ranks
  if (second.num.digits !== q.num.digits && !(ctx.lang === 'en')) return null;
  const ru = rangeUnit(q, second, c);
  if (ru === null || ru === 'reject') return ru;
  const unit = ru.unit;
  let low = q.value;
  const high = second.value;
  if ((q.num.plain || q.num.words) && !q.scaled) {
    const m = lastMultiplier(t, second);
    if (m > 1 && low * m <= high) low *= m;
  }
  if (!(high > low)) return null;
  // "increased by 578,000 to 155.6 million": a change and the level it reached, not a range (a range's ends are of
  // one size: "rose by 3 to 5 percent").
  if (conn === 'to' && high > 10 * low && /\bby\s$/i.test(t.slice(Math.max(floor, q.start - 4), q.start)))
    return null;
  if (conn === '-' && !c.spaced1 && !unit && !q.prefixCurrency) return null;
  let end = second.end;
  if (closers) {
    let ce = end;
    if (isSpace(t.charCodeAt(ce))) ce++;
    const closer = closers.find((w) => t.startsWith(w, ce));
    if (!closer) return null;
    end = ce + closer.length;
  }
  return {
    q: {
      ...q,
      // "between 10 and 20 dollars": the quote starts at "between".
      start: c.between ? q.start - c.between[0].length : q.start,
      end,
      unit: unit ?? null,
      value: low,
      prefixCurrency: q.prefixCurrency ?? second.prefixCurrency,
    },
    range: [low, high],
  };
}

export function applyRate(
  ctx: ScanCtx,
  kind: ClaimKind,
  start: number,
  end: number,
  floor: number,
): { start: number; end: number; per: string } | null {
  if (kind !== 'money' && kind !== 'count') return null;
  if (ctx.lang === 'en') {
    if (kind !== 'money') return null;
    const s = enPerSuffix(ctx, end);
    return s ? { start, end: s.at, per: s.per } : null;
  }
  const p = koPerPrefix(ctx, start, floor);
  if (p) return { start: p.at, end, per: p.per };
  if (kind === 'money') {
    const m = koPeriodPrefix(ctx, start, floor);
    if (m) return { start: m.at, end, per: m.per };
    const s = enPerSuffix(ctx, end);
    if (s && s.at - end <= 6) return { start, end: s.at, per: s.per };
  }
  return null;
}

export const shareUnit = (u: string | null): string | null => u;
