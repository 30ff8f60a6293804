// @vitest-environment happy-dom
// The annotator with an asynchronous engine (as the content script's, answered by the background): a mutation batch
// of many appended paragraphs is extracted and analyzed as one text, offsets stay exact, totals run without recounting.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnalyzeOptions, Claim } from '../../src/core/types.js';
import { Annotator, mergeExtractions } from '../../src/dom/annotator.js';
import { extractArticle, TextCollector } from '../../src/dom/extract.js';
import { rangeFor } from '../../src/dom/ranges.js';
import { analyzeForContent } from '../../src/entries/analysis.js';
import { fakeAnalyze } from './fake-analyzer.js';

const SEED = readFileSync('test/data/seed/hankyung-deepseek.html', 'utf8');
const body = SEED.slice(SEED.indexOf('<body>') + 6, SEED.indexOf('<script>\n  // The page'));
const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));

/** The fake engine answering a task later (as the background does), recording every text it was asked about. */
function recordingAnalyzer() {
  const calls: string[] = [];
  const analyze = async (text: string, opts: AnalyzeOptions) => {
    calls.push(text);
    await tick(1);
    return fakeAnalyze(text, opts);
  };
  return { calls, analyze };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('mergeExtractions', () => {
  it('joins roots with one separator and keeps every offset pointing at its text', () => {
    document.body.innerHTML =
      '<div id="a"><p>first 12%</p><p>then 3개</p></div><div id="b"><p>last 557만6000달러</p></div>';
    const parts = ['a', 'b'].map((id) => {
      const c = new TextCollector(document.getElementById(id)!, { checkVisibility: false });
      c.step();
      return c.result();
    });
    const merged = mergeExtractions(parts);
    expect(merged.text).toBe('first 12%\nthen 3개\nlast 557만6000달러\n');
    for (const needle of ['12%', '3개', '557만6000달러']) {
      const at = merged.text.indexOf(needle);
      expect(rangeFor(document, merged, at, at + needle.length, needle)?.toString()).toBe(needle);
    }
  });
});

describe('Annotator with an asynchronous engine', () => {
  it('analyzes an appended batch once (not once per paragraph) and keeps running totals', async () => {
    document.body.innerHTML = body;
    const { calls, analyze } = recordingAnalyzer();
    const ac = new AbortController();
    const passes: Array<{ count: number; warn: number }> = [];
    const a = new Annotator({ doc: document, analyze, signal: ac.signal, onPass: (s) => passes.push(s) });
    await a.start();
    const initial = extractArticle(document).text.length;
    expect(calls.join('').length).toBeLessThanOrEqual(initial);
    const before = a.claims().length;
    expect(before).toBeGreaterThan(5);
    calls.length = 0;

    const article = document.getElementById('articletxt')!;
    for (let i = 0; i < 50; i++) {
      const p = document.createElement('p');
      p.textContent = `추가 문단 ${i}: 점유율은 ${i}.5%로 늘었다.`;
      article.appendChild(p);
    }
    await tick(400);
    // One extraction, one analysis of the appended text only (it fits one chunk).
    expect(calls.length).toBe(1);
    expect(calls[0]).toContain('추가 문단 0:');
    expect(calls[0]).toContain('추가 문단 49:');
    expect(calls[0]).not.toContain('79.8%');
    const claims = a.claims();
    expect(claims.length).toBe(before + 50);
    expect(claims.filter((c) => c.text === '49.5%').length).toBe(1);
    // The running totals agree with a recount.
    const warn = claims.filter((c) => c.caveats.some((v) => v.severity === 'warn')).length;
    expect(a.stats()).toEqual({ count: claims.length, warn });
    expect(passes.at(-1)).toEqual(a.stats());
    // Every appended claim's range reads its text.
    for (const c of claims.filter((x) => x.text.endsWith('.5%')))
      expect(a.rangeOf(c.id)?.toString().replace(/\s+/g, '')).toBe(c.text.replace(/\s+/g, ''));
    ac.abort();
  });

  it('a failing engine reports the error and leaves the page as it was', async () => {
    document.body.innerHTML = body;
    const before = document.body.innerHTML;
    const errors: string[] = [];
    const ac = new AbortController();
    const a = new Annotator({
      doc: document,
      analyze: async () => {
        throw new Error('background gone');
      },
      signal: ac.signal,
      onError: (where, e) => errors.push(`${where}: ${(e as Error).message}`),
    });
    await a.start();
    expect(errors).toEqual(['initial:analyze: background gone']);
    expect(a.stats()).toEqual({ count: 0, warn: 0 });
    expect(document.body.innerHTML).toBe(before);
    ac.abort();
  });
});

describe('Annotator: the initial pass paints the first screens first', () => {
  const paragraphs = (n: number) =>
    Array.from({ length: n }, (_, i) => `<p>문단 ${i}: 매출은 ${i + 1}억원, 점유율은 ${i}.5%였다.</p>`).join(
      '',
    );

  async function run(firstChars: number) {
    document.body.innerHTML = `<article>${paragraphs(400)}</article>`;
    const { calls, analyze } = recordingAnalyzer();
    const ac = new AbortController();
    const a = new Annotator({ doc: document, analyze, signal: ac.signal, firstChars, observe: false });
    await a.start();
    const claims = a.claims().map((c) => a.rangeOf(c.id)?.toString() ?? null);
    ac.abort();
    return { calls, claims, count: a.stats().count };
  }

  it('sends the head of the article alone, then the rest, and finds the same claims in document order', async () => {
    const whole = await run(1e9);
    const split = await run(500);
    // The first request is the article's beginning, cut between paragraphs just past 500 characters.
    expect(split.calls[0]!.startsWith('문단 0:')).toBe(true);
    expect(split.calls[0]!.length).toBeGreaterThanOrEqual(500);
    expect(split.calls[0]!.length).toBeLessThan(600);
    expect(split.calls[0]!.trimEnd().endsWith('였다.')).toBe(true);
    // Nothing is analyzed twice and nothing is lost.
    expect(split.calls.join('').replace(/\s/g, '').length).toBe(
      whole.calls.join('').replace(/\s/g, '').length,
    );
    expect(split.count).toBe(whole.count);
    expect(split.claims).toEqual(whole.claims);
    expect(split.claims.every((t) => t !== null)).toBe(true);
    expect(split.claims.slice(0, 2)).toEqual(['0.5%', '1.5%']);
  });
});

describe('Annotator: summaries first, a claim completed on demand', () => {
  it('gives the piece a claim came from and fills the claim in from its full analysis', async () => {
    document.body.innerHTML = body;
    // As the background answers the content script: summaries in bulk (no card texts), JSON-copied.
    const analyze = async (text: string, opts: AnalyzeOptions) =>
      JSON.parse(
        JSON.stringify(
          analyzeForContent(
            { type: 'bg:analyze', text, lang: opts.lang ?? 'auto', uiLang: 'ko', summary: true },
            'ko',
          ),
        ),
      );
    const ac = new AbortController();
    const a = new Annotator({ doc: document, analyze, signal: ac.signal, observe: false, uiLang: 'ko' });
    await a.start();
    const claim = a.claims().find((c) => c.text === '79.8%')!;
    expect((claim as { summary?: true }).summary).toBe(true);
    expect(claim.caveats.length).toBeGreaterThan(0);
    expect(claim.caveats.every((v) => v.title === '')).toBe(true);
    const warnBefore = a.stats().warn;

    const src = a.sourceOf(claim.id)!;
    expect(src.text.slice(claim.start - src.offset, claim.end - src.offset)).toBe('79.8%');
    const full = analyzeForContent({ type: 'bg:analyze', text: src.text, lang: 'ko', uiLang: 'ko' }, 'ko');
    expect(a.complete(claim.id, full.claims as unknown as Claim[], src.offset)).toBe(true);
    const done = a.get(claim.id)!.claim as Claim & { summary?: true; facts?: unknown };
    expect(done.summary).toBeUndefined();
    expect(done.facts).toBeDefined();
    expect(done.caveats.every((v) => v.title.length > 0)).toBe(true);
    // The comparison points at the page's own claim for 79.2% (ids are the page's, not the piece's).
    expect(done.comparedWith).toBeDefined();
    expect(a.get(done.comparedWith!)!.claim.text).toBe('79.2%');
    expect(a.stats().warn).toBe(warnBefore);
    // A piece whose analysis no longer holds the claim leaves it as it was.
    expect(a.complete(claim.id, [], src.offset)).toBe(false);
    ac.abort();
  });
});
