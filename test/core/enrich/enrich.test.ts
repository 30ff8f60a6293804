// Enrich: attribution (self / third party), benchmark links by alias, comparisons and subjects, on real sentences.
import { describe, expect, it } from 'vitest';
import { classifySource, findAttribution, selfMeasured } from '../../../src/core/enrich/attribution.js';
import { enrichClaims } from '../../../src/core/enrich/index.js';
import type { Claim } from '../../../src/core/types.js';
import { buildCase, buildSeed, CASES } from '../caveats/corpus.js';
import { makeClaims } from '../caveats/helpers.js';

function enriched(name: string): Claim[] {
  const c = CASES.find((x) => x.name === name)!;
  const { claims, ctx } = buildCase(c, 'en');
  enrichClaims(claims, ctx);
  return claims;
}

function byText(claims: Claim[], text: string): Claim {
  const c = claims.find((x) => x.text === text);
  if (!c) throw new Error(`no claim ${text}`);
  return c;
}

describe('attribution', () => {
  it('reads Korean reporting patterns from the seed', () => {
    expect(
      findAttribution('딥시크의 기술 보고서에 따르면 딥시크-V3를 훈련하는 데 든 비용은 557만6000달러였다.'),
    ).toEqual({
      text: '딥시크의 기술 보고서',
      kind: 'self',
    });
    expect(
      findAttribution('딥시크는 AIME 2024 벤치마크 테스트에서 79.8%를 얻어 79.2%보다 앞섰다고 밝혔다.'),
    ).toEqual({
      text: '딥시크',
      kind: 'self',
    });
    expect(findAttribution('딥시크는 엔비디아 GPU 약 2000개만 필요했다고 NYT는 전했다.')).toEqual({
      text: 'NYT',
      kind: 'third-party',
    });
    expect(findAttribution('파이낸셜타임스(FT)도 "개발비용이 저렴해졌다"고 짚었다.')).toEqual({
      text: '파이낸셜타임스(FT)',
      kind: 'third-party',
    });
    expect(findAttribution('이는 메타가 훈련한 비용의 10분의 1 수준이다.')).toBeNull();
  });

  it('reads English patterns', () => {
    expect(findAttribution('DeepSeek said it spent just $5.6 million on computing power.')).toEqual({
      text: 'DeepSeek',
      kind: 'self',
    });
    expect(findAttribution('R1 scored 65.9%, the company said.')?.kind).toBe('self');
    expect(findAttribution('The model cost $6 million, according to Reuters.')).toEqual({
      text: 'Reuters',
      kind: 'third-party',
    });
    expect(findAttribution('Nvidia lost nearly $589 billion in market value on Monday.')).toBeNull();
  });

  it('treats "자체 평가" / "its own tests" as self-reported, even when relayed', () => {
    expect(
      selfMeasured(
        '업계에 따르면 이 모델은 자체 평가에서 92%를 기록했다.',
        findAttribution('업계에 따르면 …'),
      ),
    ).toEqual({
      text: '업계 (자체 평가)',
      kind: 'self',
    });
    expect(
      selfMeasured('The model scored 92% in its own tests, Reuters reported.', {
        text: 'Reuters',
        kind: 'third-party',
      }),
    ).toEqual({
      text: 'Reuters (its own tests)',
      kind: 'self',
    });
    expect(selfMeasured('The model scored 92%.', null)).toBeNull();
  });

  it('classifies makers as self and media or people as third party', () => {
    expect(classifySource('오픈AI')).toBe('self');
    expect(classifySource('삼성전자')).toBe('self');
    expect(classifySource('블룸버그')).toBe('third-party');
    expect(classifySource('타일러 코웬 조지메이슨대 교수')).toBe('third-party');
    expect(classifySource('AP')).toBe('third-party');
    expect(classifySource('MSCI analysts')).toBe('third-party');
  });
});

