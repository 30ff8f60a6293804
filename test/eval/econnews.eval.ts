// Economic news (../shared/econnews): claims found, no warning where a fact-checker would leave a figure alone,
// forecasts labelled, companies' own product claims marked self-reported.
import { describe, expect, it } from 'vitest';
import { holdCeiling, holdFloor } from './floors.js';
import {
  f1,
  labelledForecast,
  markedSelfReported,
  match,
  pct,
  type Ratio,
  rate,
  ratio,
  tally,
} from './gold.js';
import { type Analyzed, devSet, extraSet } from './passages.js';

interface Report {
  tp: number;
  fn: number;
  fp: number;
  none: number;
  falseAlarms: string[];
  forecast: Ratio;
  self: Ratio;
  misses: string[];
  extras: string[];
  wrongForecast: string[];
}

function measure(set: Analyzed[]): Report {
  const r: Report = {
    tp: 0,
    fn: 0,
    fp: 0,
    none: 0,
    falseAlarms: [],
    forecast: ratio(),
    self: ratio(),
    misses: [],
    extras: [],
    wrongForecast: [],
  };
  for (const { p, claims } of set) {
    const m = match(p, claims);
    m.found.forEach((c, i) => {
      if (c) r.tp++;
      else {
        r.fn++;
        r.misses.push(`${p.id} ${p.claims[i]!.text}`);
      }
    });
    r.fp += m.extra.length;
    for (const c of m.extra) r.extras.push(`${p.id} ${c.text} (${c.kind})`);
    // The k-th expectation with a text belongs to the k-th gold claim with that text.
    const seen = new Map<string, number>();
    for (const e of p.expect ?? []) {
      const k = seen.get(e.text) ?? 0;
      seen.set(e.text, k + 1);
      let idx = -1;
      for (let i = 0, n = 0; i < p.claims.length; i++)
        if (p.claims[i]!.text === e.text && n++ === k) {
          idx = i;
          break;
        }
      const c = idx < 0 ? null : m.found[idx]!;
      if (e.expect === 'none') {
        r.none++;
        const warns = c?.caveats.filter((v) => v.severity === 'warn') ?? [];
        if (warns.length) r.falseAlarms.push(`${p.id} ${e.text}: ${warns.map((v) => v.id).join(', ')}`);
        if (labelledForecast(c)) r.wrongForecast.push(`${p.id} ${e.text}`);
      } else if (e.expect === 'forecast') {
        tally(r.forecast, labelledForecast(c), `${p.id} ${e.text}${c ? '' : ' (not found)'}`);
      } else if (e.expect === 'self_reported') {
        tally(r.self, markedSelfReported(c), `${p.id} ${e.text}${c ? '' : ' (not found)'}`);
      }
    }
  }
  return r;
}

function print(name: string, r: Report): void {
  const s = f1(r.tp, r.fn, r.fp);
  console.log(
    [
      `${name}: claims F1 ${s.f1.toFixed(3)} (P ${s.p.toFixed(3)}, R ${s.r.toFixed(3)}; ${r.tp} found, ${r.fn} missed, ${r.fp} extra)`,
      `  warnings on figures a fact-checker leaves alone ${r.falseAlarms.length} of ${r.none}`,
      `  forecasts labelled ${r.forecast.hit}/${r.forecast.total} (${pct(rate(r.forecast))}); results labelled forecast ${r.wrongForecast.length}`,
      `  product claims marked self-reported ${r.self.hit}/${r.self.total} (${pct(rate(r.self))})`,
    ].join('\n'),
  );
  if (process.env.EVAL_VERBOSE === '1')
    console.log(
      [
        '  missed: ' + r.misses.join(' | '),
        '  extra: ' + r.extras.join(' | '),
        '  false alarms: ' + r.falseAlarms.join(' | '),
        '  forecasts not labelled: ' + r.forecast.misses.join(' | '),
        '  results labelled forecast: ' + r.wrongForecast.join(' | '),
        '  self-reported not marked: ' + r.self.misses.join(' | '),
      ].join('\n'),
    );
}

describe('econnews (economic news, ../shared/econnews/dev.json)', () => {
  const dev = devSet('econnews');
  for (const lang of ['ko', 'en', 'all'] as const) {
    it(`${lang}: rates hold their floors`, () => {
      const r = measure(lang === 'all' ? dev : dev.filter((x) => x.p.lang === lang));
      print(`econnews ${lang}`, r);
      holdFloor(`econnews.${lang}.f1`, f1(r.tp, r.fn, r.fp).f1);
      holdCeiling(`econnews.${lang}.false-alarms.max`, r.falseAlarms.length, r.falseAlarms.join(' | '));
      holdCeiling(
        `econnews.${lang}.results-labelled-forecast.max`,
        r.wrongForecast.length,
        r.wrongForecast.join(' | '),
      );
      holdFloor(`econnews.${lang}.forecast`, rate(r.forecast), r.forecast.misses.slice(0, 5).join(' | '));
      holdFloor(`econnews.${lang}.self`, rate(r.self), r.self.misses.slice(0, 5).join(' | '));
    });
  }
  it('extra real stories gathered beside the project (printed only)', () => {
    const extra = extraSet('econnews');
    if (extra.length) print(`econnews extra (${extra.length} stories)`, measure(extra));
    expect(extra.every((x) => Array.isArray(x.claims))).toBe(true);
  });
});
