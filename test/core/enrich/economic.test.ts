// Economic news read as a fact-checker would: forecasts labelled, a maker's product claims self-reported, filed results and official statistics left alone.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index.js';
import type { Claim } from '../../../src/core/types.js';

function claim(text: string, surface: string, nth = 0): Claim {
  const found = analyze(text).claims.filter((c) => c.text === surface || c.text.startsWith(surface));
  const c = found[nth];
  if (!c)
    throw new Error(
      `no claim ${surface} in ${analyze(text)
        .claims.map((x) => x.text)
        .join(' | ')}`,
    );
  return c;
}
const ids = (c: Claim): string[] => c.caveats.map((v) => v.id);
const warns = (c: Claim): string[] => c.caveats.filter((v) => v.severity === 'warn').map((v) => v.id);

describe('forecasts', () => {
  it('labels Korean forecasts by their verb, noun or target', () => {
    const verb = '증권가는 삼성전자의 3분기 영업이익을 10조원으로 예상했다.';
    expect(claim(verb, '10조원').status).toBe('forecast');
    const target = 'NH투자증권은 목표주가를 기존 9만원에서 8만원으로 낮췄다.';
    expect(claim(target, '9만원').status).toBe('forecast');
    expect(claim(target, '8만원').status).toBe('forecast');
    const future = '올해 수출은 7000억달러를 넘어설 것으로 보인다.';
    expect(claim(future, '7000억달러').status).toBe('forecast');
    expect(claim(future, '7000억달러').statusCue).toBeTruthy();
  });

  it('leaves reported results alone and says which is which beside a forecast', () => {
    const past = '지난해 수출은 6838억달러로 역대 최대를 기록했다.';
    expect(claim(past, '6838억달러').status).toBeUndefined();
    const beside = '삼성전자의 3분기 영업이익은 9조1000억원으로 시장 전망치 10조원을 밑돌았다.';
    expect(claim(beside, '9조1000억원').status).toBe('result');
    expect(claim(beside, '10조원').status).toBe('forecast');
    const gap = '영업이익은 시장 전망치보다 9000억원 적었다.';
    expect(claim(gap, '9000억원').status).toBeUndefined();
  });

  it('carries a forecast into the next sentence that refers back to it', () => {
    const text = '증권사들은 1분기 매출을 75조원으로 예상했다. 이는 전년 동기보다 5% 늘어난 수치다.';
    expect(claim(text, '5%').status).toBe('forecast');
  });

  it('labels English guidance, estimates and expectations, not the analysts who make them', () => {
    const guidance =
      'Nvidia reported revenue of $35.1 billion, compared with its own outlook of $32.5 billion.';
    expect(claim(guidance, '$35.1 billion').status).toBe('result');
    expect(claim(guidance, '$32.5 billion').status).toBe('forecast');
    const expects = 'The company expects fourth-quarter revenue of $37.5 billion.';
    expect(claim(expects, '$37.5 billion').status).toBe('forecast');
    const estimate = 'That beat the $33.2 billion average estimate of 19 analysts.';
    expect(claim(estimate, '$33.2 billion').status).toBe('forecast');
    expect(claim(estimate, '19 analysts').status).toBeUndefined();
    const wasA = 'The market expectation for nonfarm payrolls was a 170,000 gain.';
    expect(claim(wasA, '170,000').status).toBe('forecast');
    const lookingFor = 'Analysts, on average, were looking for 75 cents per share.';
    expect(claim(lookingFor, '75 cents').status).toBe('forecast');
  });

  it('does not read a condition as a forecast', () => {
    const text = '전문가들은 칩에 수억달러를 투자하지 않고서는 경쟁할 수 없을 것으로 진단했다.';
    expect(claim(text, '수억달러').status).toBeUndefined();
  });
});

