// The seed article's claims as the detector is specified to output them (kind/value/unit/per/bound/approx/vague).
import { readFileSync } from 'node:fs';
import type { Claim } from '../../../src/core/types.js';
import { makeClaims } from './helpers.js';

export const SEED_PATH = 'test/data/seed/hankyung-deepseek-2025-01.txt';
export const SEED_PUBLISHED_AT = '2025-01-24';

export function seedText(): string {
  return readFileSync(SEED_PATH, 'utf8');
}

/** The article body's numbers (the related-article teasers at the bottom are left out). */
export function seedClaims(text: string): Claim[] {
  return makeClaims(text, [
    ['557만6000달러', { kind: 'money', value: 5_576_000, unit: 'USD' }],
    ['약 78억8000만원', { kind: 'money', value: 7_880_000_000, unit: 'KRW', approx: true }],
    ['시간당 2달러', { kind: 'rate', value: 2, unit: 'USD', per: 'hour' }],
    ['2개월', { kind: 'duration', value: 2, unit: 'month' }],
    ['10분의 1', { kind: 'fraction', value: 0.1, unit: null }],
    [
      '수억달러',
      {
        kind: 'money',
        value: 100_000_000,
        unit: 'USD',
        range: [100_000_000, 900_000_000],
        vague: true,
        approx: true,
      },
    ],
    ['1만6000개 이상', { kind: 'count', value: 16_000, unit: '개', bound: 'at-least' }],
    ['약 2000개', { kind: 'count', value: 2000, unit: '개', approx: true }],
    ['수십 개', { kind: 'count', value: 10, unit: '개', range: [10, 90], vague: true, approx: true }],
    ['79.8%', { kind: 'percent', value: 79.8, unit: '%' }],
    ['79.2%', { kind: 'percent', value: 79.2, unit: '%' }],
    ['65.9%', { kind: 'percent', value: 65.9, unit: '%' }],
    ['63.4%', { kind: 'percent', value: 63.4, unit: '%' }],
  ]);
}
