// @vitest-environment happy-dom
// The annotation pipeline in happy-dom (no Highlight API there, so the wrapper fallback paints): mutation reduction,
// wrap/unwrap restoring the DOM exactly, ranges that notice removed text, and late content being annotated.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Annotator, chunkBounds } from '../../src/dom/annotator.js';
import { extractArticle } from '../../src/dom/extract.js';
import { reduceRecords } from '../../src/dom/observe.js';
import { rangeFor } from '../../src/dom/ranges.js';
import { unwrap, wrapRange } from '../../src/dom/wrap-marks.js';
import { fakeAnalyze } from './fake-analyzer.js';

// The default analyzer is not under test here (a fake one is injected); keep the real grammar out of this file.
vi.mock('../../src/core/index.js', () => ({ analyze: () => ({ lang: 'ko', claims: [] }) }));

const SEED = readFileSync('test/data/seed/hankyung-deepseek.html', 'utf8');
const body = SEED.slice(SEED.indexOf('<body>') + 6, SEED.indexOf('<script>\n  // The page'));

afterEach(() => {
  document.body.innerHTML = '';
});

const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));

describe('reduceRecords', () => {
  it('keeps outermost added roots, ignores our own marks, notes removals and edited text', async () => {
    document.body.innerHTML = '<div id="a"><p id="p">old 1%</p></div>';
    const records: MutationRecord[] = [];
    const mo = new MutationObserver((r) => records.push(...r));
    mo.observe(document.body, { childList: true, subtree: true, characterData: true });
    const sec = document.createElement('section');
    sec.innerHTML = '<p>new 2%</p>';
    document.body.appendChild(sec);
    sec.appendChild(document.createElement('p')); // inside an added root: not a root of its own
    document.body.appendChild(document.createElement('claimlens-mark'));
    (document.getElementById('p')!.firstChild as Text).data = 'edited 3%';
    document.getElementById('a')!.remove();
    await tick(0);
    records.push(...mo.takeRecords());
    mo.disconnect();
    const batch = reduceRecords(records);
    expect(batch.added).toEqual([sec]);
    expect(batch.removed).toBe(true);
    // The edited text node left the document with #a, so it is not reported as changed.
    expect(batch.changedText).toEqual([]);
  });
});

describe('wrapper marks', () => {
  it('wrap and unwrap restore the DOM byte for byte, never wrapping whitespace-only text', () => {
    document.body.innerHTML =
      '<p id="p">비용은 <b>557만6000달러</b> (약 78억8000만원)로 <i> </i>계산됐다.</p>';
    const p = document.getElementById('p')!;
    const before = p.innerHTML;
    const ex = extractArticle(document, { wholePage: true });
    const s1 = ex.text.indexOf('은 557만');
    const r1 = rangeFor(document, ex, s1, s1 + '은 557만'.length)!;
    const s2 = ex.text.indexOf('78억');
    const r2 = rangeFor(document, ex, s2, ex.text.indexOf('계산'))!;
    const w1 = wrapRange(document, r1, { 'data-id': 'a' });
    const w2 = wrapRange(document, r2, { 'data-id': 'b' });
    expect(p.querySelectorAll('claimlens-mark').length).toBeGreaterThanOrEqual(3);
    for (const m of Array.from(p.querySelectorAll('claimlens-mark')))
      expect(m.textContent!.trim()).not.toBe('');
    expect(
      Array.from(p.querySelectorAll('claimlens-mark[data-id="a"]'))
        .map((m) => m.textContent)
        .join(''),
    ).toBe('은 557만');
    unwrap(w2);
    unwrap(w1);
    expect(p.innerHTML).toBe(before);
    expect(p.childNodes.length).toBe(5);
  });
});

describe('rangeFor', () => {
  it('maps a claim to a Range and refuses once its text changed or left', () => {
    document.body.innerHTML = '<article><p>AI 모델이 <a href="#">79.8%를</a> 얻었다.</p></article>';
    const ex = extractArticle(document, { wholePage: true });
    const at = ex.text.indexOf('79.8%');
    expect(rangeFor(document, ex, at, at + 5, '79.8%')?.toString()).toBe('79.8%');
    (document.querySelector('a')!.firstChild as Text).data = '80.1%를';
    expect(rangeFor(document, ex, at, at + 5, '79.8%')).toBeNull();
    document.querySelector('a')!.remove();
    expect(rangeFor(document, ex, at, at + 5)).toBeNull();
  });
});

describe('chunkBounds', () => {
  it('covers the text in chunks that end at line breaks', () => {
    const text = Array.from({ length: 50 }, (_, i) => `paragraph ${i} `.repeat(20)).join('\n');
    const chunks = chunkBounds(text, 1000);
    expect(chunks[0]![0]).toBe(0);
    expect(chunks.at(-1)![1]).toBe(text.length);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i]![0]).toBe(chunks[i - 1]![1]);
    for (const [, end] of chunks.slice(0, -1)) expect(text[end - 1]).toBe('\n');
  });
});

describe('Annotator (wrap fallback)', () => {
  it('annotates the seed article, follows late content and removals, and restores the page on destroy', async () => {
    document.body.innerHTML = body;
    const article = document.getElementById('articletxt')!;
    const original = document.body.innerHTML;
    const ac = new AbortController();
    const passes: Array<{ count: number; warn: number }> = [];
    const a = new Annotator({
      doc: document,
      analyze: fakeAnalyze,
      signal: ac.signal,
      onPass: (s) => passes.push(s),
    });
    await a.start();
    expect(a.highlighter.mode).toBe('wrap');
    const texts = a.claims().map((c) => c.text);
    expect(texts).toEqual(
      expect.arrayContaining(['557만6000달러', '79.8%', '79.2%', '65.9%', '63.4%', '1만6000개', '2000개']),
    );
    // Nothing outside the article (the header's 1.56%, the comment box's 2000개) is painted.
    expect(document.querySelector('header claimlens-mark, form claimlens-mark')).toBeNull();
    expect(passes.at(-1)).toEqual({ count: texts.length, warn: 4 });
    const pct = a.claims().find((c) => c.text === '79.8%')!;
    expect(a.get(pct.id)?.claims.find((c) => c.id === pct.comparedWith)?.text).toBe('79.2%');

    // Late content inside the article is annotated in a later batch; nothing already done is redone.
    const p = document.createElement('p');
    p.textContent = '추가 문단: 점유율은 42.5%로 늘었다.';
    article.appendChild(p);
    await tick(300);
    expect(a.claims().map((c) => c.text)).toContain('42.5%');
    expect(a.claims().filter((c) => c.text === '79.8%').length).toBe(1);
    // Our own wrapping (split text, marks) is not mistaken for new page text in the next batch.
    await tick(300);
    expect(a.claims().filter((c) => c.text === '42.5%').length).toBe(1);
    expect(p.querySelectorAll('claimlens-mark').length).toBe(1);

    // Removed text drops its claims.
    p.remove();
    await tick(300);
    expect(a.claims().map((c) => c.text)).not.toContain('42.5%');

    ac.abort();
    a.destroy();
    expect(document.body.innerHTML).toBe(original);
  });
});
