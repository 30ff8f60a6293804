// Money conversion at the reference monthly rate of the article's month (nearest month covered).

import { formatKoreanCompact, formatMoney, formatMonth, formatRate } from './format.js';
import { FX_BY_CURRENCY, FX_MONTHS, isEstimated, nearestMonth, perUsd } from './knowledge/fx-rates.js';
import { sourcesOf } from './knowledge/sources.js';
import type { Source, UiLang } from './types.js';

export interface Conversion {
  value: number;
  /** Units of `to` per one unit of `from`. */
  rate: number;
  /** 'YYYY-MM' of the monthly average used. */
  rateMonth: string;
  source: Source;
  sources: Source[];
  /** True when the month's figure is a carried-forward estimate, not a published average. */
  estimated: boolean;
  /** True when the article's own month was outside the data (or unknown) and another month was used. */
  nearest: boolean;
}

/** The last month whose figures are not estimates: the default when the article date is unknown. */
function lastPublishedMonth(): string {
  for (let i = FX_MONTHS.length - 1; i >= 0; i--) {
    const m = FX_MONTHS[i]!;
    if (!isEstimated('KRW', m)) return m;
  }
  return FX_MONTHS[FX_MONTHS.length - 1]!;
}

/**
 * convertMoney(5_576_000, 'USD', 'KRW', '2025-01-24') → { value ≈ 8.11e9, rate 1455, rateMonth '2025-01', … }.
 * Returns null for a currency without reference rates.
 */
export function convertMoney(
  value: number,
  from: string,
  to: string,
  publishedAt?: string,
): Conversion | null {
  const wanted = publishedAt ? /^(\d{4}-\d{2})/.exec(publishedAt)?.[1] : undefined;
  const month = nearestMonth(publishedAt) ?? lastPublishedMonth();
  const a = perUsd(from, month);
  const b = perUsd(to, month);
  if (a === undefined || b === undefined) return null;
  const rate = b / a;
  const ids = [from, to].flatMap((c) => FX_BY_CURRENCY.get(c)?.sources ?? []);
  const sources = sourcesOf([...new Set(ids)]);
  const fallback: Source = { title: 'Same currency', url: 'https://fred.stlouisfed.org/categories/94' };
  return {
    value: value * rate,
    rate,
    rateMonth: month,
    source: sources[0] ?? fallback,
    sources: sources.length ? sources : [fallback],
    estimated: isEstimated(from, month) || isEstimated(to, month),
    nearest: wanted !== month,
  };
}

const SIGN: Record<string, string> = { USD: '$', KRW: '₩', EUR: '€', JPY: '¥', CNY: 'CN¥' };
const KO_UNIT: Record<string, string> = { USD: '달러', KRW: '원', EUR: '유로', JPY: '엔', CNY: '위안' };

/**
 * The card's conversion line, saying which rate and month it used:
 * en "US$5,576,000 ≈ ₩8.11 billion (≈ 81.1억 원) at ₩1,455/$, Jan 2025 average"
 * ko "557만6000달러 ≈ 81억1308만 원 (2025년 1월 평균 1달러당 1,455원 기준)".
 */
export function describeConversion(
  value: number,
  from: string,
  to: string,
  publishedAt: string | undefined,
  lang: UiLang,
): string | null {
  const c = convertMoney(value, from, to, publishedAt);
  if (!c) return null;
  // Quote the rate in its usual direction (won per dollar, not dollars per won).
  const big = c.rate >= 1;
  const rate = big ? c.rate : 1 / c.rate;
  const [num, den] = big ? [to, from] : [from, to];
  const est = c.estimated ? (lang === 'ko' ? ', 추정치' : ', estimate') : '';
  if (lang === 'ko') {
    const when = `${formatMonth(c.rateMonth, 'ko')} 평균${c.nearest ? '(가장 가까운 달)' : ''}`;
    return `${formatMoney(value, from, 'ko')} ≈ ${formatMoney(c.value, to, 'ko')} (${when} 1${KO_UNIT[den] ?? den}당 ${formatRate(rate)}${KO_UNIT[num] ?? num} 기준${est})`;
  }
  const ko = to === 'KRW' ? ` (≈ ${formatKoreanCompact(c.value)} 원)` : '';
  const when = `${formatMonth(c.rateMonth, 'en')} average${c.nearest ? ' (nearest month)' : ''}`;
  return `${formatMoney(value, from, 'en')} ≈ ${formatMoney(c.value, to, 'en', true)}${ko} at ${SIGN[num] ?? `${num} `}${formatRate(rate)}/${SIGN[den] ?? den}, ${when}${est}`;
}