describe('self-reported: who says it about what', () => {
  it('does not warn on a company’s filed results', () => {
    const text = 'SK하이닉스는 1분기 매출 12조4296억원, 영업이익 2조8860억원을 기록했다고 공시했다.';
    for (const s of ['12조4296억원', '2조8860억원']) {
      expect(warns(claim(text, s))).toEqual([]);
      expect(ids(claim(text, s))).toContain('results.filing');
    }
    const en = 'Samsung said first-quarter operating profit rose 12 percent.';
    expect(warns(claim(en, '12 percent'))).toEqual([]);
  });

  it('warns on a maker’s claims about its own product, also when the text names the product again', () => {
    const said = 'SK하이닉스는 신제품 HBM3E의 열 방출 성능을 10% 개선했다고 밝혔다.';
    expect(ids(claim(said, '10%'))).toContain('attribution.self-reported');
    const next = '애플은 새 M1 칩을 공개했다. 이 칩은 배터리 사용 시간을 최대 20시간까지 늘렸다.';
    expect(ids(claim(next, '최대 20시간'))).toContain('attribution.self-reported');
    const en =
      'Apple unveiled its M1 chip on Tuesday.\nThe chip is supposed to run 3.5 times faster than the previous model.';
    expect(ids(claim(en, '3.5 times'))).toContain('attribution.self-reported');
  });

  it('reads a company the text introduces, and an executive speaking for a maker, as the maker', () => {
    const intro =
      '중국 가전 업체 메이디(Midea)는 새 에어컨을 공개했다. 메이디는 전력 소비를 30% 줄였다고 밝혔다.';
    expect(ids(claim(intro, '30%'))).toContain('attribution.self-reported');
    const exec =
      'Johny Srouji, senior vice president of hardware technologies at Apple, spoke on Tuesday.\nSrouji said the new chip was 3.5 times faster.';
    expect(claim(exec, '3.5 times').attribution?.kind).toBe('self');
  });

  it('reads the maker from "Apple’s new …", and a medium relaying a glossed maker’s own claim', () => {
    const possessive =
      'Apple’s new MacBook Air uses the M2 chip.\nThe battery lasts for up to 18 hours of video playback.';
    expect(ids(claim(possessive, 'up to 18 hours'))).toContain('attribution.self-reported');
    const relayed =
      '미 에너자이저(Energizer)가 충전 시간을 절반으로 줄인 배터리를 개발했다고 블룸버그가 보도했다.';
    expect(claim(relayed, '절반').attribution?.kind).toBe('self');
    expect(ids(claim(relayed, '절반'))).toContain('attribution.self-reported');
  });

  it('does not warn on official statistics', () => {
    const ko = '통계청에 따르면 11월 실업률은 2.7%로 전년 동월 대비 0.1%포인트 하락했다.';
    expect(warns(claim(ko, '2.7%'))).toEqual([]);
    const en = 'Payrolls rose by 227,000 in November, the Bureau of Labor Statistics said.';
    expect(warns(claim(en, '227,000'))).toEqual([]);
  });
});

describe('attribution: names, not dates and titles', () => {
  it('strips a date and a title from a source', () => {
    const text = '3일 국제학술지 사이언스에 따르면 이 모델의 정답률은 40%였다.';
    expect(claim(text, '40%').attribution).toEqual({ text: '사이언스', kind: 'third-party' });
  });

  it('reads "회사 측", "the company’s blog post" and "자체 평가" after the maker as self', () => {
    const ko = '이 모델은 응답 속도가 2배 빨라졌다고 회사 측은 설명했다.';
    expect(claim(ko, '2배').attribution?.kind).toBe('self');
    const en =
      'OpenAI released the model on Monday. According to the company’s blog post, it scored 71.7% on the test.';
    expect(claim(en, '71.7%').attribution?.kind).toBe('self');
    const own =
      '회사 자체 평가에서는 한국어 성능이 크게 올랐다고 밝혔다. 대표 벤치마크 KMMLU에서 65.2점을 받았다.';
    expect(claim(own, '65.2점').attribution?.kind).toBe('self');
  });
});

describe('labels are not figures', () => {
  const texts = (t: string) => analyze(t).claims.map((c) => c.text);
  it('leaves out the period a statistic covers, a chip process and an age bracket', () => {
    expect(texts('Exports rose 8.1% in the first 10 days of the month.')).toEqual(['8.1%']);
    expect(texts('The chip is built on a 3nm process, and its 64-bit cores run 20% faster.')).toEqual([
      '20%',
    ]);
    expect(texts('The 5-nanometer chip has 20 billion transistors.')).toEqual(['20 billion transistors']);
    expect(
      texts('청년층(15~29세) 고용률은 45.8%, 15세 이상 고용률은 62.7%였다.').filter((x) => x.includes('세')),
    ).toEqual([]);
  });
  it('keeps a duration, an age and a size that are the figure', () => {
    expect(texts('The training run lasted 20 days.')).toEqual(['20 days']);
    expect(texts('응답자의 평균 나이는 45세였다.')).toEqual(['45세']);
  });
});

describe('a change and its level are not a range', () => {
  it('reads "by X to Y" as two figures when Y is a level, and keeps a range of one size', () => {
    const two = analyze('Payrolls rose by 256,000 to 159.3 million in December.').claims;
    expect(two.map((c) => c.text)).toEqual(['256,000', '159.3 million']);
    const range = analyze('Prices fell by 3 to 5 percent.').claims;
    expect(range[0]).toMatchObject({ text: '3 to 5 percent', range: [3, 5] });
  });
});

describe('product units', () => {
  it('reads bit rates, watts and "N초 만에"', () => {
    const cs = analyze(
      '새 메모리는 핀당 9.2기가비트 속도로 동작하고, 45W 충전기로 1초 만에 기동한다.',
    ).claims;
    expect(cs.map((c) => [c.text, c.kind, c.unit])).toEqual([
      ['9.2기가비트', 'quantity', 'Gbit'],
      ['45W', 'quantity', 'W'],
      ['1초 만에', 'duration', 'second'],
    ]);
    expect(analyze('The charger delivers 65 watts.').claims[0]).toMatchObject({
      kind: 'quantity',
      unit: 'W',
      value: 65,
    });
  });
});
