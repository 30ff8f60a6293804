// Conformance: other projects' number test suites, scored per file; fails only below the recorded floor (a ratchet).
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type Score,
  scoreDuckling,
  scoreDucklingIntervals,
  scoreNegative,
  scoreQuantulum,
  scoreRecognizers,
  scoreSpans,
} from './conformance-scoring.js';

const floors = JSON.parse(
  readFileSync(new URL('./conformance-floor.json', import.meta.url), 'utf8'),
) as Record<string, number>;

/** In scope for a claim finder: numbers, money, percent, ordinals (rank), ranges, quantities. Time, durations,
 * temperatures and ages are out of scope; time_ko serves as "not money, not percent, not a count". */
function scores(): Score[] {
  const out: Score[] = [];
  for (const [f, lang] of [
    ['number_ko.json', 'ko'],
    ['money_ko.json', 'ko'],
    ['ordinal_ko.json', 'ko'],
    ['distance_ko.json', 'ko'],
    ['volume_ko.json', 'ko'],
    ['number_en.json', 'en'],
    ['money_en.json', 'en'],
    ['ordinal_en.json', 'en'],
    ['quantity_en.json', 'en'],
    ['distance_en.json', 'en'],
    ['volume_en.json', 'en'],
    ['number_zh.json', 'zh'],
    ['money_zh.json', 'zh'],
    ['number_ja.json', 'ja'],
  ] as const) {
    out.push(scoreDuckling(f, lang));
  }
  for (const [f, lang] of [
    ['money_ko.intervals.json', 'ko'],
    ['money_en.intervals.json', 'en'],
    ['money_zh.intervals.json', 'zh'],
    ['distance_en.intervals.json', 'en'],
    ['volume_en.intervals.json', 'en'],
  ] as const) {
    out.push(scoreDucklingIntervals(f, lang));
  }
  out.push(scoreNegative('money_en.negative.json', 'en', ['money']));
  out.push(scoreNegative('duration_en.negative.json', 'en', ['duration']));
  out.push(scoreNegative('time_ko.json', 'ko', ['money', 'percent', 'percentage_point', 'count', 'rate']));
  out.push(
    scoreNegative('time_ko.intervals.json', 'ko', ['money', 'percent', 'percentage_point', 'count', 'rate']),
  );
  for (const [dir, lang] of [
    ['korean', 'ko'],
    ['english', 'en'],
    ['chinese', 'zh'],
    ['japanese', 'ja'],
  ] as const) {
    for (const f of [
      'Number.NumberModel.json',
      'Number.PercentModel.json',
      'Number.OrdinalModel.json',
      'Number.NumberRangeModel.json',
      'NumberWithUnit.CurrencyModel.json',
      'NumberWithUnit.DimensionModel.json',
    ]) {
      out.push(scoreRecognizers(`${dir}/${f}`, lang));
    }
  }
  out.push(scoreSpans('konne_dev_qt_ko.json', ['QT_PRICE'], 'QT_PRICE', ['money', 'rate']));
  out.push(scoreSpans('konne_dev_qt_ko.json', ['QT_PERCENTAGE'], 'QT_PERCENTAGE'));
  out.push(scoreSpans('konne_dev_qt_ko.json', ['QT_COUNT', 'QT_MAN_COUNT'], 'QT_COUNT+MAN_COUNT'));
  out.push(
    scoreSpans('konne_dev_qt_ko.json', ['QT_LENGTH', 'QT_WEIGHT', 'QT_SIZE', 'QT_VOLUME'], 'QT_measures'),
  );
  out.push(scoreQuantulum('quantulum3_quantities_en.json'));
  out.push(scoreQuantulum('quantulum3_quantities_ambiguity_en.json'));
  return out;
}

describe('conformance corpora', () => {
  const all = scores();
  const verbose = process.env.CONFORMANCE_VERBOSE === '1';
  it('prints the pass rate per file', () => {
    const rows = all.map((s) => ({
      file: s.file,
      pass: s.pass,
      total: s.total,
      rate: s.total ? Math.round((1000 * s.pass) / s.total) / 10 : 100,
      floor: floors[s.file] ?? null,
    }));
    console.table(rows);
    if (verbose)
      for (const s of all) if (s.failures.length) console.log(`\n## ${s.file}\n  ${s.failures.join('\n  ')}`);
    if (process.env.CONFORMANCE_WRITE_FLOOR === '1') {
      // Ratchet helper: record the reached rates, rounded down by half a point; never lower an existing floor.
      const next: Record<string, number> = {};
      for (const r of rows)
        next[r.file] = Math.max(floors[r.file] ?? 0, Math.max(0, Math.floor(r.rate * 2 - 1) / 2));
      writeFileSync(
        new URL('./conformance-floor.json', import.meta.url),
        `${JSON.stringify(next, null, 2)}\n`,
      );
    }
    expect(rows.length).toBeGreaterThan(0);
  });
  for (const s of all) {
    it(`${s.file} stays at or above its floor`, () => {
      const floor = floors[s.file];
      expect(floor, `no floor recorded for ${s.file}`).toBeDefined();
      const rate = s.total ? (100 * s.pass) / s.total : 100;
      expect(
        rate,
        `${s.file}: ${s.pass}/${s.total}; e.g. ${s.failures.slice(0, 3).join(' ; ')}`,
      ).toBeGreaterThanOrEqual(floor!);
    });
  }
});
