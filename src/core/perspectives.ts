// Human-scale perspectives for money and counts of people ("≈ 1.2% of Korea's 2025 budget", "≈ ₩160 per person"),
// and an old amount in today's prices. Pure: the card and the CLI call it with a claim, the UI language and a date.
import { convertMoney } from './convert.js';
import { formatKoreanNumber, formatMoney, formatMonth, formatNumber, formatRate } from './format.js';
import { CPI_BY_CURRENCY, latestCpiMonth } from './knowledge/cpi.js';
import {
  REFERENCE_BY_ID,
  REFERENCE_SERIES,
  type ReferenceSeries,
  referenceValue,
} from './knowledge/reference-figures.js';
import { sourcesOf } from './knowledge/sources.js';
import type { Claim, Source, UiLang } from './types.js';

export type PerspectiveKind = 'share' | 'multiple' | 'per-person' | 'pay' | 'today';

export interface Perspective {
  kind: PerspectiveKind;
  /** The sentence in the UI language: "≈ 1.2% of Korea's government budget for 2025 (₩673.3 trillion a year)". */
  text: string;
  /**
   * share/multiple: claim ÷ reference; per-person: the amount per person (in `unit`); pay: years of pay;
   * today: the price level now ÷ the price level then.
   */
  ratio: number;
  /** Reference series id ("kr-budget", "us-cpi-u") and its name in the UI language. */
  referenceId: string;
  reference: string;
  /** The reference's value and unit ('people', 'KRW', 'USD' or 'index'), and the year it is for. */
  value: number;
  unit: string;
  year: number;
  /** 'YYYY-MM' for a price index month. */
  month?: string;
  source: Source;
  /** How the claim was brought to the reference's currency, or how exact the index is. */
  note?: string;
}

const SIGN: Record<string, string> = { USD: '$', KRW: '₩', EUR: '€', JPY: '¥', CNY: 'CN¥' };
const KO_UNIT: Record<string, string> = { USD: '달러', KRW: '원', EUR: '유로', JPY: '엔', CNY: '위안' };

/** A ratio a reader can picture: between about 1/1000 and 1000. */
const MIN_RATIO = 1e-3;
const MAX_RATIO = 1e3;
/** Fewer people than this are a small count (a team, a class): no perspective. */
const MIN_PEOPLE = 10_000;
/** An old amount is shown in today's prices when the article is at least this many months before the index's end. */
const TODAY_AFTER_MONTHS = 12;

const PEOPLE_UNITS = new Set([
  '명',
  '인',
  'people',
  'persons',
  'person',
  'users',
  'residents',
  'citizens',
  'workers',
  'employees',
  'customers',
  'subscribers',
  'members',
  'visitors',
  'tourists',
  'patients',
  'students',
  'voters',
  'viewers',
  'children',
  'adults',
  'americans',
  'koreans',
  'households',
]);

/** Two significant digits, no more: the references themselves are rounded. */
function sig2(n: number): number {
  if (n === 0 || !Number.isFinite(n)) return n;
  const p = 10 ** (Math.floor(Math.log10(Math.abs(n))) - 1);
  return Math.round(n / p) * p;
}

/** "5.9", "0.12", "1.0", "240", "2,900": two significant digits, grouped, no trailing noise beyond them. */
function num2(n: number): string {
  const r = sig2(n);
  const a = Math.abs(r);
  if (a >= 10) return formatNumber(Math.round(r), 'en', 0);
  return r.toFixed(Math.min(6, 1 - Math.floor(Math.log10(a))));
}

function money(value: number, currency: string, lang: UiLang, round = true): string {
  const v = round ? sig2(value) : value;
  if (lang === 'ko') return formatMoney(v, currency, 'ko');
  return formatMoney(v, currency, 'en', Math.abs(v) >= 1e6);
}

function people(n: number, lang: UiLang): string {
  if (lang === 'ko') return `${formatKoreanNumber(n)}명`;
  if (n >= 1e9) return `${formatNumber(n / 1e9, 'en', 2)} billion`;
  if (n >= 1e6) return `${formatNumber(n / 1e6, 'en', 2)} million`;
  return formatNumber(n, 'en', 0);
}

function sourceOf(ids: readonly string[]): Source {
  return sourcesOf(ids)[0] ?? { title: 'ClaimLens reference figures', url: 'https://kosis.kr/' };
}

