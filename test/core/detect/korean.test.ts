// Korean number grammar: digits with 만/억/조, Hangul numerals, units, percent, fractions, ranges, hedges, vague amounts, rates.
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../src/core/detect/index.js';
import { expectNone, expectOne, type Row } from './cases.js';

const table = (rows: Row[]) => {
  for (const [input, want] of rows) it(input, () => expectOne('ko', input, want));
};

describe('Korean digits with 만/억/조 and 천/백', () => {
  table([
    ['비용은 557만6000달러였다', { text: '557만6000달러', kind: 'money', value: 5576000, unit: 'USD' }],
    ['약 78억8000만원이 들었다', { text: '약 78억8000만원', value: 7880000000, unit: 'KRW', approx: true }],
    ['2억 8천만 달러 상당', { value: 280000000, unit: 'USD' }],
    ['4천746억원의 적자', { value: 474600000000, unit: 'KRW' }],
    ['1만 2천 345 달러부터', { value: 12345, unit: 'USD' }],
    ['천 4백만 달러어치를 팔았다', { value: 14000000, unit: 'USD' }],
    ['1백억 5천만 홍콩 달러', { value: 10050000000, unit: 'HKD' }],
    ['27,350,000원', { value: 27350000, unit: 'KRW' }],
    ['1.5조원 규모', { value: 1.5e12, unit: 'KRW' }],
    ['5 억 달러짜리', { value: 5e8, unit: 'USD' }],
    ['1억6천400여만원을 선고했다', { value: 164000000, unit: 'KRW', approx: true }],
    ['30만9천381엔이였다', { value: 309381, unit: 'JPY' }],
    ['2~3천만원의 비용', { text: '2~3천만원', value: 2e7, range: [2e7, 3e7], unit: 'KRW' }],
    ['3~4백만 달러', { value: 3e6, range: [3e6, 4e6], unit: 'USD' }],
  ]);
});

describe('Hangul numerals', () => {
  table([
    ['오백팔십일만구천십사', { kind: 'count', value: 5819014, unit: null }],
    ['삼십삼', { value: 33 }],
    ['이천칠백삼십오만원', { kind: 'money', value: 27350000, unit: 'KRW' }],
    ['십달러', { value: 10, unit: 'USD' }],
    ['구파운드', { value: 9, unit: 'GBP' }],
    ['일점이삼달러', { value: 1.23, unit: 'USD' }],
    ['이달러이십삼센트', { value: 2.23, unit: 'USD' }],
    ['사분의삼', { kind: 'fraction', value: 0.75 }],
    ['마이너스 3', { value: -3 }],
    ['두 명이 다쳤다', { kind: 'count', value: 2, unit: '명' }],
    ['세 번째 시도', { kind: 'rank', value: 3 }],
    ['스물다섯번째', { kind: 'rank', value: 25 }],
    ['첫 번째 사례', { kind: 'rank', value: 1 }],
    ['두 배로 늘었다', { kind: 'multiplier', value: 2, unit: 'x' }],
    ['백 퍼센트 확신', { kind: 'percent', value: 100 }],
  ]);
});

