// Property and fuzz tests: any string is safe (no throw, offsets in bounds, sorted, disjoint) and work stays linear.
import { describe, expect, it } from 'vitest';
import { detectClaims, scanWithStats } from '../../../src/core/detect/index.js';
import type { Claim, Lang } from '../../../src/core/types.js';
import { makeRng } from '../../bench/prng.js';

/** mulberry32, seeded so failures reproduce (the bench corpus uses the same generator). */
const prng = (seed: number): (() => number) => makeRng(seed).next;

const PIECES = [
  '0',
  '1',
  '5',
  '9',
  '12',
  '3.5',
  ',',
  '.',
  '-',
  '~',
  ' ',
  '\n',
  '%',
  '%p',
  '$',
  '€',
  '£',
  '¥',
  '₩',
  'US$',
  '만',
  '억',
  '조',
  '천',
  '백',
  '십',
  '일',
  '이',
  '삼',
  '수',
  '약',
  '이상',
  '미만',
  '달러',
  '원',
  '개',
  '명',
  '배',
  '분의',
  '시간당',
  '년',
  '월',
  '일',
  '오백',
  '두',
  '번째',
  'million',
  'billion',
  'one',
  'twenty',
  '-five',
  'half',
  'percent',
  'per hour',
  'between',
  'and',
  'to',
  'about',
  'over',
  'x',
  'k',
  'M',
  'th',
  '五',
  '万',
  '亿',
  '元',
  '円',
  '第',
  '百分之',
  '(',
  ')',
  '\uD800',
  '\uDC00',
  '😀',
  '…',
  '다.',
  'H',
  'V',
  'GPT-',
  '@',
  '/',
  ':',
];

function randomText(rnd: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = rnd();
    if (r < 0.7) s += PIECES[Math.floor(rnd() * PIECES.length)];
    else if (r < 0.85) s += String.fromCharCode(Math.floor(rnd() * 0x10000));
    else s += String.fromCodePoint(0x20 + Math.floor(rnd() * 0x2ffff));
  }
  return s;
}

/** Returns the first broken invariant, or null (plain checks: expect() per claim is too slow for 50k claims). */
function brokenInvariant(text: string, claims: Claim[]): string | null {
  let prevEnd = 0;
  const ids = new Set<string>();
  for (const c of claims) {
    const where = `${JSON.stringify(c.text)}@${c.start}`;
    if (c.start < prevEnd) return `${where} overlaps or is unsorted`;
    if (!(c.end > c.start && c.end <= text.length)) return `${where} out of bounds`;
    if (text.slice(c.start, c.end) !== c.text) return `${where} quote mismatch`;
    if (c.sentence.start > c.start || c.sentence.end < c.end || c.sentence.end > text.length) {
      return `${where} sentence ${c.sentence.start}-${c.sentence.end} does not contain it`;
    }
    if (!Number.isFinite(c.value) || (c.range && !c.range.every(Number.isFinite)))
      return `${where} non-finite value`;
    if (ids.has(c.id)) return `${where} duplicate id`;
    ids.add(c.id);
    prevEnd = c.end;
  }
  return null;
}

const checkInvariants = (text: string, claims: Claim[]): void => {
  expect(brokenInvariant(text, claims)).toBeNull();
};

const LANGS: Lang[] = ['ko', 'en', 'zh', 'ja'];

describe('detectClaims on any string', () => {
  it('never throws and keeps its invariants on seeded random text', () => {
    const rnd = prng(20250124);
    for (let round = 0; round < 300; round++) {
      const text = randomText(rnd, 1 + Math.floor(rnd() * 120));
      for (const lang of LANGS) checkInvariants(text, detectClaims(text, lang));
    }
  });

  it('handles adversarial inputs', { timeout: 30_000 }, () => {
    const cases = [
      '9'.repeat(100_000),
      '1,'.repeat(50_000),
      '1.'.repeat(50_000),
      '1-'.repeat(50_000),
      '만'.repeat(50_000),
      '일'.repeat(50_000),
      '1만'.repeat(30_000),
      '오백'.repeat(30_000),
      '\uD800'.repeat(10_000),
      '\uDC00x1'.repeat(10_000),
      '$'.repeat(50_000),
      'one '.repeat(20_000),
      '百'.repeat(50_000),
      '1 '.repeat(50_000),
      `${'약 '.repeat(10_000)}5`,
      '…'.repeat(20_000),
      '',
      ' ',
      '\n\n\n',
    ];
    for (const text of cases) {
      for (const lang of LANGS) checkInvariants(text, detectClaims(text, lang));
    }
    expect(detectClaims('9'.repeat(100_000), 'ko')).toEqual([]);
  });

  it('does not throw on non-string input from untyped callers', () => {
    expect(detectClaims(undefined as unknown as string, 'ko')).toEqual([]);
    expect(detectClaims(null as unknown as string, 'en')).toEqual([]);
  });
});

describe('linear time', () => {
  const unit = [
    '딥시크-V3 개발에 투입된 비용은 557만6000달러(약 78억8000만원)로, H800 GPU를 시간당 2달러에 2개월 동안 빌렸다. ',
    '이는 10분의 1 수준이다. 수억달러, 1만6000개 이상, 약 2000개, 79.8%와 79.2%. 2025년 1월 24일 17:24\n',
    'DeepSeek said it spent $5.6 million, about one-tenth of the cost, over 2 months at $2 per hour. ',
    '일부 사람들은 이 사용 구글 오픈 십자가 이사 사이에서 이야기했다. Nothing to see here at all, really.\n',
  ].join('');

  it('counts scanner work proportional to input size (steps(4n)/steps(n) ≈ 4)', () => {
    for (const lang of LANGS) {
      const small = scanWithStats(unit.repeat(50), lang).steps;
      const big = scanWithStats(unit.repeat(200), lang).steps;
      expect(big / small).toBeGreaterThan(3);
      expect(big / small).toBeLessThan(5);
    }
    for (const bad of ['1,', '1-', '만', '일', '1.', '$']) {
      const a = scanWithStats(bad.repeat(2_000), 'ko').steps;
      const b = scanWithStats(bad.repeat(8_000), 'ko').steps;
      expect(b / a).toBeLessThan(5);
    }
  });

  it('keeps wall time linear: time(4n)/time(n) < 8 after warmup', () => {
    const small = unit.repeat(200);
    const big = unit.repeat(800);
    const time = (s: string): number => {
      const t0 = performance.now();
      detectClaims(s, 'ko');
      return performance.now() - t0;
    };
    for (let i = 0; i < 3; i++) time(small);
    // Alternate the two sizes and keep the best of each: the machine is shared, and a GC pause or a
    // neighbour's burst is noise, not complexity.
    let ts = Number.POSITIVE_INFINITY;
    let tb = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 6; i++) {
      ts = Math.min(ts, time(small));
      tb = Math.min(tb, time(big));
    }
    expect(tb / Math.max(ts, 0.5)).toBeLessThan(8);
  });
});
