// A tiny stand-in for core.analyze in DOM-layer tests: finds "79.8%", "557만6000달러", "2000개" with a regex and
// gives percents a warn and an info caveat, so painting, cards and hit-testing can be tested before the grammar lands.
import type { Analysis } from '../../src/core/index.js';
import type { AnalyzeOptions, Claim } from '../../src/core/types.js';

const RE = /(\d+(?:[.,]\d+)*)(만(\d+)?)?(%|달러|개|원)/g;

export function fakeAnalyze(text: string, _opts: AnalyzeOptions = {}): Analysis {
  const claims: Claim[] = [];
  for (const m of text.matchAll(RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const base = Number(m[1]!.replace(/,/g, ''));
    const value = m[2] ? base * 10000 + Number(m[3] ?? 0) : base;
    const suffix = m[4]!;
    const kind = suffix === '%' ? 'percent' : suffix === '개' ? 'count' : 'money';
    const unit = suffix === '%' ? '%' : suffix === '달러' ? 'USD' : suffix === '원' ? 'KRW' : '개';
    const sStart = Math.max(text.lastIndexOf('. ', start - 1) + 1, text.lastIndexOf('\n', start - 1)) + 1;
    const dot = text.indexOf('. ', end);
    const nl = text.indexOf('\n', end);
    const sEnd = Math.min(dot < 0 ? text.length : dot + 1, nl < 0 ? text.length : nl);
    claims.push({
      id: `c${start}-${m[0]}`,
      text: m[0],
      start,
      end,
      kind,
      value,
      unit,
      approx: false,
      sentence: { start: sStart, end: sEnd },
      caveats:
        kind === 'percent'
          ? [
              {
                id: 'test.info',
                severity: 'info',
                title: 'Info',
                detail: 'An info caveat.',
                sources: [{ title: 'S1', url: 'https://example.org/1' }],
              },
              {
                id: 'test.warn',
                severity: 'warn',
                title: 'Warn',
                detail: 'A warn caveat.',
                sources: [{ title: 'S2', url: 'https://example.org/2' }],
              },
            ]
          : [],
    });
  }
  // Percents in the same sentence are compared with the one before.
  for (let i = 1; i < claims.length; i++) {
    const a = claims[i]!;
    const b = claims[i - 1]!;
    if (a.kind === 'percent' && b.kind === 'percent' && a.sentence.start === b.sentence.start)
      b.comparedWith = a.id;
  }
  return { lang: 'ko', claims };
}
