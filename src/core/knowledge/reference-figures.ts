// Human-scale reference figures (populations, budgets, GDP, wages, revenue, prices) for the card's perspectives.
import { REFERENCES_CHECKED } from './reference-sources.js';
import type { Bilingual } from './types.js';

/**
 * How a figure relates to time: a 'stock' is a level at a moment (a population, a price), a 'year' flow is an
 * amount per year (a budget, GDP, revenue, a yearly income), a 'month' flow an amount per month (a wage). The
 * perspective's wording says which, so a one-off amount is never silently set against a yearly one.
 */
export type ReferenceTime = 'stock' | 'year' | 'month';

export interface ReferenceSeries {
  /** Kebab-case id, e.g. "kr-budget". */
  id: string;
  /** Which readers it speaks to: Korean UI ('KR'), English UI ('US'), or everyone ('world'). */
  region: 'KR' | 'US' | 'world';
  /** What is counted: people or money. */
  measure: 'people' | 'money';
  /** 'people', or the currency code of a money figure. */
  unit: 'people' | 'KRW' | 'USD';
  time: ReferenceTime;
  /** Name as it reads after "of"/"의": "Korea's population", "한국 인구". */
  name: Bilingual;
  /** A national total: amounts also get a per-person figure against this population series id. */
  perPersonOf?: string;
  /** A city, one of several picked by closeness (only the closest is offered). */
  city?: boolean;
  /**
   * Measured at the end of each year (registered population, KB's December survey): an article of year Y is set
   * against the end of Y−1, the latest level its readers could know.
   */
  yearEnd?: boolean;
  /** Year (fiscal year for US outlays) → value in `unit`. Only years the source clearly supports. */
  values: Record<number, number>;
  /** How precise the stored values are and what they are exactly. */
  precision: Bilingual;
  sources: string[];
  checked: string;
}

const C = REFERENCES_CHECKED;
const M = 1e6;
const JO = 1e12;
const EOK = 1e8;
const MAN = 1e4;
const T = 1e12;
const B = 1e9;

/** Year-end registered population of a province-level city (행정안전부), rounded to 10,000. */
function city(id: string, ko: string, en: string, values: Record<number, number>): ReferenceSeries {
  return {
    id,
    region: 'KR',
    measure: 'people',
    unit: 'people',
    time: 'stock',
    city: true,
    yearEnd: true,
    name: { ko: `${ko} 인구`, en: `${en}'s population` },
    values,
    precision: {
      ko: '연말 주민등록인구, 1만 명 단위 반올림',
      en: 'registered residents at year end, rounded to 10,000',
    },
    sources: ['mois-population'],
    checked: C,
  };
}

