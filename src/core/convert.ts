// Money conversion at the reference monthly rate of the article's month (nearest month covered).
import { FX_BY_CURRENCY, FX_MONTHS, isEstimated, nearestMonth, perUsd } from './knowledge/fx-rates.js';
import { sourcesOf } from './knowledge/sources.js';
import type { Source } from './types.js';

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
