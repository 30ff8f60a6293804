// convertMoney uses the article month's reference rate and says which; format gives Korean 만/억 style.
import { describe, expect, it } from 'vitest';
import { convertMoney, describeConversion } from '../../../src/core/convert.js';
import {
  formatKoreanCompact,
  formatKoreanNumber,
  formatMoney,
  formatMonth,
  formatNumber,
} from '../../../src/core/format.js';

describe('convertMoney', () => {
  it('converts the seed figure at the January 2025 average and names the source', () => {
    const c = convertMoney(5_576_000, 'USD', 'KRW', '2025-01-24')!;
    expect(c.rate).toBe(1455);
    expect(c.rateMonth).toBe('2025-01');
    expect(c.value).toBeCloseTo(8_113_080_000, -3);
    expect(c.source.url).toBe('https://fred.stlouisfed.org/series/EXKOUS');
    expect(c.estimated).toBe(false);
    expect(c.nearest).toBe(false);
  });

  it('goes through the dollar for cross rates and inverts EUR quotes', () => {
    const eur = convertMoney(1, 'EUR', 'USD', '2025-01-10')!;
    expect(eur.rate).toBeCloseTo(1.035, 3);
    const krwJpy = convertMoney(10_000, 'KRW', 'JPY', '2025-01-10')!;
    expect(krwJpy.rate).toBeCloseTo(156.5 / 1455, 6);
    expect(krwJpy.sources.map((s) => s.url)).toEqual([
      'https://fred.stlouisfed.org/series/EXKOUS',
      'https://ecos.bok.or.kr/',
      'https://fred.stlouisfed.org/series/EXJPUS',
    ]);
  });

  it('uses the nearest covered month and says so; flags estimated months', () => {
    const old = convertMoney(1, 'USD', 'KRW', '2021-06-01')!;
    expect(old.rateMonth).toBe('2023-01');
    expect(old.nearest).toBe(true);
    const late = convertMoney(1, 'USD', 'KRW', '2026-05-03')!;
    expect(late.rateMonth).toBe('2026-05');
    expect(late.estimated).toBe(true);
    const undated = convertMoney(1, 'USD', 'KRW')!;
    expect(undated.rateMonth).toBe('2025-10');
    expect(undated.nearest).toBe(true);
  });

  it('writes the card line with the rate and month used', () => {
    expect(describeConversion(5_576_000, 'USD', 'KRW', '2025-01-24', 'en')).toBe(
      'US$5,576,000 ≈ ₩8.11 billion (≈ 81.1억 원) at ₩1,455/$, Jan 2025 average',
    );
    expect(describeConversion(5_576_000, 'USD', 'KRW', '2025-01-24', 'ko')).toBe(
      '557만6000달러 ≈ 81억1308만 원 (2025년 1월 평균 1달러당 1,455원 기준)',
    );
    expect(describeConversion(7_880_000_000, 'KRW', 'USD', '2026-06-01', 'en')).toBe(
      '₩7.88 billion ≈ US$5.38 million at ₩1,465/$, Jun 2026 average, estimate',
    );
  });

  it('returns null for currencies without reference rates', () => {
    expect(convertMoney(1, 'USD', 'XAU', '2025-01-01')).toBeNull();
  });
});

describe('format', () => {
  it('writes Korean amounts the way Korean news does', () => {
    expect(formatKoreanNumber(7_880_000_000)).toBe('78억8000만');
    expect(formatKoreanNumber(5_576_000)).toBe('557만6000');
    expect(formatKoreanNumber(16_000)).toBe('1만6000');
    expect(formatKoreanNumber(8_113_080_000)).toBe('81억1308만');
    expect(formatKoreanNumber(2_000)).toBe('2,000');
    expect(formatKoreanCompact(8_113_080_000)).toBe('81.1억');
    expect(formatMoney(7_880_000_000, 'KRW', 'ko')).toBe('78억8000만 원');
    expect(formatMoney(5_576_000, 'USD', 'ko')).toBe('557만6000달러');
  });

  it('groups integers by hand exactly as Intl does', () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
    const samples = [
      0,
      -0,
      1,
      -1,
      12,
      999,
      1000,
      -1000,
      12345,
      999999,
      1000000,
      -5576000,
      2 ** 53 - 1,
      -(2 ** 53 - 1),
    ];
    for (let k = 1; k < 2 ** 53; k = k * 7 + 3) samples.push(k, -k);
    for (const n of samples) expect(formatNumber(n, 'en', 2), String(n)).toBe(intl.format(n));
    expect(formatNumber(1e21)).toBe(intl.format(1e21));
    expect(formatNumber(12.345)).toBe('12.35');
  });

  it('writes English amounts with thousands and scale words', () => {
    expect(formatMoney(5_576_000, 'USD', 'en')).toBe('US$5,576,000');
    expect(formatMoney(8_113_080_000, 'KRW', 'en')).toBe('₩8.11 billion');
    expect(formatMoney(5_576_000, 'USD', 'en', true)).toBe('US$5.58 million');
    expect(formatNumber(1413.2, 'en', 0)).toBe('1,413');
    expect(formatMonth('2025-01', 'en')).toBe('Jan 2025');
    expect(formatMonth('2025-01', 'ko')).toBe('2025년 1월');
  });
});
