// Scores across a document: typed score whatever the surface, linked to the evaluation named in the sentence or
// before it, compared within lists and across sentences. Sentences written for these tests, with real patterns.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/core/document/index.js';
import { analyze } from '../../../src/core/index.js';
import type { Claim } from '../../../src/core/types.js';

function claims(text: string, lang: 'ko' | 'en' = 'ko'): Claim[] {
  return analyze(text, { lang }).claims;
}
function get(cs: Claim[], text: string): Claim {
  const c = cs.find((x) => x.text === text);
  if (!c) throw new Error(`no claim ${text}; got ${cs.map((x) => x.text).join(' | ')}`);
  return c;
}

describe('document model', () => {
  it('finds paragraphs, sentences, evaluations (known, named, anaphoric) and models once', () => {
    const text =
      "HLE는 전문가 문제 2500개로 된 시험이다. 이 시험에서 제미나이 3 프로가 41.0%를 얻었다.\n벤치마크 'KoNET'에선 90.1점이었다.";
    const doc = buildDocument(text, 'ko');
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.sentences).toHaveLength(3);
    expect(doc.evaluations.map((e) => [e.kind, e.id ?? e.name])).toEqual([
      ['benchmark', 'hle'],
      ['anaphor', '이 시험'],
      ['named', 'KoNET'],
    ]);
    expect(doc.models.map((m) => m.text)).toEqual(['제미나이 3 프로']);
    expect(doc.aboutAi).toBe(true);
  });
});

describe('scores linked across sentences', () => {
  it('links a score to the benchmark named one or two sentences before, and types it', () => {
    const cs = claims(
      'HLE는 여러 분야 전문가가 낸 문제로 구성됐다. 이번 평가에서 제미나이 3 프로가 정확도 41.0%로 가장 높은 점수를 받았다. 오픈AI의 GPT-5.2는 31.4%, 오푸스 4.5는 24.6%였다.',
    );
    for (const t of ['41.0%', '31.4%', '24.6%'])
      expect(get(cs, t)).toMatchObject({ kind: 'score', benchmark: 'hle' });
    expect(get(cs, '41.0%').comparedWith).toBe(get(cs, '31.4%').id);
    expect(get(cs, '31.4%').comparedWith).toBe(get(cs, '41.0%').id);
    expect(get(cs, '24.6%').comparedWith).toBe(get(cs, '41.0%').id);
  });

  it('follows "the test" back to the evaluation named before', () => {
    const cs = claims(
      'The company put its model through the Uniform Bar Exam last spring. On the test it scored 301 out of 400, while the older model scored 262.',
      'en',
    );
    expect(get(cs, '301 out of 400')).toMatchObject({
      kind: 'score',
      value: 301,
      outOf: 400,
      benchmark: 'ube',
    });
    expect(get(cs, '262')).toMatchObject({ kind: 'score', benchmark: 'ube' });
  });

  it('gives an evaluation the knowledge base lacks as the subject', () => {
    const cs = claims("교육 과정 기반 벤치마크 'KoEdu'에선 이 모델이 88.4점을 받았다.");
    expect(get(cs, '88.4점')).toMatchObject({ kind: 'score', subject: 'KoEdu' });
    expect(get(cs, '88.4점').benchmark).toBeUndefined();
  });
});