export const REFERENCE_SERIES: ReferenceSeries[] = [
  // ---- Korea ----
  {
    id: 'kr-population',
    region: 'KR',
    measure: 'people',
    unit: 'people',
    time: 'stock',
    yearEnd: true,
    name: { ko: '한국 인구', en: "Korea's population" },
    // biome-ignore format: one entry per year
    values: {
      2015: 51.53 * M, 2016: 51.70 * M, 2017: 51.78 * M, 2018: 51.83 * M, 2019: 51.85 * M,
      2020: 51.83 * M, 2021: 51.64 * M, 2022: 51.44 * M, 2023: 51.33 * M, 2024: 51.22 * M,
    },
    precision: {
      ko: '연말 주민등록인구(외국인 제외), 1만 명 단위 반올림. 2025년은 넣지 않음(가장 가까운 해를 씀)',
      en: 'registered residents (citizens) at year end, rounded to 10,000; 2025 left out (the nearest year is used)',
    },
    sources: ['mois-population'],
    checked: C,
  },
  city('kr-seoul', '서울', 'Seoul', { 2015: 10.02 * M, 2020: 9.67 * M, 2024: 9.33 * M }),
  city('kr-busan', '부산', 'Busan', { 2015: 3.51 * M, 2020: 3.39 * M, 2024: 3.27 * M }),
  city('kr-incheon', '인천', 'Incheon', { 2015: 2.93 * M, 2020: 2.94 * M, 2024: 3.02 * M }),
  city('kr-daegu', '대구', 'Daegu', { 2015: 2.49 * M, 2020: 2.42 * M, 2024: 2.37 * M }),
  city('kr-daejeon', '대전', 'Daejeon', { 2015: 1.54 * M, 2020: 1.46 * M, 2024: 1.44 * M }),
  city('kr-gwangju', '광주', 'Gwangju', { 2015: 1.47 * M, 2020: 1.45 * M, 2024: 1.41 * M }),
  {
    id: 'kr-budget',
    region: 'KR',
    measure: 'money',
    unit: 'KRW',
    time: 'year',
    name: { ko: '정부 본예산', en: "Korea's government budget" },
    perPersonOf: 'kr-population',
    // biome-ignore format: one entry per year
    values: {
      2015: 375.4 * JO, 2016: 386.4 * JO, 2017: 400.5 * JO, 2018: 428.8 * JO, 2019: 469.6 * JO,
      2020: 512.3 * JO, 2021: 558.0 * JO, 2022: 607.7 * JO, 2023: 638.7 * JO, 2024: 656.6 * JO,
      2025: 673.3 * JO, 2026: 727.9 * JO,
    },
    precision: {
      ko: '국회에서 확정된 본예산의 총지출(추가경정예산 제외), 0.1조 원 단위',
      en: 'main budget as passed by the National Assembly, total expenditure (supplementary budgets excluded), to ₩0.1 trillion',
    },
    sources: ['moef-budget', 'moef-budget-2025'],
    checked: C,
  },
  {
    id: 'kr-gdp',
    region: 'KR',
    measure: 'money',
    unit: 'KRW',
    time: 'year',
    name: { ko: '한국 명목 GDP', en: "Korea's nominal GDP" },
    perPersonOf: 'kr-population',
    // biome-ignore format: one entry per year
    values: {
      2019: 2040 * JO, 2020: 2060 * JO, 2021: 2220 * JO, 2022: 2320 * JO, 2023: 2400 * JO, 2024: 2550 * JO,
    },
    precision: {
      ko: '2020년 기준년 국민계정, 10조 원 단위 반올림. 2015~2018년은 기준년 개편 뒤 값을 확실히 댈 수 없어 넣지 않음',
      en: 'national accounts on the 2020 base, rounded to ₩10 trillion; 2015–2018 left out (their rebased values could not be confirmed)',
    },
    sources: ['bok-gdp'],
    checked: C,
  },
  {
    id: 'kr-median-wage',
    region: 'KR',
    measure: 'money',
    unit: 'KRW',
    time: 'month',
    name: { ko: '임금근로자 월 중위소득', en: 'the median monthly pay of a Korean wage earner' },
    values: { 2021: 250 * MAN, 2022: 267 * MAN, 2023: 278 * MAN },
    precision: {
      ko: '임금근로일자리 소득(보수) 결과의 중위소득, 만 원 단위. 이 통계는 2년쯤 늦게 나와 2024년 이후는 없음',
      en: 'median monthly pay in the wage-job income statistics, to ₩10,000; published about two years late, so nothing after 2023',
    },
    sources: ['kostat-wage'],
    checked: C,
  },
  {
    id: 'kr-average-wage',
    region: 'KR',
    measure: 'money',
    unit: 'KRW',
    time: 'month',
    name: { ko: '임금근로자 월평균 소득', en: 'the average monthly pay of a Korean wage earner' },
    values: { 2021: 333 * MAN, 2022: 353 * MAN, 2023: 363 * MAN },
    precision: {
      ko: '임금근로일자리 소득(보수) 결과의 평균소득, 만 원 단위 (평균은 고소득자 쪽으로 치우쳐 비교에는 중위소득을 씀)',
      en: 'average monthly pay in the wage-job income statistics, to ₩10,000 (skewed by high earners; perspectives use the median)',
    },
    sources: ['kostat-wage'],
    checked: C,
  },
  {
    id: 'kr-samsung-revenue',
    region: 'KR',
    measure: 'money',
    unit: 'KRW',
    time: 'year',
    name: { ko: '삼성전자 연간 매출', en: "Samsung Electronics' annual revenue" },
    // biome-ignore format: one entry per year
    values: {
      2015: 200.7 * JO, 2016: 201.9 * JO, 2017: 239.6 * JO, 2018: 243.8 * JO, 2019: 230.4 * JO,
      2020: 236.8 * JO, 2021: 279.6 * JO, 2022: 302.2 * JO, 2023: 258.9 * JO, 2024: 300.9 * JO,
    },
    precision: {
      ko: '연결 기준 매출액, 0.1조 원 단위. 2025년은 확정치를 확인하지 못해 넣지 않음',
      en: 'consolidated revenue, to ₩0.1 trillion; 2025 left out (final figure not confirmed)',
    },
    sources: ['samsung-ir'],
    checked: C,
  },
  {
    id: 'kr-seoul-apartment',
    region: 'KR',
    measure: 'money',
    unit: 'KRW',
    time: 'stock',
    yearEnd: true,
    name: { ko: '서울 아파트 평균 매매가격', en: 'the average price of a Seoul apartment' },
    values: { 2024: 12.73 * EOK, 2025: 15.08 * EOK },
    precision: {
      ko: 'KB부동산 12월 조사 평균 매매가격(2024년 12억7274만 원, 2025년 15억810만 원). 그 이전 해는 확인하지 못해 넣지 않음',
      en: "KB's December survey average (₩1.273 billion in 2024, ₩1.508 billion in 2025); earlier years not confirmed, left out",
    },
    sources: ['kb-housing'],
    checked: C,
  },
  // ---- United States ----
  {
    id: 'us-population',
    region: 'US',
    measure: 'people',
    unit: 'people',
    time: 'stock',
    name: { ko: '미국 인구', en: 'the US population' },
    // biome-ignore format: one entry per year
    values: {
      2015: 321 * M, 2016: 323 * M, 2017: 325 * M, 2018: 327 * M, 2019: 328 * M,
      2020: 332 * M, 2021: 332 * M, 2022: 334 * M, 2023: 337 * M, 2024: 340 * M,
    },
    precision: {
      ko: '7월 1일 추계인구, 100만 명 단위 반올림(추계 빈티지마다 조금씩 다름)',
      en: 'July 1 estimates, rounded to the million (vintages differ slightly)',
    },
    sources: ['census-popest'],
    checked: C,
  },
  {
    id: 'us-outlays',
    region: 'US',
    measure: 'money',
    unit: 'USD',
    time: 'year',
    name: { ko: '미국 연방정부 지출', en: 'US federal outlays' },
    perPersonOf: 'us-population',
    // biome-ignore format: one entry per fiscal year
    values: {
      2015: 3.69 * T, 2016: 3.85 * T, 2017: 3.98 * T, 2018: 4.11 * T, 2019: 4.45 * T, 2020: 6.55 * T,
      2021: 6.82 * T, 2022: 6.27 * T, 2023: 6.13 * T, 2024: 6.75 * T, 2025: 7.01 * T,
    },
    precision: {
      ko: '회계연도(전년 10월~9월) 연방 총지출, 100억 달러 단위',
      en: 'total outlays by fiscal year (October to September), to $0.01 trillion',
    },
    sources: ['omb-outlays'],
    checked: C,
  },
  {
    id: 'us-gdp',
    region: 'US',
    measure: 'money',
    unit: 'USD',
    time: 'year',
    name: { ko: '미국 명목 GDP', en: 'US GDP' },
    perPersonOf: 'us-population',
    // biome-ignore format: one entry per year
    values: {
      2015: 18.3 * T, 2016: 18.8 * T, 2017: 19.6 * T, 2018: 20.7 * T, 2019: 21.5 * T,
      2020: 21.4 * T, 2021: 23.7 * T, 2022: 26.0 * T, 2023: 27.7 * T, 2024: 29.2 * T,
    },
    precision: {
      ko: '명목 GDP(당해 연도 달러), 1000억 달러 단위 반올림',
      en: 'nominal GDP in current dollars, rounded to $0.1 trillion',
    },
    sources: ['bea-gdp'],
    checked: C,
  },
  {
    id: 'us-median-household-income',
    region: 'US',
    measure: 'money',
    unit: 'USD',
    time: 'year',
    name: { ko: '미국 가구 중위소득', en: "a median US household's income" },
    // biome-ignore format: one entry per year
    values: {
      2015: 56_500, 2016: 59_000, 2017: 61_400, 2018: 63_200, 2019: 68_700,
      2020: 67_500, 2021: 70_800, 2022: 74_600, 2023: 80_600, 2024: 83_700,
    },
    precision: {
      ko: '가구 중위소득(당해 연도 달러), 100달러 단위 반올림',
      en: 'median household income in current dollars of each year, rounded to $100',
    },
    sources: ['census-income'],
    checked: C,
  },
  // ---- Everyone ----
  {
    id: 'world-population',
    region: 'world',
    measure: 'people',
    unit: 'people',
    time: 'stock',
    name: { ko: '세계 인구', en: 'the world population' },
    // biome-ignore format: one entry per year
    values: {
      2015: 7.4 * B, 2016: 7.5 * B, 2017: 7.6 * B, 2018: 7.7 * B, 2019: 7.8 * B, 2020: 7.8 * B,
      2021: 7.9 * B, 2022: 8.0 * B, 2023: 8.1 * B, 2024: 8.2 * B, 2025: 8.2 * B,
    },
    precision: {
      ko: '7월 1일 기준, 1억 명 단위 반올림',
      en: 'on 1 July, rounded to 0.1 billion',
    },
    sources: ['un-wpp'],
    checked: C,
  },
];

export const REFERENCE_BY_ID: Map<string, ReferenceSeries> = new Map(REFERENCE_SERIES.map((s) => [s.id, s]));

/** Each series' years in order, computed once (cards ask for them for every money amount and people count). */
const YEARS = new WeakMap<ReferenceSeries, number[]>();
function yearsOf(series: ReferenceSeries): number[] {
  let years = YEARS.get(series);
  if (!years) {
    years = Object.keys(series.values)
      .map(Number)
      .sort((a, b) => a - b);
    YEARS.set(series, years);
  }
  return years;
}

/**
 * The series' value for an article of `year` (the previous year-end for a year-end series), or for the nearest year
 * it has (earlier on a tie); with the year used.
 */
export function referenceValue(
  series: ReferenceSeries,
  articleYear: number | undefined,
): { value: number; year: number } {
  const year = articleYear !== undefined && series.yearEnd ? articleYear - 1 : articleYear;
  const years = yearsOf(series);
  const last = years[years.length - 1]!;
  if (year === undefined) return { value: series.values[last]!, year: last };
  let best = years[0]!;
  for (const y of years) if (Math.abs(y - year) < Math.abs(best - year)) best = y;
  return { value: series.values[best]!, year: best };
}
