// What a careful fact-checker raises on the seed's figures (the demo article here; the real article under npm run eval).
import { expect } from 'vitest';
import type { Claim } from '../../../src/core/types.js';
import { caveatOf, ids } from './run.js';

export function checkSeedPoints(claims: Claim[], ui: 'ko' | 'en'): void {
  // AIME 2024: 30 problems, 0.6 pp is 0.18 of one problem.
  const margin = caveatOf(claims, '79.8%', 'benchmark.margin-within-noise');
  expect(margin.severity).toBe('warn');
  expect(margin.detail).toContain('0.18');
  expect(margin.detail).toContain('30');
  expect(margin.detail).toContain('20.4');
  expect(caveatOf(claims, '79.8%', 'benchmark.what-it-is').detail).toMatch(/62\.5.90\.4/);
  // o1's figure copied from OpenAI's reports; settings not matched; the pass@1 vs cons@64 spread.
  expect(caveatOf(claims, '79.2%', 'benchmark.baseline-copied').detail).toMatch(
    /official reports|공식 보고서/,
  );
  expect(caveatOf(claims, '79.8%', 'benchmark.settings-differ').detail).toMatch(/74%.*83%/);
  // LiveBench vs LiveCodeBench.
  const look = caveatOf(claims, '65.9%', 'benchmark.lookalike-name');
  expect(look.severity).toBe('warn');
  expect(look.detail).toContain('LiveCodeBench');
  expect(look.detail).toMatch(/65\.9.*63\.4/);
  expect(look.sources.map((s) => s.url)).toContain('https://arxiv.org/abs/2501.12948');
  // V3 cost exclusions.
  const cost = caveatOf(claims, '557만6000달러', 'cost.training-run-not-total');
  expect(cost.severity).toBe('warn');
  expect(cost.detail).toMatch(/prior research|선행 연구/);
  expect(cost.sources[0]!.url).toBe('https://arxiv.org/abs/2412.19437');
  expect(ids(claims, '약 78억8000만원')).toContain('cost.training-run-not-total');
  // Implied exchange rate ₩1,413/$ vs the January 2025 average ₩1,455/$.
  const fx = caveatOf(claims, '약 78억8000만원', 'consistency.currency-pair');
  expect(fx.severity).toBe('info');
  expect(fx.title).toContain('1,413');
  expect(fx.detail).toContain('1,455');
  expect(fx.detail).toContain(ui === 'ko' ? '2025년 1월' : 'Jan 2025');
  expect(fx.sources.map((s) => s.url)).toContain('https://fred.stlouisfed.org/series/EXKOUS');
  // Rate × duration: what the total needs.
  const arith = caveatOf(claims, '557만6000달러', 'consistency.arithmetic');
  expect(arith.detail).toContain('1,910');
  expect(arith.detail).toContain('2,048');
  // GPU counts: 2,048 H800 vs 16K H100; GPU-hours 2.788M vs 30.84M.
  const hw = caveatOf(claims, '약 2000개', 'hardware.cluster-size');
  expect(hw.severity).toBe('warn');
  expect(hw.detail).toMatch(/2,048/);
  expect(hw.detail).toMatch(/11/);
  expect(ids(claims, '1만6000개 이상')).toContain('hardware.cluster-size');
  // "10분의 1" of Meta's cost: unlike costs.
  expect(caveatOf(claims, '10분의 1', 'cost.unlike-comparison').detail).toMatch(/1\/11/);
  // Self-reported: 딥시크는 … 밝혔다.
  const self = caveatOf(claims, '79.8%', 'attribution.self-reported');
  expect(self.title).toContain('딥시크');
  // Vague: 수억달러.
  expect(ids(claims, '수억달러')).toEqual(['vague.quantity']);
  // Most important first.
  for (const c of claims) {
    const sev = c.caveats.map((v) => v.severity);
    expect(sev.join(',')).toBe([...sev].sort((a, b) => (a === b ? 0 : a === 'warn' ? -1 : 1)).join(','));
  }
}