describe('counters, currencies, percent and points', () => {
  table([
    ['1만6000개의 칩', { kind: 'count', value: 16000, unit: '개' }],
    ['80만명 이상', { value: 800000, unit: '명', bound: 'at-least' }],
    ['선박 3척', { kind: 'count', value: 3, unit: '척' }],
    ['사진 7장이다', { kind: 'count', value: 7, unit: '장' }],
    ['앨범 424,260장', { value: 424260, unit: '장' }],
    ['세계 3위', { kind: 'rank', value: 3 }],
    ['3번째 도전', { kind: 'rank', value: 3 }],
    ['10불', { kind: 'money', value: 10, unit: 'USD' }],
    ['100 캐나다 달러', { value: 100, unit: 'CAD' }],
    ['500만 엔', { value: 5000000, unit: 'JPY' }],
    ['1천억 위안', { value: 1e11, unit: 'CNY' }],
    ['2백만 유로', { value: 2e6, unit: 'EUR' }],
    ['9천만 파운드', { value: 9e7, unit: 'GBP' }],
    ['50센트', { kind: 'money', value: 0.5, unit: 'USD' }],
    ['64달러 45센트', { value: 64.45, unit: 'USD' }],
    ['₩10,000', { value: 10000, unit: 'KRW' }],
    ['$5.6 million', { value: 5600000, unit: 'USD' }],
    ['79.8%', { kind: 'percent', value: 79.8, unit: '%' }],
    ['19 퍼센트', { kind: 'percent', value: 19 }],
    ['5%포인트 올랐다', { kind: 'percentage_point', value: 5, unit: 'pp' }],
    ['0.25%p 인상', { kind: 'percentage_point', value: 0.25, unit: 'pp' }],
    ['25bp 인하', { kind: 'percentage_point', value: 0.25, unit: 'pp' }],
    ['3배 늘었다', { kind: 'multiplier', value: 3, unit: 'x' }],
    ['1.5배수로', { kind: 'multiplier', value: 1.5 }],
    ['2개월 동안', { kind: 'duration', value: 2, unit: 'month' }],
    ['3년간 투자', { kind: 'duration', value: 3, unit: 'year' }],
    ['30년 만에', { kind: 'duration', value: 30, unit: 'year' }],
    ['10㎞ 구간', { kind: 'quantity', value: 10, unit: 'km' }],
    ['섭씨 40℃', { kind: 'quantity', value: 40, unit: '℃' }],
  ]);
});

describe('fractions', () => {
  table([
    ['10분의 1', { kind: 'fraction', value: 0.1, unit: null }],
    ['3분의 2가 찬성', { value: 2 / 3 }],
    ['10분의 1 수준', { value: 0.1, approx: true }],
    ['전체의 3분의 1만 남았다', { text: '3분의 1', value: 1 / 3 }],
    ['3분의 1조각을 먹었다', { text: '3분의 1', value: 1 / 3 }],
    ['백억분의 일만 주세요', { text: '백억분의 일', value: 1e-10 }],
    ['일과 이분의 일은 대분수이다', { text: '일과 이분의 일', value: 1.5 }],
    ['하루 일과 3분의 1을 쓴다', { text: '3분의 1', value: 1 / 3 }],
    ['수익이 7000천원이다', { text: '7000천원', kind: 'money', value: 7e6, unit: 'KRW' }],
    ['절반 이상', { kind: 'fraction', value: 0.5, bound: 'at-least' }],
    ['저작권료의 5/12에 해당', { kind: 'fraction', value: 5 / 12 }],
  ]);
});

describe('ranges', () => {
  table([
    ['3~5% 상승', { kind: 'percent', value: 3, range: [3, 5] }],
    ['25000 - 30000원', { kind: 'money', value: 25000, range: [25000, 30000], unit: 'KRW' }],
    ['10억~20억 원', { value: 1e9, range: [1e9, 2e9], unit: 'KRW' }],
    ['3~5만명', { value: 30000, range: [30000, 50000], unit: '명' }],
    ['이만오천원 - 삼만원', { value: 25000, range: [25000, 30000] }],
  ]);
});

describe('hedges and bounds', () => {
  table([
    ['약 2000개', { value: 2000, approx: true }],
    ['100억원 가량', { approx: true }],
    ['5% 정도', { approx: true }],
    ['1000명 안팎', { approx: true }],
    ['10%대 수준', { kind: 'percent' }],
    ['100억원에 육박하는', { text: '100억원', approx: true }],
    ['5000원 이상', { bound: 'at-least' }],
    ['10000원 이하', { bound: 'at-most' }],
    ['5000원 초과', { bound: 'more-than' }],
    ['10달러 미만', { bound: 'less-than' }],
    ['최대 30%', { text: '최대 30%', bound: 'at-most' }],
    ['최소 10명', { bound: 'at-least' }],
    ['1만명을 넘는 인파', { text: '1만명', bound: 'more-than' }],
    ['1000만명 돌파', { bound: 'more-than' }],
    ['10여 명', { value: 10, unit: '명', approx: true }],
    ['100명보다 많은 사람', { text: '100명', bound: 'more-than' }],
    ['매출 300억 초과', { text: '300억 초과', value: 3e10, bound: 'more-than' }],
    ['1000 초과 1500 미만이다', { value: 1000, range: [1000, 1500] }],
    ['3000을 초과하는 기준', { text: '3000', bound: 'more-than' }],
    ['점수는 200 혹은 그 이상이다', { text: '200 혹은 그 이상', bound: 'at-least' }],
    ['점수는 5000 보다 크거나 같다', { text: '5000', bound: 'at-least' }],
    ['x는 10보다 크고 20보다 작다', { kind: 'count', value: 10, range: [10, 20] }],
    ['3만명 이상, 5만명 이하', { value: 30000, range: [30000, 50000], unit: '명' }],
  ]);
  it('a figure compared with the next one is no bound (전년 3%보다 높은 4%)', () => {
    expect(detectClaims('전년 3%보다 높은 4%', 'ko').map((c) => [c.text, c.bound])).toEqual([
      ['3%', undefined],
      ['4%', undefined],
    ]);
  });
});

