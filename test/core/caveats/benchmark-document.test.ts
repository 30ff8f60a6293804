// Benchmark caveats over whole passages: margins judged against the benchmark's size (within, borderline, outside
// noise), subsets named, composite indexes flagged, stated maxima used. Passages written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index.js';
import type { Claim } from '../../../src/core/types.js';

function claim(text: string, quote: string, uiLang: 'ko' | 'en' = 'ko'): Claim {
  const c = analyze(text, { uiLang }).claims.find((x) => x.text === quote);
  if (!c) throw new Error(`no claim ${quote}`);
  return c;
}
const ids = (c: Claim): string[] => c.caveats.map((v) => v.id);

const HLE_LIKE = [
  "'인류의 마지막 시험(HLE)'은 수학·과학·인문학 전문가들이 출제한 2500문항으로 구성됐다.",
  '텍스트 문항만을 대상으로 한 이번 평가에서 구글 제미나이 3 프로가 정확도 40.6%로 1위에 올랐다.',
  '오픈AI의 GPT-5.2는 28.7%, 앤트로픽 클로드 오푸스 4.5는 24.9%를 기록했다.',
].join(' ');

describe('margins on a benchmark named sentences before', () => {
  it('calls a large gap on 2,500 items well outside noise, names the subset, and compares the runner-up', () => {
    const top = claim(HLE_LIKE, '40.6%');
    const second = claim(HLE_LIKE, '28.7%');
    expect(top).toMatchObject({ kind: 'score', benchmark: 'hle', comparedWith: second.id });
    const what = top.caveats.find((v) => v.id === 'benchmark.what-it-is')!;
    expect(what.title).toContain('2,500문항');
    const verdict = top.caveats.find((v) => v.id === 'benchmark.margin-outside-noise')!;
    expect(verdict.title).toBe('11.9%포인트 차이는 잡음 범위 밖');
    expect(verdict.detail).toContain('40.6% 대 28.7%');
    expect(ids(top)).toContain('benchmark.subset');
    expect(ids(top)).not.toContain('benchmark.margin-within-noise');
  });

  it('calls a small gap on a small benchmark within noise, and a middling one borderline', () => {
    const small = 'AIME 2025에서 A 모델은 83.3%, B 모델은 80.0%를 기록했다.';
    expect(ids(claim(small, '83.3%'))).toContain('benchmark.margin-within-noise');
    const mid = 'On GPQA Diamond the model scored 71.2%, ahead of the 62.6% of its rival.';
    expect(ids(claim(mid, '71.2%', 'en'))).toContain('benchmark.margin-borderline');
  });

  it('reads accuracy written in points as a share of the items', () => {
    const c = claim('대표 한국어 벤치마크 KMMLU에서 새 모델은 76.4점(GPT-4o: 71.9점)을 받았다.', '76.4점');
    expect(c).toMatchObject({ kind: 'score', benchmark: 'kmmlu' });
    expect(ids(c)).toContain('benchmark.margin-outside-noise');
  });
});

describe('indexes and points scales', () => {
  it('says a composite index is not one benchmark', () => {
    const c = claim('Artificial Analysis의 인텔리전스 지수에서 이 모델은 61점을 기록했다.', '61점');
    expect(c).toMatchObject({ kind: 'score', benchmark: 'aa-intelligence-index' });
    expect(ids(c)).toContain('benchmark.composite');
  });

  it('uses the maximum the text states, else the exam’s own', () => {
    const c = claim(
      'AI 모델을 수능 수학 문제로 시험한 결과, 제미나이 3 프로는 150점 만점에 132.5점을 받았다.',
      '132.5점',
    );
    expect(c.outOf).toBe(150);
    expect(c.caveats.find((v) => v.id === 'benchmark.what-it-is')?.detail).toContain('88.3%');
    const imo = claim(
      'At the International Mathematical Olympiad an AI model scored 33 of 42 points.',
      '33 of 42 points',
      'en',
    );
    expect(imo.caveats.find((v) => v.id === 'benchmark.what-it-is')?.title).toBe(
      'International Mathematical Olympiad: out of 42 points',
    );
  });
});