/** "≈ 5.9% of X" or "≈ 3 times X", in the UI language; `x` is the reference's phrase. */
function ratioPhrase(r: number, x: string, lang: UiLang): string {
  if (lang === 'ko') return r < 1 ? `${x}의 약 ${num2(r * 100)}%` : `${x}의 약 ${num2(r)}배`;
  return r < 1 ? `≈ ${num2(r * 100)}% of ${x}` : `≈ ${num2(r)} times ${x}`;
}

function inRange(r: number): boolean {
  return r >= MIN_RATIO && r <= MAX_RATIO;
}

function yearOf(publishedAt: string | undefined): number | undefined {
  const m = publishedAt ? /^(\d{4})-\d{2}/.exec(publishedAt) : null;
  return m ? Number(m[1]) : undefined;
}

function regionsFor(lang: UiLang): ReadonlySet<string> {
  return new Set(lang === 'ko' ? ['KR', 'world'] : ['US', 'world']);
}

function seriesFor(lang: UiLang, measure: ReferenceSeries['measure']): ReferenceSeries[] {
  const regions = regionsFor(lang);
  return REFERENCE_SERIES.filter((s) => regions.has(s.region) && s.measure === measure);
}

/** When a reference value is for: "2024년" / "2024", "2024년 말" / "the end of 2024", "fiscal 2024". */
function when(s: ReferenceSeries, year: number, lang: UiLang): string {
  if (lang === 'ko') return s.yearEnd ? `${year}년 말` : `${year}년`;
  if (s.yearEnd) return `the end of ${year}`;
  return s.id === 'us-outlays' ? `fiscal ${year}` : String(year);
}

/** "the 2025 budget (₩673.3 trillion a year)": what a money reference is, with its value and period. */
function moneyRef(s: ReferenceSeries, value: number, year: number, lang: UiLang): string {
  const amount = money(value, s.unit, lang, false);
  if (lang === 'ko') {
    const period = s.time === 'year' ? `한 해 ${amount}` : amount;
    return `${when(s, year, 'ko')} ${s.name.ko}(${period})`;
  }
  const period = s.time === 'year' ? `${amount} for the year` : amount;
  return `${s.name.en} ${s.yearEnd ? 'at' : 'in'} ${when(s, year, 'en')} (${period})`;
}

function base(
  s: ReferenceSeries,
  kind: PerspectiveKind,
  text: string,
  ratio: number,
  ref: { value: number; year: number },
  lang: UiLang,
  note: string | undefined,
): Perspective {
  const p: Perspective = {
    kind,
    text,
    ratio,
    referenceId: s.id,
    reference: s.name[lang],
    value: ref.value,
    unit: s.unit,
    year: ref.year,
    source: sourceOf(s.sources),
  };
  if (note) p.note = note;
  return p;
}

