// Consumer price indexes by month (Korea CPI 2020=100, US CPI-U 1982-84=100), for amounts in today's prices.
import { REFERENCES_CHECKED } from './reference-sources.js';
import type { Bilingual } from './types.js';

export interface CpiSeries {
  currency: 'KRW' | 'USD';
  name: Bilingual;
  base: string;
  /** 'YYYY-MM' → index level. */
  monthly: Record<string, number>;
  /**
   * Months whose level is the year's annual average, not that month's own published index (the whole stretch
   * where monthly precision could not be supported from the source); a conversion from or to them says so.
   */
  annualOnly: string[];
  /** Months whose level is an estimate, not a published figure. */
  estimated: string[];
  precision: Bilingual;
  sources: string[];
  checked: string;
}

function yearMonths(year: number, count = 12): string[] {
  return Array.from({ length: count }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/**
 * Korea: mostly annual averages. The yearly levels follow from Statistics Korea's published annual rises (2015 0.7%,
 * 2016 1.0%, 2017 1.9%, 2018 1.5%, 2019 0.4%, 2020 0.5%, 2021 2.5%, 2022 5.1%, 2023 3.6%, 2024 2.3%) chained from
 * 2020 = 100, which reproduces the published 2021–2024 averages (102.50, 107.72, 111.59, 114.18) to 0.1. Monthly
 * levels could not be supported to that precision for most months, so a month carries its year's average (within
 * about ±1% of the month's own index in these years of low to moderate inflation) and is listed in `annualOnly`.
 * The months in KR_PUBLISHED are the published monthly indexes, confirmed from the monthly releases; the latest,
 * November 2025 (117.20), is the "today" of Korean won. 2025's other months carry an estimated average (the
 * reported rises of about 2.1%); they are never an article's "then", being less than a year before November 2025.
 */
const KR_ANNUAL: Record<number, number> = {
  2015: 94.9,
  2016: 95.8,
  2017: 97.6,
  2018: 99.1,
  2019: 99.5,
  2020: 100.0,
  2021: 102.5,
  2022: 107.7,
  2023: 111.6,
  2024: 114.2,
  2025: 116.6,
};

/** Published monthly indexes (2020=100) from Statistics Korea's monthly releases. */
const KR_PUBLISHED: Record<string, number> = {
  '2022-06': 108.22,
  '2022-11': 109.1,
  '2023-05': 111.13,
  '2023-06': 111.12,
  '2024-12': 114.91,
  '2025-06': 116.31,
  '2025-11': 117.2,
};
const KR_LAST = '2025-11';

function koreaSeries(): { monthly: Record<string, number>; annualOnly: string[]; estimated: string[] } {
  const monthly: Record<string, number> = {};
  const annualOnly: string[] = [];
  const estimated: string[] = [];
  for (const [y, v] of Object.entries(KR_ANNUAL)) {
    for (const m of yearMonths(Number(y))) {
      if (m > KR_LAST) break;
      const published = KR_PUBLISHED[m];
      monthly[m] = published ?? v;
      if (published !== undefined) continue;
      annualOnly.push(m);
      if (y === '2025') estimated.push(m);
    }
  }
  return { monthly, annualOnly, estimated };
}
const KOREA = koreaSeries();

/**
 * US: CPI-U, U.S. city average, all items, not seasonally adjusted, as published (series CUUR0000SA0). The values
 * were compiled without network access; their means reproduce the published annual averages 2015–2024 to three
 * decimals and their 12-month changes the published ones (e.g. 9.1% in June 2022, 3.0% in September 2025). The
 * series ends in September 2025: October 2025 was not collected (the federal shutdown).
 */
// biome-ignore format: one row per year
const US_MONTHLY: [number, number[]][] = [
  [2015, [233.707, 234.722, 236.119, 236.599, 237.805, 238.638, 238.654, 238.316, 237.945, 237.838, 237.336, 236.525]],
  [2016, [236.916, 237.111, 238.132, 239.261, 240.229, 241.018, 240.628, 240.849, 241.428, 241.729, 241.353, 241.432]],
  [2017, [242.839, 243.603, 243.801, 244.524, 244.733, 244.955, 244.786, 245.519, 246.819, 246.663, 246.669, 246.524]],
  [2018, [247.867, 248.991, 249.554, 250.546, 251.588, 251.989, 252.006, 252.146, 252.439, 252.885, 252.038, 251.233]],
  [2019, [251.712, 252.776, 254.202, 255.548, 256.092, 256.143, 256.571, 256.558, 256.759, 257.346, 257.208, 256.974]],
  [2020, [257.971, 258.678, 258.115, 256.389, 256.394, 257.797, 259.101, 259.918, 260.280, 260.388, 260.229, 260.474]],
  [2021, [261.582, 263.014, 264.877, 267.054, 269.195, 271.696, 273.003, 273.567, 274.310, 276.589, 277.948, 278.802]],
  [2022, [281.148, 283.716, 287.504, 289.109, 292.296, 296.311, 296.276, 296.171, 296.808, 298.012, 297.711, 296.797]],
  [2023, [299.170, 300.840, 301.836, 303.363, 304.127, 305.109, 305.691, 307.026, 307.789, 307.671, 307.051, 306.746]],
  [2024, [308.417, 310.326, 312.332, 313.548, 314.069, 314.175, 314.540, 314.796, 315.301, 315.664, 315.493, 315.605]],
  [2025, [317.671, 319.082, 319.799, 320.795, 321.465, 322.561, 323.048, 323.976, 324.800]],
];

function monthlySeries(rows: [number, number[]][]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [y, values] of rows) {
    yearMonths(y, values.length).forEach((m, i) => {
      out[m] = values[i]!;
    });
  }
  return out;
}

export const CPI_SERIES: CpiSeries[] = [
  {
    currency: 'KRW',
    name: { ko: '소비자물가지수', en: 'Korea consumer price index' },
    base: '2020=100',
    monthly: KOREA.monthly,
    annualOnly: KOREA.annualOnly,
    estimated: KOREA.estimated,
    precision: {
      ko: '기사 달의 지수는 그해 연평균(월별 공표치를 확인한 몇 달 제외), 최근 달은 2025년 11월 공표치 117.20',
      en: 'the article month’s index is its year’s average (except a few months confirmed from the monthly releases); the latest is November 2025’s published 117.20',
    },
    sources: ['kostat-cpi', 'kostat-cpi-2025-11'],
    checked: REFERENCES_CHECKED,
  },
  {
    currency: 'USD',
    name: { ko: '미국 소비자물가지수(CPI-U)', en: 'US CPI-U' },
    base: '1982-84=100',
    monthly: monthlySeries(US_MONTHLY),
    annualOnly: [],
    estimated: [],
    precision: {
      ko: '월별 공표치(계절조정 전), 2025년 9월까지',
      en: 'monthly, as published (not seasonally adjusted), through September 2025',
    },
    sources: ['bls-cpi-u'],
    checked: REFERENCES_CHECKED,
  },
];

export const CPI_BY_CURRENCY: Map<string, CpiSeries> = new Map(CPI_SERIES.map((s) => [s.currency, s]));

/** The series' latest month. */
export function latestCpiMonth(series: CpiSeries): string {
  const months = Object.keys(series.monthly).sort();
  return months[months.length - 1]!;
}
