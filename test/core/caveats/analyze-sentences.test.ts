// End to end through analyze() with the real detector, on wire-style English and Korean sentences.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index.js';
import { caveatOf, ids } from './run.js';

describe('analyze() on real-article sentences', () => {
  it('AIME comparison in English (paraphrase of R1 release coverage, 2025-01-21)', () => {
    const { claims } = analyze(
      'DeepSeek said its R1 model scored 79.8% on the AIME 2024 math test, compared with 79.2% for OpenAI’s o1.',
      { publishedAt: '2025-01-21' },
    );
    expect(caveatOf(claims, '79.8%', 'benchmark.margin-within-noise').detail).toContain(
      '0.18 of one item out of 30',
    );
    expect(ids(claims, '79.2%')).toContain('benchmark.baseline-copied');
  });

  it('rental arithmetic in English (paraphrase of V3-report explainers, 2025-01)', () => {
    const { claims } = analyze(
      'Renting H800 GPUs at $2 per hour for two months cost DeepSeek $5.576 million, the company calculated.',
      { publishedAt: '2025-01-28' },
    );
    expect(caveatOf(claims, '$5.576 million', 'consistency.arithmetic').detail).toContain('1,910');
    expect(ids(claims, '$5.576 million')).toContain('cost.training-run-not-total');
  });

  it('Korean rate cut written in percent, and a maker’s "최대"', () => {
    const a = analyze('한국은행은 기준금리를 3.25%에서 3.0%로 0.25% 인하했다.').claims;
    expect(caveatOf(a, '0.25%', 'units.percent-vs-points').severity).toBe('warn');
    const b = analyze('삼성전자는 새 메모리가 전력 효율을 최대 30% 높였다고 밝혔다.').claims;
    expect(ids(b, '최대 30%')).toEqual([
      'attribution.self-reported',
      'units.relative-without-base',
      'bounds.up-to',
    ]);
  });

  it('plain figures stay clean', () => {
    expect(analyze('서울 인구는 약 940만 명이다.').claims.flatMap((c) => c.caveats)).toEqual([]);
    const nv = analyze('Nvidia lost nearly $589 billion in market value on Monday.', {
      publishedAt: '2025-01-27',
    });
    expect(nv.claims.flatMap((c) => c.caveats)).toEqual([]);
  });
});