/** Candidates for an amount of money already in the reference currency, most telling first. */
function moneyCandidates(
  amount: number,
  currency: string,
  year: number | undefined,
  lang: UiLang,
  note?: string,
) {
  const out: Perspective[] = [];
  const all = seriesFor(lang, 'money').filter((s) => s.unit === currency);
  // A one-off amount set against a yearly total: the wording says "for the year" (moneyRef).
  for (const s of all.filter((x) => x.perPersonOf && x.time === 'year')) {
    const ref = referenceValue(s, year);
    const r = amount / ref.value;
    if (!inRange(r)) continue;
    out.push(
      base(
        s,
        r < 1 ? 'share' : 'multiple',
        ratioPhrase(r, moneyRef(s, ref.value, ref.year, lang), lang),
        r,
        ref,
        lang,
        note,
      ),
    );
    break; // one national total is enough (the budget before GDP)
  }
  // Per person: the national population of the first national total.
  const national = all.find((s) => s.perPersonOf);
  const pop = national?.perPersonOf ? REFERENCE_BY_ID.get(national.perPersonOf) : undefined;
  if (pop) {
    const ref = referenceValue(pop, year);
    const each = amount / ref.value;
    // Below ₩100 / 10¢ a head the figure says "nothing" more than it helps.
    const floor = currency === 'KRW' ? 100 : 0.1;
    if (each >= floor) {
      const who = people(ref.value, lang);
      const text =
        lang === 'ko'
          ? `국민 1인당 약 ${money(each, currency, 'ko')} (${when(pop, ref.year, 'ko')} ${pop.name.ko} ${who} 기준)`
          : `≈ ${money(each, currency, 'en')} per person in ${pop.region === 'US' ? 'the US' : 'Korea'} (${who} people, ${when(pop, ref.year, 'en')})`;
      out.push(base(pop, 'per-person', text, each, ref, lang, note));
    }
  }
  for (const s of all.filter(
    (x) => !x.perPersonOf && x.time !== 'month' && x.id !== 'us-median-household-income',
  )) {
    const ref = referenceValue(s, year);
    const r = amount / ref.value;
    // A price is a one-off amount like the claim; a company's revenue is per year, and the wording says so.
    const lower = s.time === 'stock' ? 0.1 : MIN_RATIO;
    if (r >= lower && r <= MAX_RATIO)
      out.push(
        base(
          s,
          r < 1 ? 'share' : 'multiple',
          ratioPhrase(r, moneyRef(s, ref.value, ref.year, lang), lang),
          r,
          ref,
          lang,
          note,
        ),
      );
  }
  // Pay: how long a typical earner works for it (a flow per month or per year, said as a duration).
  const pay = all.find((s) => s.id === 'kr-median-wage' || s.id === 'us-median-household-income');
  if (pay) {
    const ref = referenceValue(pay, year);
    const perYear = pay.time === 'month' ? ref.value * 12 : ref.value;
    const years = amount / perYear;
    if (years >= 1 && years <= MAX_RATIO) {
      const text =
        lang === 'ko'
          ? pay.time === 'month'
            ? `${pay.name.ko}(${ref.year}년 월 ${money(ref.value, currency, 'ko', false)})으로 약 ${num2(years)}년 치`
            : `${pay.name.ko}(${ref.year}년 한 해 ${money(ref.value, currency, 'ko', false)})으로 약 ${num2(years)}년 치`
          : pay.time === 'month'
            ? `≈ ${num2(years)} years of ${pay.name.en} (${money(ref.value, currency, 'en', false)} a month, ${ref.year})`
            : `≈ ${num2(years)} years of ${pay.name.en} (${money(ref.value, currency, 'en', false)} a year, ${ref.year})`;
      out.push(base(pay, 'pay', text, years, ref, lang, note));
    }
  }
  return out;
}

/** Candidates for a count of people. */
function peopleCandidates(n: number, year: number | undefined, lang: UiLang): Perspective[] {
  const out: Perspective[] = [];
  const all = seriesFor(lang, 'people');
  const phrase = (s: ReferenceSeries, ref: { value: number; year: number }) =>
    lang === 'ko'
      ? `${when(s, ref.year, 'ko')} ${s.name.ko}(${people(ref.value, 'ko')})`
      : `${s.name.en} (${people(ref.value, 'en')}, ${when(s, ref.year, 'en')})`;
  for (const s of all.filter((x) => !x.city && x.region !== 'world')) {
    const ref = referenceValue(s, year);
    const r = n / ref.value;
    if (inRange(r))
      out.push(
        base(s, r < 1 ? 'share' : 'multiple', ratioPhrase(r, phrase(s, ref), lang), r, ref, lang, undefined),
      );
  }
  // The city closest in size, when one is within a factor of ten.
  let best: { s: ReferenceSeries; ref: { value: number; year: number }; r: number } | undefined;
  for (const s of all.filter((x) => x.city)) {
    const ref = referenceValue(s, year);
    const r = n / ref.value;
    if (r < 0.1 || r > 10) continue;
    if (!best || Math.abs(Math.log(r)) < Math.abs(Math.log(best.r))) best = { s, ref, r };
  }
  if (best)
    out.push(
      base(
        best.s,
        best.r < 1 ? 'share' : 'multiple',
        ratioPhrase(best.r, phrase(best.s, best.ref), lang),
        best.r,
        best.ref,
        lang,
        undefined,
      ),
    );
  for (const s of all.filter((x) => x.region === 'world')) {
    const ref = referenceValue(s, year);
    const r = n / ref.value;
    if (inRange(r)) out.push(base(s, 'share', ratioPhrase(r, phrase(s, ref), lang), r, ref, lang, undefined));
  }
  return out;
}

function monthsBetween(a: string, b: string): number {
  const [ay, am] = a.split('-').map(Number) as [number, number];
  const [by, bm] = b.split('-').map(Number) as [number, number];
  return (by - ay) * 12 + (bm - am);
}