describe('scores are scores', () => {
  it('types points, percentiles, parenthesized scores after models, ratings and "N of M points"', () => {
    const cs = claims(
      'KMMLU 논문에 따르면 하이퍼클로바X(53.1)는 GPT-3.5-터보(41.9)와 제미나이 프로(47.2)보다 높은 점수를 받았다.',
    );
    for (const t of ['53.1', '41.9', '47.2'])
      expect(get(cs, t)).toMatchObject({ kind: 'score', benchmark: 'kmmlu' });
    expect(get(cs, '53.1').comparedWith).toBe(get(cs, '41.9').id);
    expect(get(cs, '47.2').comparedWith).toBe(get(cs, '53.1').id);

    const bar = claims('이 모델은 미국 변호사 시험에서 하위 12% 수준이었으나 새 모델은 상위 8% 수준이었다.');
    expect(bar.map((c) => [c.kind, c.benchmark])).toEqual([
      ['score', 'ube'],
      ['score', 'ube'],
    ]);

    const arena = claims(
      'On the Arena leaderboard the model reached a score of 1492, ahead of grok-4.1-thinking (1471) and Claude Opus 4.1 (1440).',
      'en',
    );
    expect(arena.map((c) => [c.text, c.kind, c.benchmark])).toEqual([
      ['1492', 'score', 'lmarena'],
      ['1471', 'score', 'lmarena'],
      ['1440', 'score', 'lmarena'],
    ]);

    const imo = claims(
      'At the International Mathematical Olympiad the AI system solved problems worth 33 of 42 points.',
      'en',
    );
    expect(get(imo, '33 of 42 points')).toMatchObject({
      kind: 'score',
      value: 33,
      outOf: 42,
      benchmark: 'imo',
    });
  });

  it('uses a maximum the sentence states, and keeps market points and relative percentages out', () => {
    const cs = claims('수능 수학에서 제미나이 3 프로는 150점 만점에 132.5점을 기록했다.');
    expect(get(cs, '132.5점')).toMatchObject({ kind: 'score', outOf: 150 });
    expect(claims('이날 코스피 지수는 12.5포인트 올랐다.').map((c) => c.kind)).toEqual(['count']);
    const rel = claims(
      '회사 자체 평가에서 GPT-4o 대비 약 27%의 처리 효율을 보였고 KMMLU에서 77.1점을 받았다.',
    );
    expect(get(rel, '약 27%').kind).toBe('percent');
    expect(get(rel, '77.1점')).toMatchObject({ kind: 'score', benchmark: 'kmmlu' });
  });

  it('does not link exam news about people to an AI evaluation', () => {
    const cs = claims('올해 수능의 표준점수 최고점은 수학 141점(0.5%), 국어 137점(0.9%)이었다.');
    expect(cs.some((c) => c.benchmark)).toBe(false);
  });
});

describe('English furniture ordinals', () => {
  it('drops days of the month and editions of named events', () => {
    expect(
      claims('According to the index released on the 12th, it ranked 4th.', 'en').map((c) => c.text),
    ).toEqual(['4th']);
    expect(claims('The 65th International Mathematical Olympiad was held in Bath.', 'en')).toEqual([]);
  });
});

describe('lists that share a unit', () => {
  it('gives every number of the list the unit written after the last one', () => {
    const en = claims(
      'Scores on MMMU, GPQA and SWE-bench rose by 17.2, 44.6 and 61.9 percentage points.',
      'en',
    );
    expect(en.map((c) => [c.text, c.kind, c.unit])).toEqual([
      ['17.2', 'percentage_point', 'pp'],
      ['44.6', 'percentage_point', 'pp'],
      ['61.9 percentage points', 'percentage_point', 'pp'],
    ]);
    const ko = claims('세 벤치마크의 점수는 각각 17.2, 44.6, 61.9%포인트 올랐다.');
    expect(ko.map((c) => c.unit)).toEqual(['pp', 'pp', 'pp']);
    // A figure with its own unit ends the list: "12 firms" does not become a percentage.
    expect(claims('In the survey, 12 firms grew 5%.', 'en').map((c) => c.unit)).toEqual(['firms', '%']);
  });
});

describe('items solved and results paragraphs', () => {
  it('reads "N of those M problems" and "M문제 중 N문제" as scores out of M', () => {
    const en = claims(
      'SWE-bench Verified has 500 tasks. A score of 41% means the agent fixed 205 of those 500 issues.',
      'en',
    );
    expect(get(en, '205')).toMatchObject({ kind: 'score', outOf: 500, benchmark: 'swe-bench-verified' });
    const ko = claims('AIME 2025에서 이 모델은 30문제 중 24문제를 맞혔다.');
    expect(get(ko, '24')).toMatchObject({ kind: 'score', outOf: 30 });
  });

  it('types the scores of a results paragraph further down the story', () => {
    const text = [
      "AI 모델들에게 '일본 대입 공통시험'을 풀게 했다.",
      '챗GPT는 평균 정답률 95.1%로 가장 높았다.',
      '과목별로는 제미나이가 영어(96%)에서, 클로드가 세계사(94%)에서 강했다.',
    ].join('\n');
    const cs = claims(text);
    for (const t of ['95.1%', '96%', '94%'])
      expect(get(cs, t)).toMatchObject({ kind: 'score', subject: '일본 대입 공통시험' });
  });
});