describe('vague magnitudes', () => {
  table([
    [
      '수억달러를 투자',
      { kind: 'money', value: 1e8, range: [1e8, 1e9], unit: 'USD', vague: true, approx: true },
    ],
    ['수십 개 가운데', { kind: 'count', value: 10, range: [10, 100], unit: '개', vague: true }],
    ['수천억 원', { kind: 'money', value: 1e11, range: [1e11, 1e12], vague: true }],
    ['수백만 명', { value: 1e6, range: [1e6, 1e7], unit: '명' }],
  ]);
});

describe('rates', () => {
  table([
    ['시간당 2달러에', { text: '시간당 2달러', kind: 'rate', value: 2, unit: 'USD', per: 'hour' }],
    ['1인당 25만원', { text: '1인당 25만원', kind: 'rate', value: 250000, unit: 'KRW', per: 'person' }],
    ['주당 1.40 달러', { kind: 'rate', value: 1.4, per: 'share' }],
    ['월 300만원을 받는다', { kind: 'rate', value: 3000000, per: 'month' }],
    ['1인당 평균 30만원꼴', { text: '1인당 평균 30만원꼴', kind: 'rate', per: 'person', approx: true }],
    ['시간당 약 2달러', { kind: 'rate', value: 2, per: 'hour', approx: true }],
    ['1,380원대에서 등락', { text: '1,380원대', kind: 'money', approx: true }],
    ['3.3㎡당 4000만원', { text: '3.3㎡당 4000만원', kind: 'rate', value: 40000000, per: '3.3㎡' }],
    ['코스피 ▼2.3%', { kind: 'percent', value: -2.3 }],
    ['영하 10도', { kind: 'quantity', value: -10, unit: '℃' }],
  ]);
});

describe('not claims', () => {
  for (const input of [
    '23일(현지시간)',
    '지난달 26일',
    '2022년 챗GPT를 선보이며',
    '지난해 9월 출시한',
    '2025.01.24 17:24',
    '2025년 1월 24일',
    '엔비디아의 H800 GPU와 H100',
    '딥시크-V3가',
    '라마(Llama)3 모델',
    'AIME 2024 벤치마크',
    'R1 모델과 o1',
    '전화 02-360-4114',
    '+82-2-360-4114',
    'reporter@example.co.kr',
    'https://www.hankyung.com/article/2025012482517',
    '김하늘(35) 기자',
    '삼성전자(005930)',
    '서울 용산구 청파로 463',
    '광고\n1.\n',
    '광고\n    1\n    "더 싸고 똑똑하다"',
    '광고\n    1. 1\n    기사',
    '오후 3시 30분',
    '3분기 실적',
    '20대 남성',
    'GPT-4o와 Qwen2.5-72B, MATH-500',
    '이 사람은 일부 구글 사용자와 오픈AI 십자가 이사 사이에서',
    '조 바이든 대통령',
    '할 수 있다는 점',
    '한 번도',
    '제3자',
    '제3장에서',
    '2장면 정도',
    '한 차례에 한해 연임',
    '1995-01',
    '3-2로 이겼다',
    '13만명 이상의 서명을 받아'.slice(8),
    '재원 부족을 이유로 보류했다',
    '119 구조대가 도착했다'.slice(4),
    '일조량과 기온',
    '자녀 세대 응답자',
    '유아인 김해숙 두 배우만 믿고',
    "2011년 '3·11 동일본 대지진'",
    '강남3구와 형사9단독',
    '코로나19 확산',
    '5G 가입자',
  ]) {
    it(input, () => expectNone('ko', input));
  }
});
