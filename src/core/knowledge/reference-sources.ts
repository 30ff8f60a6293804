// Sources of the perspective references and price indexes (reference-figures.ts, cpi.ts), merged into SOURCES.
import type { KnowledgeSource } from './types.js';

/** The date these figures were last checked against their official pages (see reference-figures.ts). */
export const REFERENCES_CHECKED = '2026-12-03';
const C = REFERENCES_CHECKED;

export const REFERENCE_SOURCES: Record<string, KnowledgeSource> = {
  'mois-population': {
    title: '행정안전부, 주민등록 인구통계 (연말 기준, 시도별)',
    url: 'https://jumin.mois.go.kr/',
    checked: C,
  },
  'moef-budget': {
    title: '기획재정부 열린재정, 연도별 본예산 총지출',
    url: 'https://www.openfiscaldata.go.kr/',
    checked: C,
  },
  'moef-budget-2025': {
    title: '기획재정부, 「2025년 예산 국회 확정」 (2024.12.10): 총지출 673.3조원, 2024년 본예산 656.6조원',
    url: 'https://www.moef.go.kr/nw/nes/detailNesDtaView.do?searchBbsId1=MOSFBBS_000000000028&searchNttId1=MOSF_000000000071703&menuNo=4010100',
    checked: C,
  },
  'bok-gdp': {
    title: '한국은행 ECOS, 국민계정 명목 국내총생산(GDP), 2020년 기준',
    url: 'https://ecos.bok.or.kr/',
    checked: C,
  },
  'kostat-wage': {
    title: '통계청, 임금근로일자리 소득(보수) 결과: 월평균 소득과 중위소득',
    url: 'https://kostat.go.kr/',
    checked: C,
  },
  'samsung-ir': {
    title: 'Samsung Electronics Investor Relations, consolidated annual revenue (연결 매출액)',
    url: 'https://www.samsung.com/global/ir/financial-information/earnings-release/',
    checked: C,
  },
  'kb-housing': {
    title: 'KB부동산, 월간 KB주택가격동향: 서울 아파트 평균 매매가격 (12월 조사)',
    url: 'https://kbland.kr/',
    checked: C,
  },
  'census-popest': {
    title: 'U.S. Census Bureau, Population Estimates Program (national totals, July 1)',
    url: 'https://www.census.gov/programs-surveys/popest.html',
    checked: C,
  },
  'omb-outlays': {
    title:
      'OMB Historical Tables, Table 1.1, and Treasury Monthly Treasury Statement: federal outlays by fiscal year',
    url: 'https://www.whitehouse.gov/omb/budget/historical-tables/',
    checked: C,
  },
  'bea-gdp': {
    title: 'U.S. Bureau of Economic Analysis, Gross Domestic Product (current dollars, annual)',
    url: 'https://www.bea.gov/data/gdp/gross-domestic-product',
    checked: C,
  },
  'census-income': {
    title:
      'U.S. Census Bureau, Income in the United States (CPS ASEC): median household income, current dollars',
    url: 'https://www.census.gov/topics/income-poverty/income.html',
    checked: C,
  },
  'un-wpp': {
    title: 'United Nations, World Population Prospects 2024: total population, 1 July',
    url: 'https://population.un.org/wpp/',
    checked: C,
  },
  'kostat-cpi': {
    title: '통계청 KOSIS, 소비자물가지수 (2020=100), 연평균',
    url: 'https://kosis.kr/statHtml/statHtml.do?orgId=101&tblId=DT_1J22003',
    checked: C,
  },
  'kostat-cpi-2025-11': {
    title: '국가데이터처, 2025년 11월 소비자물가동향 (2025.12.02): 소비자물가지수 117.20 (2020=100)',
    url: 'https://www.korea.kr/briefing/policyBriefingView.do?newsId=156732564',
    checked: C,
  },
  'bls-cpi-u': {
    title:
      'U.S. BLS, CPI for All Urban Consumers (CPI-U), U.S. city average, all items, 1982-84=100, not seasonally adjusted (CUUR0000SA0)',
    url: 'https://data.bls.gov/timeseries/CUUR0000SA0',
    checked: C,
  },
};
