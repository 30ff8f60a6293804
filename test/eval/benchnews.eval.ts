// AI-benchmark news (../shared/benchnews): claims found, furniture flagged, scores typed, linked, compared, self-reported.
import { describe, expect, it } from 'vitest';
import { findBenchmarkMentions } from '../../src/core/knowledge/benchmarks/index.js';
import { holdCeiling, holdFloor } from './floors.js';
import {
  f1,
  foundFor,
  locate,
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
  furniture: number;
  furnitureOf: number;
  typed: Ratio;
  linked: Ratio;
  compared: Ratio;
  self: Ratio;
  misses: string[];
  extras: string[];
  furnitureSeen: string[];
}

function measure(set: Analyzed[]): Report {
  const r: Report = {
    tp: 0,
    fn: 0,
    fp: 0,
    furniture: 0,
    furnitureOf: 0,
    typed: ratio(),
    linked: ratio(),
    compared: ratio(),
    self: ratio(),
    misses: [],
    extras: [],
    furnitureSeen: [],
  };
  for (const { p, claims } of set) {
    const m = match(p, claims);
    m.found.forEach((c, i) => {
      const g = p.claims[i]!;
      if (c) r.tp++;
      else {
        r.fn++;
        r.misses.push(`${p.id} ${g.text}`);
      }
      if (g.kind === 'score')
        tally(r.typed, c?.kind === 'score', `${p.id} ${g.text} → ${c?.kind ?? 'not found'}`);
    });
    r.fp += m.extra.length;
    for (const c of m.extra) r.extras.push(`${p.id} ${c.text} (${c.kind})`);
    const nots = p.not_claims ?? [];
    locate(p.text, nots).forEach((s, i) => {
      if (!s) return;
      r.furnitureOf++;
      const hit = claims.find((c) => c.start < s.end && c.end > s.start);
      if (hit) {
        r.furniture++;
        r.furnitureSeen.push(`${p.id} "${nots[i]!.text}" read as ${hit.text} (${hit.kind})`);
      }
    });
    for (const b of p.benchmarks ?? []) {
      // Only benchmarks the knowledge base has: the gold names them in free text.
      const ids = new Set(findBenchmarkMentions(b.benchmark).map((x) => x.id));
      if (!ids.size) continue;
      const c = foundFor(p, m, b.score);
      tally(
        r.linked,
        !!c?.benchmark && ids.has(c.benchmark),
        `${p.id} ${b.score} → ${c?.benchmark ?? '∅'} (want ${[...ids]})`,
      );
    }
    for (const { a, b } of p.comparisons ?? []) {
      const ca = foundFor(p, m, a);
      const cb = foundFor(p, m, b);
      const ok = !!ca && !!cb && (ca.comparedWith === cb.id || cb.comparedWith === ca.id);
      tally(r.compared, ok, `${p.id} ${a} ~ ${b}`);
    }
    for (const t of p.self_reported ?? []) {
      const c = foundFor(p, m, t);
      tally(r.self, markedSelfReported(c), `${p.id} ${t}${c ? '' : ' (not found)'}`);
    }
  }
  return r;
}

function print(name: string, r: Report): void {
  const s = f1(r.tp, r.fn, r.fp);
  console.log(
    [
      `${name}: claims F1 ${s.f1.toFixed(3)} (P ${s.p.toFixed(3)}, R ${s.r.toFixed(3)}; ${r.tp} found, ${r.fn} missed, ${r.fp} extra)`,
      `  furniture flagged ${r.furniture} of ${r.furnitureOf}`,
      `  scores typed score ${r.typed.hit}/${r.typed.total} (${pct(rate(r.typed))})`,
      `  linked to the right benchmark ${r.linked.hit}/${r.linked.total} (${pct(rate(r.linked))})`,
      `  pairs compared ${r.compared.hit}/${r.compared.total} (${pct(rate(r.compared))})`,
      `  self-reported marked ${r.self.hit}/${r.self.total} (${pct(rate(r.self))})`,
    ].join('\n'),
  );
  if (process.env.EVAL_VERBOSE === '1')
    console.log(
      [
        '  missed: ' + r.misses.join(' | '),
        '  extra: ' + r.extras.join(' | '),
        '  furniture: ' + r.furnitureSeen.join(' | '),
        '  not typed: ' + r.typed.misses.join(' | '),
        '  not linked: ' + r.linked.misses.join(' | '),
        '  not compared: ' + r.compared.misses.join(' | '),
        '  not self: ' + r.self.misses.join(' | '),
      ].join('\n'),
    );
}

describe('benchnews (AI-benchmark news, ../shared/benchnews/dev.json)', () => {
  const dev = devSet('benchnews');
  for (const lang of ['ko', 'en', 'all'] as const) {
    it(`${lang}: rates hold their floors`, () => {
      const r = measure(lang === 'all' ? dev : dev.filter((x) => x.p.lang === lang));
      print(`benchnews ${lang}`, r);
      holdFloor(`benchnews.${lang}.f1`, f1(r.tp, r.fn, r.fp).f1);
      holdCeiling(`benchnews.${lang}.furniture.max`, r.furniture, r.furnitureSeen.join(' | '));
      holdFloor(`benchnews.${lang}.typed`, rate(r.typed), r.typed.misses.slice(0, 5).join(' | '));
      holdFloor(`benchnews.${lang}.linked`, rate(r.linked), r.linked.misses.slice(0, 5).join(' | '));
      holdFloor(`benchnews.${lang}.compared`, rate(r.compared), r.compared.misses.slice(0, 5).join(' | '));
      holdFloor(`benchnews.${lang}.self`, rate(r.self), r.self.misses.slice(0, 5).join(' | '));
    });
  }
  it('extra real passages gathered beside the project (printed only)', () => {
    const extra = extraSet('benchnews');
    if (extra.length) print(`benchnews extra (${extra.length} passages)`, measure(extra));
    expect(extra.every((x) => Array.isArray(x.claims))).toBe(true);
  });
});
