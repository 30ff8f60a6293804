// Each rule on real-article sentences (seed verbatim; wire-style paraphrases of DeepSeek/Nvidia coverage).
import { describe, expect, it } from 'vitest';
import { buildCase, CASES } from './corpus.js';
import { type ClaimFields, makeClaims } from './helpers.js';
import { caveatOf, ids, run } from './run.js';

const build = (name: string, ui: 'ko' | 'en' = 'en') =>
  run(buildCase(CASES.find((c) => c.name === name)!, ui));

/** Claims for one ad-hoc sentence, enriched and caveated. */
function runText(
  text: string,
  rows: [string, ClaimFields][],
  uiLang: 'ko' | 'en' = 'en',
  publishedAt?: string,
) {
  const lang = /[가-힣]/.test(text) ? 'ko' : 'en';
  return run({ claims: makeClaims(text, rows), ctx: { text, lang, uiLang, publishedAt } });
}

describe('benchmark rules', () => {
  it('AIME 2024 comparison in English: within noise, copied baseline, settings, self-reported', () => {
    const cs = build('en-aime-comparison');
    expect(ids(cs, '79.8%')).toEqual([
      'benchmark.baseline-copied',
      'benchmark.margin-within-noise',
      'benchmark.settings-differ',
      'attribution.self-reported',
      'benchmark.published-match',
      'benchmark.what-it-is',
      'benchmark.contamination',
    ]);
    expect(caveatOf(cs, '79.8%', 'benchmark.margin-within-noise').detail).toContain(
      '0.18 of one item out of 30',
    );
    expect(caveatOf(cs, '79.2%', 'attribution.self-reported').detail).toContain('competitor');
  });

  it('LiveBench label on LiveCodeBench numbers: look-alike, and the gap needs thousands of items', () => {
    const cs = build('en-livebench-mislabel');
    expect(caveatOf(cs, '65.9%', 'benchmark.lookalike-name').severity).toBe('warn');
    const m = caveatOf(cs, '63.4%', 'benchmark.margin-within-noise');
    expect(m.detail).toContain('2,808');
    expect(m.detail).toContain('1,404');
  });

  it('a LiveCodeBench figure correctly named gets its origin, not the look-alike warning', () => {
    const text = 'DeepSeek says R1 achieved 65.9% on LiveCodeBench, ahead of o1’s 63.4%.';
    const cs = runText(text, [
      ['65.9%', { kind: 'percent', value: 65.9, unit: '%' }],
      ['63.4%', { kind: 'percent', value: 63.4, unit: '%' }],
    ]);
    expect(ids(cs, '65.9%')).not.toContain('benchmark.lookalike-name');
    expect(caveatOf(cs, '65.9%', 'benchmark.published-match').detail).toContain('Pass@1-COT');
    expect(ids(cs, '63.4%')).toContain('benchmark.baseline-copied');
  });

  it('a bare "AIME" without the year is matched to the year whose figures it quotes, not called a mix-up', () => {
    const cs = runText('R1 scored 79.8% on AIME, compared with 79.2% for o1, DeepSeek said.', [
      ['79.8%', { kind: 'percent', value: 79.8, unit: '%' }],
      ['79.2%', { kind: 'percent', value: 79.2, unit: '%' }],
    ]);
    expect(ids(cs, '79.8%')).not.toContain('benchmark.lookalike-name');
    const m = caveatOf(cs, '79.8%', 'benchmark.published-match');
    expect(m.detail).toContain('The text gives no year, but 79.8% and 79.2% match the AIME 2024 figures');
    expect(caveatOf(cs, '79.8%', 'benchmark.margin-within-noise').detail).toContain('out of 30');
    expect(ids(cs, '79.2%')).toContain('benchmark.baseline-copied');
  });

  it('a large margin on a big benchmark is not called noise', () => {
    const text = 'On MMLU the model scored 90.8% compared with 85.2% for o1-mini.';
    const cs = runText(text, [
      ['90.8%', { kind: 'percent', value: 90.8, unit: '%' }],
      ['85.2%', { kind: 'percent', value: 85.2, unit: '%' }],
    ]);
    expect(ids(cs, '90.8%')).not.toContain('benchmark.margin-within-noise');
    expect(caveatOf(cs, '90.8%', 'benchmark.what-it-is').title).toBe('MMLU: a 14,042-item test');
    expect(ids(cs, '90.8%')).toContain('benchmark.saturation');
    // And it says so: 5.6 pp on 14,042 items is far outside the interval of the difference.
    expect(caveatOf(cs, '90.8%', 'benchmark.margin-outside-noise').title).toBe(
      'A 5.6 pp gap is well outside noise',
    );
  });
});

