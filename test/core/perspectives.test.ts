// Perspectives: ratios checked against hand-computed values from sentences written here, and numbers that get none.
import { describe, expect, it } from 'vitest';
import { cardFacts } from '../../src/core/card-facts.js';
import { analyze } from '../../src/core/index.js';
import { perspectivesOf } from '../../src/core/perspectives.js';
import type { Claim, UiLang } from '../../src/core/types.js';

function claimOf(text: string, target: string, publishedAt?: string): Claim {
  const { claims } = analyze(text, { lang: 'auto', ...(publishedAt ? { publishedAt } : {}) });
  const c = claims.find((x) => x.text.includes(target));
  if (!c) throw new Error(`no claim "${target}" in: ${JSON.stringify(claims.map((x) => x.text))}`);
  return c;
}

function of(text: string, target: string, lang: UiLang, publishedAt?: string) {
  return perspectivesOf(claimOf(text, target, publishedAt), lang, publishedAt);
}

describe('the seed figure: 557만6000달러 in a January 2025 article', () => {
  const text = '딥시크는 V3 모델의 훈련 비용이 557만6000달러였다고 밝혔다.';
  const date = '2025-01-24';

  it('Korean UI: converted at ₩1,455/$ (Jan 2025) to ₩8,113,080,000, then per person and Seoul apartments', () => {
    const ps = of(text, '557만6000달러', 'ko', date);
    expect(ps.length).toBe(2);
    // 8,113,080,000 ÷ 51,220,000 (registered population, end of 2024) = 158.4 won a head → "약 160 원".
    const each = ps.find((p) => p.kind === 'per-person')!;
    expect(each.ratio).toBeCloseTo(8_113_080_000 / 51_220_000, 3);
    expect(each.text).toContain('1인당 약 160 원');
    expect(each.year).toBe(2024);
    expect(each.source.url).toContain('mois.go.kr');
    expect(each.note).toBe('81억 원으로 환산(2025년 1월 평균 1달러당 1,455원)');
    // 8,113,080,000 ÷ 1,273,000,000 (KB, December 2024: the latest level in January 2025) = 6.37 → "약 6.4배".
    const apt = ps.find((p) => p.referenceId === 'kr-seoul-apartment')!;
    expect(apt.ratio).toBeCloseTo(8_113_080_000 / 1_273_000_000, 4);
    expect(apt.text).toBe('2024년 말 서울 아파트 평균 매매가격(12억7300만 원)의 약 6.4배');
    expect(apt.year).toBe(2024);
  });

  it('English UI: 5,576,000 ÷ 83,700 (2024 median household income) = 66.6 years', () => {
    const ps = of(text, '557만6000달러', 'en', date);
    expect(ps.length).toBe(1);
    expect(ps[0]!.kind).toBe('pay');
    expect(ps[0]!.ratio).toBeCloseTo(5_576_000 / 83_700, 4);
    expect(ps[0]!.text).toMatch(/^≈ 67 years of a median US household's income/);
    expect(ps[0]!.source.url).toContain('census.gov');
  });

  it('is not older than a year against the indexes: no today-prices line', () => {
    expect(of(text, '557만6000달러', 'en', date).some((p) => p.kind === 'today')).toBe(false);
  });

  it('reaches the card facts', () => {
    const c = claimOf(text, '557만6000달러', date);
    expect(cardFacts(c, [c], 'ko', date).perspectives?.length).toBe(2);
  });
});

describe('a Korean budget sentence', () => {
  it('673조3000억원 in an August 2024 article: 673.3 ÷ 656.6 (the 2024 budget) = 1.025; ÷ 51.33 million = ₩13.1 million a head', () => {
    const ps = of('정부는 내년 예산을 673조3000억원으로 편성했다.', '673조3000억원', 'ko', '2024-08-27');
    const budget = ps.find((p) => p.referenceId === 'kr-budget')!;
    expect(budget.ratio).toBeCloseTo(673.3 / 656.6, 6);
    expect(budget.year).toBe(2024);
    // A budget is per year, and the wording says so.
    expect(budget.text).toContain('한 해');
    expect(budget.text).toContain('약 1.0배');
    const each = ps.find((p) => p.kind === 'per-person')!;
    expect(each.ratio).toBeCloseTo(673.3e12 / 51.33e6, -2);
    expect(each.year).toBe(2023);
    expect(each.text).toContain('1인당 약 1300만 원');
  });

  it('a ministry spending 35조5000억원 in 2026: 35.5 ÷ 727.9 = 4.9% of the 2026 budget', () => {
    const ps = of('연구개발 예산은 35조5000억원으로 확정됐다.', '35조5000억원', 'ko', '2026-01-05');
    const budget = ps.find((p) => p.referenceId === 'kr-budget')!;
    expect(budget.ratio).toBeCloseTo(35.5 / 727.9, 6);
    expect(budget.text).toBe('2026년 정부 본예산(한 해 727조9000억 원)의 약 4.9%');
  });
});

describe('counts of people', () => {
  it('이용자 300만명 (2025): 3,000,000 ÷ 51,220,000 = 5.9% of Korea; ≈ Incheon (3,020,000)', () => {
    const ps = of('이 서비스의 이용자 300만명이 새 요금제를 쓴다.', '300만명', 'ko', '2025-03-02');
    expect(ps.map((p) => p.referenceId)).toEqual(['kr-population', 'kr-incheon']);
    expect(ps[0]!.ratio).toBeCloseTo(3e6 / 51.22e6, 6);
    expect(ps[0]!.text).toContain('약 5.9%');
    expect(ps[1]!.ratio).toBeCloseTo(3e6 / 3.02e6, 6);
    expect(ps[1]!.text).toContain('약 99%');
  });

  it('"31 million people" (English UI, 2024): 31 ÷ 340 = 9.1% of the US; 31 ÷ 8,200 = 0.38% of the world', () => {
    const ps = of('Texas is home to about 31 million people.', '31 million people', 'en', '2024-07-01');
    expect(ps.map((p) => p.referenceId)).toEqual(['us-population', 'world-population']);
    expect(ps[0]!.ratio).toBeCloseTo(31 / 340, 6);
    expect(ps[0]!.text).toMatch(/^≈ 9\.1% of the US population/);
    expect(ps[1]!.ratio).toBeCloseTo(31e6 / 8.2e9, 8);
    expect(ps[1]!.text).toContain('0.38%');
  });

  it('a count of people is a stock: a city of the same size, several times a city', () => {
    const ps = of('집회에는 1000만명이 모였다고 주최 측은 밝혔다.', '1000만명', 'ko', '2020-05-01');
    const seoul = ps.find((p) => p.referenceId === 'kr-seoul')!;
    expect(seoul.ratio).toBeCloseTo(10e6 / 9.67e6, 6);
  });
});

describe('an English federal spending sentence', () => {
  it('$850 billion (March 2024): 0.85 ÷ 6.75 (FY2024 outlays) = 13%; $850e9 ÷ 340e6 = $2,500 a head', () => {
    const ps = of(
      'Congress approved $850 billion for the Pentagon this year.',
      '$850 billion',
      'en',
      '2024-03-20',
    );
    const outlays = ps.find((p) => p.referenceId === 'us-outlays')!;
    expect(outlays.ratio).toBeCloseTo(0.85 / 6.75, 6);
    expect(outlays.text).toBe('≈ 13% of US federal outlays in fiscal 2024 (US$6.75 trillion for the year)');
    const each = ps.find((p) => p.kind === 'per-person')!;
    expect(each.ratio).toBeCloseTo(850e9 / 340e6, 3);
    expect(each.text).toMatch(/^≈ US\$2,500 per person in the US/);
  });
});

describe('money in today’s terms', () => {
  it('"$5.6 million" in a June 2021 article: × 324.800 / 271.696 (CPI-U Sep 2025 / Jun 2021) ≈ $6.7 million', () => {
    const ps = of('The startup raised $5.6 million in seed funding.', '$5.6 million', 'en', '2021-06-15');
    const today = ps.find((p) => p.kind === 'today')!;
    expect(ps[0]).toBe(today);
    expect(today.ratio).toBeCloseTo(324.8 / 271.696, 6);
    expect(today.text).toMatch(/^≈ US\$6\.7 million in Sep 2025 dollars/);
    expect(today.source.url).toBe('https://data.bls.gov/timeseries/CUUR0000SA0');
    expect(today.month).toBe('2025-09');
  });

  it('Korean won from a 2019 article: × 117.20 (Nov 2025, published) / 99.5 (2019 average), and says so', () => {
    const ps = of('그 회사는 10억원을 투자했다.', '10억원', 'ko', '2019-04-01');
    const today = ps.find((p) => p.kind === 'today')!;
    expect(today.ratio).toBeCloseTo(117.2 / 99.5, 6);
    expect(today.text).toMatch(/^2025년 11월 물가로 약 12억 원/);
    expect(today.note).toContain('연평균');
    expect(today.source.url).toContain('kosis.kr');
  });

  it('a Korean month with a published index uses it: June 2022 (108.22)', () => {
    const today = of('그 회사는 10억원을 투자했다.', '10억원', 'en', '2022-06-10').find(
      (p) => p.kind === 'today',
    )!;
    expect(today.ratio).toBeCloseTo(117.2 / 108.22, 6);
    expect(today.text).toMatch(/^≈ ₩1\.1 billion in Nov 2025 won/);
    expect(today.note).toBeUndefined();
  });

  it('no today-prices line without a date, or for an article less than a year old', () => {
    expect(of('The startup raised $5.6 million.', '$5.6 million', 'en').some((p) => p.kind === 'today')).toBe(
      false,
    );
    const recent = of('The startup raised $5.6 million.', '$5.6 million', 'en', '2025-01-10');
    expect(recent.some((p) => p.kind === 'today')).toBe(false);
  });
});

describe('numbers that get no perspective', () => {
  const none = [
    ['모델은 AIME 2024에서 79.8%를 기록했다.', '79.8%'],
    ['금리를 0.25%포인트 내렸다.', '0.25%'],
    ['직원 30명이 이 일을 맡았다.', '30명'],
    ['이 대학은 세계 3위에 올랐다.', '3위'],
    ['매출이 3배로 늘었다.', '3배'],
    ['입장료는 1만원이다.', '1만원'],
    ['The model scored 88.5 on MMLU.', '88.5'],
    ['Only 40 people attended the meeting.', '40 people'],
    ['About 8,000 users signed up.', '8,000 users'],
    ['수억 원이 들었다.', '수억'],
  ] as const;
  for (const [text, target] of none) {
    it(`${target} — "${text}"`, () => {
      for (const lang of ['ko', 'en'] as const) expect(of(text, target, lang, '2025-02-01')).toEqual([]);
    });
  }
});

describe('robustness', () => {
  it('never throws and gives at most three lines (today + two) for any money amount or people count', () => {
    const base = claimOf('예산은 1억원이다.', '1억원', '2025-01-01');
    for (let e = -2; e <= 20; e++) {
      for (const unit of ['KRW', 'USD', 'EUR', 'JPY', 'CNY', 'GBP']) {
        const c: Claim = { ...base, value: 10 ** e, unit };
        for (const lang of ['ko', 'en'] as const)
          for (const d of [undefined, '2015-01-01', '2021-06-15', '2030-01-01', 'garbage']) {
            const ps = perspectivesOf(c, lang, d);
            expect(ps.length).toBeLessThanOrEqual(3);
            for (const p of ps) {
              expect(Number.isFinite(p.ratio)).toBe(true);
              expect(p.source.url).toMatch(/^https:\/\//);
            }
          }
      }
    }
  });
});
