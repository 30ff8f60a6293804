// @vitest-environment happy-dom
// Faults inside the annotation pipeline stay inside it: an engine that throws on one part of a page, or a page
// that changes under it, never stops the rest of the page from being annotated and never throws to the caller
// (the content script) nor writes to the page's console.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Annotator } from '../../src/dom/annotator.js';
import { fakeAnalyze } from './fake-analyzer.js';

// The real grammar is not under test here (the fake engine is injected).
vi.mock('../../src/core/index.js', () => ({ analyze: () => ({ lang: 'ko', claims: [] }) }));

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** An article far longer than one analysis piece: paragraph i carries the figure `${i}개`. */
function article(paragraphs: number, bombAt: number[]): void {
  const filler = '업계 관계자들은 이번 발표가 시장에 미칠 영향을 두고 다양한 의견을 내놓았다. '.repeat(6);
  const html = ['<article>'];
  for (let i = 0; i < paragraphs; i++) {
    const bomb = bombAt.includes(i) ? ' BOOM' : '';
    html.push(`<p id="p${i}">${filler}${i}번 문단에서 칩 ${1000 + i}개를 썼다.${bomb}</p>`);
  }
  html.push('</article>');
  document.body.innerHTML = html.join('');
}

describe('an exception in one part of the page', () => {
  it('is contained: the parts before and after it are annotated, the error goes to onError only', async () => {
    // ~300 chars a paragraph, 200 paragraphs: ~60k chars, several analysis pieces whatever their size.
    article(200, [100]);
    const errors: Array<[string, unknown]> = [];
    const consoleSpies = (['error', 'warn', 'log', 'info'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(() => undefined),
    );
    const analyze = (text: string, opts: object) => {
      if (text.includes('BOOM')) throw new Error('engine exploded');
      return fakeAnalyze(text, opts);
    };
    const ac = new AbortController();
    const a = new Annotator({
      doc: document,
      analyze,
      signal: ac.signal,
      onError: (where, error) => errors.push([where, error]),
    });
    await expect(a.start()).resolves.toBeUndefined();
    const texts = new Set(a.claims().map((c) => c.text));
    // The first and the last paragraphs are pieces away from the failing one.
    for (const i of [0, 1, 2, 197, 198, 199]) expect(texts).toContain(`${1000 + i}개`);
    expect(texts).not.toContain('1100개');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every(([, e]) => String(e).includes('engine exploded'))).toBe(true);
    for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
    ac.abort();
  });

  it('every part failing still resolves (nothing annotated, nothing thrown)', async () => {
    article(40, []);
    const errors: unknown[] = [];
    const ac = new AbortController();
    const a = new Annotator({
      doc: document,
      analyze: () => {
        throw new TypeError('always');
      },
      signal: ac.signal,
      onError: (_w, e) => errors.push(e),
    });
    await expect(a.start()).resolves.toBeUndefined();
    expect(a.claims()).toEqual([]);
    expect(errors.length).toBeGreaterThan(0);
    expect(document.querySelector('claimlens-mark')).toBeNull();
    ac.abort();
  });

  it('a page that tears its article out during the pass: no throw, nothing left behind', async () => {
    article(200, []);
    const ac = new AbortController();
    let calls = 0;
    const a = new Annotator({
      doc: document,
      analyze: (text, opts) => {
        // The page replaces its article while the engine reads the first piece.
        if (++calls === 1) document.body.innerHTML = '<main><p>새 페이지: 칩 7개를 썼다.</p></main>';
        return fakeAnalyze(text, opts);
      },
      signal: ac.signal,
      onError: () => undefined,
    });
    await expect(a.start()).resolves.toBeUndefined();
    // Whatever it painted is on text that is in the page now.
    for (const mark of document.querySelectorAll('claimlens-mark')) expect(mark.isConnected).toBe(true);
    expect(a.claims().every((c) => !c.text.startsWith('10'))).toBe(true);
    ac.abort();
  });
});
