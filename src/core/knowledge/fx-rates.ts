// Reference exchange rates: monthly averages against the US dollar (KRW, JPY, CNY, EUR), 2023-01..2026-10.
import type { Bilingual, FxSeries } from './types.js';

const C = '2026-11-29';

/**
 * Values are monthly averages of daily noon buying rates (Federal Reserve H.10, FRED EX*US series;
 * the Bank of Korea's ECOS monthly averages agree to within a few won). They were compiled without
 * network access and rounded: treat them as good to about ±0.5%, which is enough for the consistency
 * check they serve (an article's implied rate is plausible or not). Months listed in `estimated`
 * (from 2025-11) are not recalled published averages but the last known level carried forward; the
 * card says so, and they should be replaced from the source when the data is next refreshed.
 */
const ESTIMATED_FROM = '2025-11';

function months(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

const MONTHS = months('2023-01', '2026-10');
const ESTIMATED = MONTHS.filter((m) => m >= ESTIMATED_FROM);

function series(values: number[], carry: number): Record<string, number> {
  const out: Record<string, number> = {};
  MONTHS.forEach((m, i) => {
    out[m] = values[i] ?? carry;
  });
  return out;
}

const PRECISION: Bilingual = {
  ko: '월평균 환율(반올림, 약 ±0.5%). 2025년 11월 이후는 공표치가 아닌 직전 수준을 이어 쓴 추정치',
  en: 'monthly averages, rounded (about ±0.5%); from November 2025 on, an estimate carrying the last known level forward, not a published figure',
};

export const FX_SERIES: FxSeries[] = [
  {
    currency: 'KRW',
    quotedAs: 'per-usd',
    // biome-ignore format: one row per year
    monthly: series([
      1247, 1271, 1306, 1320, 1328, 1297, 1286, 1319, 1328, 1351, 1310, 1304, // 2023
      1324, 1332, 1331, 1368, 1365, 1381, 1383, 1354, 1335, 1361, 1393, 1435, // 2024
      1455, 1446, 1457, 1444, 1396, 1365, 1376, 1389, 1392, 1424, 1460, 1465, // 2025
    ], 1465),
    estimated: ESTIMATED,
    precision: PRECISION,
    sources: ['fred-exkous', 'bok-ecos'],
    checked: C,
  },
  {
    currency: 'JPY',
    quotedAs: 'per-usd',
    // biome-ignore format: one row per year
    monthly: series([
      130.4, 133.0, 133.9, 133.4, 137.0, 141.2, 140.9, 144.8, 147.8, 149.6, 149.8, 143.9, // 2023
      146.4, 149.6, 149.8, 153.7, 155.9, 157.9, 157.5, 146.3, 143.0, 149.7, 153.7, 153.8, // 2024
      156.5, 151.9, 149.1, 144.2, 144.9, 144.5, 146.8, 147.4, 147.7, 151.5, 155.0, 155.0, // 2025
    ], 155.0),
    estimated: ESTIMATED,
    precision: PRECISION,
    sources: ['fred-exjpus'],
    checked: C,
  },
  {
    currency: 'CNY',
    quotedAs: 'per-usd',
    // biome-ignore format: one row per year
    monthly: series([
      6.78, 6.85, 6.91, 6.89, 6.98, 7.16, 7.19, 7.24, 7.30, 7.31, 7.21, 7.14, // 2023
      7.17, 7.19, 7.20, 7.24, 7.23, 7.26, 7.26, 7.15, 7.07, 7.10, 7.22, 7.29, // 2024
      7.31, 7.29, 7.25, 7.31, 7.21, 7.18, 7.17, 7.17, 7.12, 7.12, 7.10, 7.10, // 2025
    ], 7.1),
    estimated: ESTIMATED,
    precision: PRECISION,
    sources: ['fred-exchus'],
    checked: C,
  },
  {
    currency: 'EUR',
    quotedAs: 'usd-per',
    // biome-ignore format: one row per year
    monthly: series([
      1.079, 1.071, 1.071, 1.097, 1.087, 1.084, 1.106, 1.091, 1.068, 1.056, 1.081, 1.090, // 2023
      1.091, 1.079, 1.087, 1.072, 1.081, 1.076, 1.084, 1.101, 1.110, 1.090, 1.063, 1.048, // 2024
      1.035, 1.041, 1.081, 1.123, 1.128, 1.152, 1.168, 1.165, 1.173, 1.163, 1.160, 1.160, // 2025
    ], 1.16),
    estimated: ESTIMATED,
    precision: PRECISION,
    sources: ['fred-exuseu'],
    checked: C,
  },
];

export const FX_MONTHS: readonly string[] = MONTHS;
export const FX_BY_CURRENCY: Map<string, FxSeries> = new Map(FX_SERIES.map((s) => [s.currency, s]));

/** Units of `currency` per 1 USD in `month` (exact month; USD itself is 1). */
export function perUsd(currency: string, month: string): number | undefined {
  if (currency === 'USD') return 1;
  const s = FX_BY_CURRENCY.get(currency);
  const v = s?.monthly[month];
  if (!s || v === undefined) return undefined;
  return s.quotedAs === 'per-usd' ? v : 1 / v;
}

/** The month of the data nearest to `isoDate` (clamped to the covered range). */
export function nearestMonth(isoDate: string | undefined): string | undefined {
  if (!isoDate) return undefined;
  const m = /^(\d{4})-(\d{2})/.exec(isoDate);
  if (!m) return undefined;
  const key = `${m[1]}-${m[2]}`;
  const first = MONTHS[0]!;
  const last = MONTHS[MONTHS.length - 1]!;
  if (key < first) return first;
  if (key > last) return last;
  return key;
}

export function isEstimated(currency: string, month: string): boolean {
  return FX_BY_CURRENCY.get(currency)?.estimated.includes(month) ?? false;
}
