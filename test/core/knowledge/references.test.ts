// The perspective references and price indexes are sourced, dated and plausible (a missing source or date fails).
import { describe, expect, it } from 'vitest';
import { CPI_SERIES, latestCpiMonth } from '../../../src/core/knowledge/cpi.js';
import { REFERENCE_SERIES, referenceValue } from '../../../src/core/knowledge/reference-figures.js';
import { SOURCES } from '../../../src/core/knowledge/sources.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const URL_RE = /^https?:\/\/\S+$/;

describe('reference figures', () => {
  it('every series has resolvable sources with a URL, and a checked date', () => {
    expect(REFERENCE_SERIES.length).toBeGreaterThanOrEqual(15);
    for (const s of REFERENCE_SERIES) {
      expect(s.sources.length, s.id).toBeGreaterThan(0);
      for (const id of s.sources) {
        expect(SOURCES[id], `${s.id} → ${id}`).toBeDefined();
        expect(SOURCES[id]!.url, id).toMatch(URL_RE);
        expect(SOURCES[id]!.checked, id).toMatch(DATE);
      }
      expect(s.checked, s.id).toMatch(DATE);
      expect(s.name.ko.length && s.name.en.length, s.id).toBeGreaterThan(0);
      expect(s.precision.ko.length && s.precision.en.length, s.id).toBeGreaterThan(0);
    }
  });

  it('every entry is a positive value for a year between 2015 and 2026', () => {
    for (const s of REFERENCE_SERIES) {
      const years = Object.keys(s.values).map(Number);
      expect(years.length, s.id).toBeGreaterThan(0);
      for (const y of years) {
        expect(y, s.id).toBeGreaterThanOrEqual(2015);
        expect(y, s.id).toBeLessThanOrEqual(2026);
        const v = s.values[y]!;
        expect(Number.isFinite(v) && v > 0, `${s.id} ${y}`).toBe(true);
      }
    }
  });

  it('quantities that change every year cover 2015–2024 at least', () => {
    for (const id of [
      'kr-population',
      'kr-budget',
      'kr-samsung-revenue',
      'us-population',
      'us-outlays',
      'us-gdp',
    ]) {
      const s = REFERENCE_SERIES.find((x) => x.id === id)!;
      for (let y = 2015; y <= 2024; y++) expect(s.values[y], `${id} ${y}`).toBeGreaterThan(0);
    }
    const budget = REFERENCE_SERIES.find((x) => x.id === 'kr-budget')!;
    expect(budget.values[2025]).toBe(673.3e12);
    expect(budget.values[2026]).toBeCloseTo(727.9e12, -9);
  });

  it('values sit in the right order of magnitude (a unit slip would be 1000× off)', () => {
    const at = (id: string, y: number) => REFERENCE_SERIES.find((x) => x.id === id)!.values[y]!;
    expect(at('kr-population', 2024)).toBeGreaterThan(50e6);
    expect(at('kr-population', 2024)).toBeLessThan(53e6);
    expect(at('kr-seoul', 2024)).toBeLessThan(at('kr-population', 2024));
    expect(at('kr-budget', 2024) / at('kr-gdp', 2024)).toBeGreaterThan(0.2);
    expect(at('kr-budget', 2024) / at('kr-gdp', 2024)).toBeLessThan(0.3);
    expect(at('us-outlays', 2024) / at('us-gdp', 2024)).toBeGreaterThan(0.2);
    expect(at('us-outlays', 2024) / at('us-gdp', 2024)).toBeLessThan(0.3);
    expect(at('us-median-household-income', 2024)).toBeGreaterThan(50_000);
    expect(at('kr-median-wage', 2023)).toBeLessThan(at('kr-average-wage', 2023));
  });

  it('picks the article year (the year before for year-end levels), else the nearest year the series has', () => {
    const budget = REFERENCE_SERIES.find((x) => x.id === 'kr-budget')!;
    expect(referenceValue(budget, 2019)).toEqual({ value: budget.values[2019], year: 2019 });
    const pop = REFERENCE_SERIES.find((x) => x.id === 'kr-population')!;
    expect(referenceValue(pop, 2019)).toEqual({ value: pop.values[2018], year: 2018 });
    expect(referenceValue(pop, 2027).year).toBe(2024);
    expect(referenceValue(pop, 2010).year).toBe(2015);
    expect(referenceValue(pop, undefined).year).toBe(2024);
  });
});

describe('consumer price indexes', () => {
  it('each series is sourced and dated, monthly and gapless from 2015-01 to its latest month', () => {
    for (const s of CPI_SERIES) {
      expect(s.sources.length).toBeGreaterThan(0);
      for (const id of s.sources) expect(SOURCES[id]?.url, id).toMatch(URL_RE);
      expect(s.checked).toMatch(DATE);
      const months = Object.keys(s.monthly).sort();
      expect(months[0]).toBe('2015-01');
      let [y, m] = [2015, 1];
      for (const month of months) {
        expect(month).toBe(`${y}-${String(m).padStart(2, '0')}`);
        expect(s.monthly[month]).toBeGreaterThan(50);
        m++;
        if (m > 12) [y, m] = [y + 1, 1];
      }
      expect(latestCpiMonth(s) >= '2025-01').toBe(true);
    }
  });

  it('US CPI-U months reproduce the published annual averages; Korea the published 2021–2024 averages', () => {
    const us = CPI_SERIES.find((s) => s.currency === 'USD')!;
    const published: Record<number, number> = {
      2015: 237.017,
      2019: 255.657,
      2021: 270.97,
      2022: 292.655,
      2024: 313.689,
    };
    for (const [y, avg] of Object.entries(published)) {
      const vals = Object.entries(us.monthly)
        .filter(([m]) => m.startsWith(`${y}-`))
        .map(([, v]) => v);
      expect(vals.length).toBe(12);
      expect(vals.reduce((a, b) => a + b, 0) / 12).toBeCloseTo(avg, 2);
    }
    const kr = CPI_SERIES.find((s) => s.currency === 'KRW')!;
    for (const [y, avg] of Object.entries({ 2021: 102.5, 2022: 107.72, 2023: 111.59, 2024: 114.18 }))
      expect(Math.abs(kr.monthly[`${y}-01`]! - avg)).toBeLessThan(0.1);
    // Korea's months mostly carry annual averages: the data says so rather than pretending to monthly precision.
    expect(kr.annualOnly).toContain('2021-06');
    // Published monthly indexes where confirmed; the latest is November 2025.
    expect(kr.monthly['2022-06']).toBe(108.22);
    expect(kr.annualOnly).not.toContain('2022-06');
    expect(latestCpiMonth(kr)).toBe('2025-11');
    expect(kr.monthly['2025-11']).toBe(117.2);
    expect(kr.estimated).not.toContain('2025-11');
  });
});