describe('cost and hardware rules', () => {
  it('Reuters-style "$5.6 million": final run only, and unlike the rivals’ spending it is compared with', () => {
    const cs = build('reuters-deepseek-cost');
    const cost = caveatOf(cs, '$5.6 million', 'cost.training-run-not-total');
    expect(cost.detail).toContain('prior research and ablation experiments');
    expect(caveatOf(cs, '$5.6 million', 'cost.unlike-comparison').severity).toBe('warn');
    expect(ids(cs, 'hundreds of millions')).toContain('vague.quantity');
  });

  it('R1’s $294,000 (Nature, Sept 2025) is only the RL stage, on top of V3; the won figure fits Sept 2025', () => {
    const cs = build('ko-r1-nature-cost', 'ko');
    const cost = caveatOf(cs, '29만4000달러', 'cost.training-run-not-total');
    expect(cost.detail).toContain('강화학습 단계');
    expect(cost.detail).toContain('557만6000달러');
    const fx = caveatOf(cs, '약 4억1000만원', 'consistency.currency-pair');
    expect(fx.severity).toBe('info');
    expect(fx.detail).toContain('2025년 9월');
  });

  it('GPU counts of different models: 2,048 H800 vs 16,000 H100, with GPU-hours', () => {
    const cs = build('en-gpu-counts');
    const hw = caveatOf(cs, '2,048', 'hardware.cluster-size');
    expect(hw.severity).toBe('warn');
    expect(hw.detail).toContain('30.84M H100-hours');
  });

  it('rental arithmetic in English: $2/hour × two months needs ~1,910 GPUs for $5.576M', () => {
    const cs = build('en-rental-arithmetic');
    const a = caveatOf(cs, '$5.576 million', 'consistency.arithmetic');
    expect(a.detail).toContain('1,910');
    expect(a.detail).toContain('1,460 hours');
    expect(caveatOf(cs, '$5.576 million', 'precision.false-precision').detail).toContain('$8,364,000');
  });

  it('arithmetic that does not add up is a warning', () => {
    const text = '회사는 GPU 500개를 시간당 2달러에 2개월 동안 빌려 557만6000달러를 썼다고 설명했다.';
    const cs = runText(
      text,
      [
        ['500개', { kind: 'count', value: 500, unit: '개' }],
        ['시간당 2달러', { kind: 'rate', value: 2, unit: 'USD', per: 'hour' }],
        ['2개월', { kind: 'duration', value: 2, unit: 'month' }],
        ['557만6000달러', { kind: 'money', value: 5_576_000, unit: 'USD' }],
      ],
      'ko',
      '2025-01-24',
    );
    const a = caveatOf(cs, '557만6000달러', 'consistency.arithmetic');
    expect(a.severity).toBe('warn');
    expect(a.detail).toContain('맞지 않습니다');
  });
});

describe('consistency, units and wording rules', () => {
  it('a wrong currency conversion is flagged against the month’s rate', () => {
    const cs = build('ko-fx-inconsistent', 'ko');
    const fx = caveatOf(cs, '약 60억원', 'consistency.currency-pair');
    expect(fx.severity).toBe('warn');
    expect(fx.detail).toContain('-26.0%');
    expect(fx.detail).toContain('2025년 1월');
  });

  it('a conversion written with one significant digit is judged with its rounding, not as a wrong figure', () => {
    // 2,200 yuan ≈ 약 50만원 (Mar 2025): ₩227/yuan against the month's ₩200 or so is +13%, more than the month's
    // moves alone allow but inside them plus the 10% that rounding to 50만 allows; 약 70만원 is off by far more.
    const text = '샤오미는 새 폰을 2200위안(약 50만원)에 내놓는다고 밝혔다.';
    const rows = (won: string, value: number): Parameters<typeof runText>[1] => [
      ['2200위안', { kind: 'money', value: 2200, unit: 'CNY' }],
      [won, { kind: 'money', value, unit: 'KRW', approx: true }],
    ];
    const ok = caveatOf(
      runText(text, rows('약 50만원', 500_000), 'ko', '2025-03-10'),
      '약 50만원',
      'consistency.currency-pair',
    );
    expect(ok.severity).toBe('info');
    const off = text.replace('약 50만원', '약 70만원');
    const bad = caveatOf(
      runText(off, rows('약 70만원', 700_000), 'ko', '2025-03-10'),
      '약 70만원',
      'consistency.currency-pair',
    );
    expect(bad.severity).toBe('warn');
  });

  it('a currency pair without an article date is checked against the whole range, and says so', () => {
    const b = buildCase(CASES.find((c) => c.name === 'ko-fx-inconsistent')!, 'en');
    b.ctx.publishedAt = undefined;
    const fx = caveatOf(run(b), '557만6000달러', 'consistency.currency-pair');
    expect(fx.severity).toBe('info');
    expect(fx.detail).toContain('Jan 2023–Oct 2025 monthly averages (1,247–1,457): outside that range');
  });

  it('points written as percent: 3.25% → 3.0% is 0.25 points', () => {
    const cs = build('ko-rate-points', 'ko');
    const pp = caveatOf(cs, '0.25%', 'units.percent-vs-points');
    expect(pp.severity).toBe('warn');
    expect(pp.detail).toContain('-0.25%포인트');
    expect(pp.detail).toContain('-7.69%');
    // The levels themselves are not changes.
    expect(ids(cs, '3.25%')).toEqual([]);
  });

  it('"최대 30%" claimed by the maker: an upper bound, self-reported', () => {
    const cs = build('ko-up-to-self', 'ko');
    expect(ids(cs, '30%')).toEqual([
      'attribution.self-reported',
      'units.relative-without-base',
      'bounds.up-to',
    ]);
  });

  it('relative change without a base', () => {
    expect(ids(build('ko-relative-no-base', 'ko'), '300%')).toEqual(['units.relative-without-base']);
    expect(ids(build('cnbc-nvidia-shares'), '17%')).toEqual(['units.relative-without-base']);
  });

  it('"in some tests": the seed’s 일부 성능 테스트 frames the R1 scores; lists where o1 leads', () => {
    const text =
      "'R1'이 일부 성능 테스트에서 'o1'보다 앞선 것으로 나타났다.\n딥시크는 AIME 2024 벤치마크 테스트에서 79.8%를 얻어 79.2%보다 앞섰다고 밝혔다.";
    const cs = runText(text, [
      ['79.8%', { kind: 'percent', value: 79.8, unit: '%' }],
      ['79.2%', { kind: 'percent', value: 79.2, unit: '%' }],
    ]);
    const sel = caveatOf(cs, '79.8%', 'attribution.selected-evaluations');
    expect(sel.detail).toContain('GPQA Diamond 75.7 vs 71.5');
    expect(sel.detail).toContain('Aider Polyglot 61.7 vs 53.3');
  });
});