/** An amount from an article a year or more before the price index's latest month, in that month's prices. */
export function inTodaysPrices(
  claim: Claim,
  lang: UiLang,
  publishedAt: string | undefined,
): Perspective | null {
  if (claim.kind !== 'money' || !claim.unit || claim.vague || claim.range || claim.per || !(claim.value > 0))
    return null;
  const cpi = CPI_BY_CURRENCY.get(claim.unit);
  const month = publishedAt ? /^(\d{4}-\d{2})/.exec(publishedAt)?.[1] : undefined;
  if (!cpi || !month) return null;
  const then = cpi.monthly[month];
  const last = latestCpiMonth(cpi);
  const now = cpi.monthly[last];
  if (then === undefined || now === undefined || monthsBetween(month, last) < TODAY_AFTER_MONTHS) return null;
  const ratio = now / then;
  const value = claim.value * ratio;
  const annual = cpi.annualOnly.includes(last);
  // The article's month at its year's average: the line says how exact the index is.
  const annualThen = cpi.annualOnly.includes(month);
  const estimated = cpi.estimated.includes(last) || cpi.estimated.includes(month);
  const year = Number(last.slice(0, 4));
  const when = annual ? (lang === 'ko' ? `${year}년` : String(year)) : formatMonth(last, lang);
  const est = estimated ? (lang === 'ko' ? ', 추정' : ', estimated') : '';
  const text =
    lang === 'ko'
      ? `${when} 물가로 약 ${money(value, claim.unit, 'ko')} (${cpi.name.ko} ${formatNumber(then, 'ko', 1)} → ${formatNumber(now, 'ko', 1)}${est})`
      : `≈ ${money(value, claim.unit, 'en')} in ${when} ${claim.unit === 'USD' ? 'dollars' : 'won'} (${cpi.name.en} ${formatNumber(then, 'en', 1)} → ${formatNumber(now, 'en', 1)}${est})`;
  const p: Perspective = {
    kind: 'today',
    text,
    ratio,
    referenceId: claim.unit === 'USD' ? 'us-cpi-u' : 'kr-cpi',
    reference: cpi.name[lang],
    value: now,
    unit: 'index',
    year,
    month: last,
    source: sourceOf(cpi.sources),
  };
  if (annual || annualThen) p.note = cpi.precision[lang];
  return p;
}

/**
 * At most two perspectives a reader can picture for a money amount or a count of people (none for anything else, nor
 * for small counts), plus the amount in today's prices for an article a year old or more. References are the UI
 * language's country's and the world's, for the article's year (nearest year available); money is first converted
 * to the reference currency at the article month's reference rate.
 */
export function perspectivesOf(claim: Claim, lang: UiLang, publishedAt?: string): Perspective[] {
  if (claim.vague || claim.range || claim.per || !(claim.value > 0) || !Number.isFinite(claim.value))
    return [];
  const year = yearOf(publishedAt);
  let picked: Perspective[] = [];
  if (claim.kind === 'money' && claim.unit) {
    const currency = lang === 'ko' ? 'KRW' : 'USD';
    let amount = claim.value;
    let note: string | undefined;
    if (claim.unit !== currency) {
      const conv = convertMoney(claim.value, claim.unit, currency, publishedAt);
      if (!conv) return [];
      amount = conv.value;
      // The rate in its usual direction (won per dollar, not dollars per won), as the conversion row says it.
      const big = conv.rate >= 1;
      const rate = formatRate(big ? conv.rate : 1 / conv.rate);
      const [num, den] = big ? [currency, claim.unit] : [claim.unit, currency];
      const month = formatMonth(conv.rateMonth, lang);
      note =
        lang === 'ko'
          ? `${money(amount, currency, 'ko')}으로 환산(${month} 평균 1${KO_UNIT[den] ?? den}당 ${rate}${KO_UNIT[num] ?? num}${conv.nearest ? ', 가장 가까운 달' : ''})`
          : `converted to ${money(amount, currency, 'en')} at ${SIGN[num] ?? `${num} `}${rate}/${SIGN[den] ?? den} (${month} average${conv.nearest ? ', nearest month' : ''})`;
    }
    picked = pickTwo(moneyCandidates(amount, currency, year, lang, note));
  } else if (claim.kind === 'count' && claim.unit && PEOPLE_UNITS.has(claim.unit.toLowerCase())) {
    if (claim.value >= MIN_PEOPLE) picked = pickTwo(peopleCandidates(claim.value, year, lang));
  }
  const today = inTodaysPrices(claim, lang, publishedAt);
  return today ? [today, ...picked] : picked;
}

/** The first two candidates from different references (they come most telling first). */
function pickTwo(candidates: Perspective[]): Perspective[] {
  const out: Perspective[] = [];
  for (const c of candidates) {
    if (out.length === 2) break;
    if (!out.some((o) => o.referenceId === c.referenceId)) out.push(c);
  }
  return out;
}