describe("enrichClaims on the demo article (the seed's figures)", () => {
  const { claims, ctx } = buildSeed('ko');
  enrichClaims(claims, ctx);

  it('links both AIME scores to aime-2024 and upgrades them to score', () => {
    for (const t of ['79.8%', '79.2%']) {
      const c = byText(claims, t);
      expect(c.benchmark).toBe('aime-2024');
      expect(c.kind).toBe('score');
      expect(c.subject).toBe('AIME 2024');
    }
  });

  it('links 라이브벤치 to livebench (as written: the look-alike rule questions it)', () => {
    expect(byText(claims, '65.9%').benchmark).toBe('livebench');
    expect(byText(claims, '63.4%').benchmark).toBe('livebench');
  });

  it('pairs compared claims in the same sentence, both ways', () => {
    expect(byText(claims, '79.8%').comparedWith).toBe(byText(claims, '79.2%').id);
    expect(byText(claims, '79.2%').comparedWith).toBe(byText(claims, '79.8%').id);
    expect(byText(claims, '65.9%').comparedWith).toBe(byText(claims, '63.4%').id);
    expect(byText(claims, '1만6000개 이상').comparedWith).toBe(byText(claims, '약 2000개').id);
    // An equivalence in another currency is not a comparison.
    expect(byText(claims, '557만6000달러').comparedWith).toBeUndefined();
  });

  it('sets attribution per sentence, carrying it to the next sentence of a paragraph', () => {
    expect(byText(claims, '557만6000달러').attribution).toEqual({
      text: '딥시크 기술 보고서',
      kind: 'self',
    });
    expect(byText(claims, '79.8%').attribution).toEqual({ text: '딥시크', kind: 'self' });
    expect(byText(claims, '65.9%').attribution).toEqual({ text: '딥시크', kind: 'self' });
    expect(byText(claims, '약 2000개').attribution).toEqual({ text: 'NYT', kind: 'third-party' });
    expect(byText(claims, '10분의 1').attribution).toEqual({ text: '', kind: 'unattributed' });
  });

  it('names subjects from the words around the number', () => {
    expect(byText(claims, '557만6000달러').subject).toBe('개발 비용');
    expect(byText(claims, '시간당 2달러').subject).toBe('GPU 임대 가격');
    expect(byText(claims, '약 2000개').subject).toBe('GPU 수');
    expect(byText(claims, '수억달러').subject).toBeUndefined();
  });
});

describe('enrichClaims on English sentences', () => {
  it('links "on the AIME 2024 math test … compared with" and attributes to DeepSeek', () => {
    const cs = enriched('en-aime-comparison');
    expect(cs.map((c) => c.benchmark)).toEqual(['aime-2024', 'aime-2024']);
    expect(cs[0]!.comparedWith).toBe(cs[1]!.id);
    expect(cs[0]!.attribution?.kind).toBe('self');
  });

  it('picks the nearest benchmark in a sentence naming two', () => {
    const text = 'R1 scored 79.8% on AIME 2024 and 97.3% on MATH-500, the company said.';
    const cs = makeClaims(text, [
      ['79.8%', { kind: 'percent', value: 79.8, unit: '%' }],
      ['97.3%', { kind: 'percent', value: 97.3, unit: '%' }],
    ]);
    enrichClaims(cs, { text, lang: 'en', uiLang: 'en' });
    expect(cs.map((c) => c.benchmark)).toEqual(['aime-2024', 'math-500']);
    expect(cs[0]!.comparedWith).toBeUndefined();
  });

  it('pairs compared scores across a claim of another kind in between (a year kept as a count)', () => {
    const text =
      'DeepSeek said its R1 model scored 79.8% on the AIME 2024 math test, compared with 79.2% for o1.';
    const cs = makeClaims(text, [
      ['79.8%', { kind: 'percent', value: 79.8, unit: '%' }],
      ['2024 math', { kind: 'count', value: 2024, unit: 'math' }],
      ['79.2%', { kind: 'percent', value: 79.2, unit: '%' }],
    ]);
    enrichClaims(cs, { text, lang: 'en', uiLang: 'en' });
    expect(cs[0]!.comparedWith).toBe(cs[2]!.id);
    expect(cs[2]!.comparedWith).toBe(cs[0]!.id);
    expect(cs[1]!.comparedWith).toBeUndefined();
  });

  it('leaves percentages without a benchmark name alone', () => {
    const cs = enriched('cnbc-nvidia-shares');
    expect(cs[0]!.kind).toBe('percent');
    expect(cs[0]!.benchmark).toBeUndefined();
  });

  it('links Codeforces ratings (bare numbers) but not other bare numbers', () => {
    const text =
      'DeepSeek-R1 reached a Codeforces rating of 2029 against 2061 for o1, while 300 engineers worked on it.';
    const cs = makeClaims(text, [
      ['2029', { kind: 'count', value: 2029, unit: null }],
      ['2061', { kind: 'count', value: 2061, unit: null }],
      ['300', { kind: 'count', value: 300, unit: 'engineers' }],
    ]);
    enrichClaims(cs, { text, lang: 'en', uiLang: 'en' });
    expect(cs.map((c) => c.benchmark)).toEqual(['codeforces', 'codeforces', undefined]);
    expect(cs[0]!.kind).toBe('score');
  });
});
