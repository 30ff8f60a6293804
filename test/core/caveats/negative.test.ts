// Claims with nothing to say get nothing: plain numbers, approximate counts, figures with their base.
import { describe, expect, it } from 'vitest';
import { buildCase, CASES } from './corpus.js';
import type { ClaimFields } from './helpers.js';
import { makeClaims } from './helpers.js';
import { run } from './run.js';

function caveatsOf(text: string, rows: [string, ClaimFields][], publishedAt?: string) {
  const lang = /[가-힣]/.test(text) ? 'ko' : 'en';
  const claims = makeClaims(text, rows);
  run({ claims, ctx: { text, lang, uiLang: lang, publishedAt } });
  return claims.flatMap((c) => c.caveats.map((v) => `${c.text}: ${v.id}`));
}

describe('no boilerplate', () => {
  it('서울 인구는 약 940만 명 — no benchmark, cost or other caveat', () => {
    expect(
      caveatsOf('서울 인구는 약 940만 명이다.', [
        ['약 940만 명', { kind: 'count', value: 9_400_000, unit: '명', approx: true }],
      ]),
    ).toEqual([]);
  });

  it('a closing price, a date-free count and a plain amount get nothing', () => {
    expect(
      caveatsOf('삼성전자 주가는 5만3000원에 마감했다.', [
        ['5만3000원', { kind: 'money', value: 53_000, unit: 'KRW' }],
      ]),
    ).toEqual([]);
    expect(
      caveatsOf('The company hired 300 engineers last year.', [
        ['300', { kind: 'count', value: 300, unit: 'engineers' }],
      ]),
    ).toEqual([]);
  });

  it('AP-style "Nvidia lost nearly $589 billion in market value" is a plain figure', () => {
    const b = buildCase(CASES.find((c) => c.name === 'ap-nvidia-market-value')!, 'en');
    expect(run(b).flatMap((c) => c.caveats)).toEqual([]);
  });

  it('a percentage with no benchmark named gets no benchmark caveat', () => {
    const out = caveatsOf('이 모델의 응답 정확도는 95%였다.', [
      ['95%', { kind: 'percent', value: 95, unit: '%' }],
    ]);
    expect(out.filter((x) => x.includes('benchmark.'))).toEqual([]);
  });

  it('a fall with its absolute amount in the sentence is not "relative without base"', () => {
    const out = caveatsOf(
      'Nvidia shares fell 17% on Monday, wiping out nearly $600 billion in market value.',
      [
        ['17%', { kind: 'percent', value: 17, unit: '%' }],
        ['nearly $600 billion', { kind: 'money', value: 600e9, unit: 'USD', approx: true }],
      ],
    );
    expect(out).toEqual([]);
  });

  it('a correct percentage-point statement gets nothing', () => {
    const out = caveatsOf('한국은행은 기준금리를 연 3.25%에서 3.0%로 0.25%포인트 인하했다.', [
      ['3.25%', { kind: 'percent', value: 3.25, unit: '%' }],
      ['3.0%', { kind: 'percent', value: 3, unit: '%' }],
      ['0.25%포인트', { kind: 'percentage_point', value: 0.25, unit: 'pp' }],
    ]);
    expect(out).toEqual([]);
  });

  it('a dollar amount converted at a plausible rate is info, never a warning', () => {
    const out = caveatsOf(
      '투자액은 1억달러(약 1455억원)다.',
      [
        ['1억달러', { kind: 'money', value: 1e8, unit: 'USD' }],
        ['약 1455억원', { kind: 'money', value: 1.455e11, unit: 'KRW', approx: true }],
      ],
      '2025-01-15',
    );
    expect(out).toEqual(['1억달러: consistency.currency-pair', '약 1455억원: consistency.currency-pair']);
  });

  it('a cost that is not DeepSeek’s and not priced at rental gets no training-run caveat', () => {
    const out = caveatsOf('The new stadium cost $1.2 billion to build.', [
      ['$1.2 billion', { kind: 'money', value: 1.2e9, unit: 'USD' }],
    ]);
    expect(out).toEqual([]);
  });

  it('a floor that is not part of a comparison, and "up to" on a head count, get nothing', () => {
    expect(
      caveatsOf('전국 만 19세 이상 남녀 1천214명에게 물었다.', [
        ['만 19세 이상', { kind: 'count', value: 19, unit: '세', bound: 'at-least' }],
        ['1천214명', { kind: 'count', value: 1214, unit: '명' }],
      ]),
    ).toEqual([]);
    expect(
      caveatsOf('The carmaker plans to cut up to 700 contract workers at two plants.', [
        ['up to 700', { kind: 'count', value: 700, unit: 'workers', bound: 'at-most' }],
      ]),
    ).toEqual([]);
  });

  it('chips outside AI training are not GPU clusters', () => {
    const text =
      'The 486 is the descendant of a long series of Intel chips, from the 8088 chip to 16 other designs.';
    expect(
      caveatsOf(text, [
        ['8088 chip', { kind: 'count', value: 8088, unit: 'chip' }],
        ['16', { kind: 'count', value: 16, unit: null }],
      ]),
    ).toEqual([]);
  });

  it('reported (not modeled) exact figures are not false precision, nor self-reported (they are filed)', () => {
    expect(
      caveatsOf('SK하이닉스는 1분기 연결 매출이 3조7426억원이었다고 공시했다.', [
        ['3조7426억원', { kind: 'money', value: 3.7426e12, unit: 'KRW' }],
      ]).filter((c) => !c.endsWith('results.filing')),
    ).toEqual([]);
  });
});
