// Real-browser tests of long and live pages (Chromium and Firefox): no geometry read while annotating a 2 MB page
// (visibility comes from IntersectionObserver records), paragraphs appended during and after the first pass are
// highlighted once scrolled to, a live counter and a feed keep the number of passes flat, a huge batch is re-read.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Annotator } from '../../src/dom/annotator.js';
import type { Harness } from './harness.js';
import { BROWSERS, bundle, launch, serve } from './setup.js';

declare global {
  interface Window {
    __cl: Harness;
    __a: Annotator;
    __reads: number;
  }
}

vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

/** A long article of sentences written here (about 2 MB of text), each paragraph with a few figures. */
function longPage(): string {
  const paras: string[] = [];
  let length = 0;
  for (let i = 0; length < 2_000_000; i++) {
    const p =
      `<p>${i}번째 문단: 수출은 ${(i % 89) + 2}.5% 늘었고 예산은 ${i + 7}만${(i * 13) % 9000}달러로 잡혔다. ` +
      `참여 기업은 ${i + 4}개였다. ${'이어지는 설명이 길게 붙는다. '.repeat(20)}</p>`;
    paras.push(p);
    length += p.length;
  }
  return `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"></head><body><article id="long">${paras.join('\n')}</article><script src="/harness.js"></script></body></html>`;
}

const SHORT = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"></head><body><article id="live">
<p>속보 페이지의 첫 문단이다. 지수는 1.5% 올랐고 거래액은 300만달러였다. 이 문단은 본문으로 읽힐 만큼 길게 쓴 설명이다.</p>
<p>현재 접속자 <span id="counter">100개</span> 기준으로 집계했다.</p>
</article><script src="/harness.js"></script></body></html>`;

let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  const harness = await bundle('test/browser/harness.ts');
  server = await serve({
    '/long.html': { type: 'text/html; charset=utf-8', body: longPage() },
    '/live.html': { type: 'text/html; charset=utf-8', body: SHORT },
    '/harness.js': { type: 'text/javascript', body: harness },
  });
});
afterAll(() => server?.close());

/** Ranges registered in CSS.highlights whose text lies in the viewport, as the page sees them. */
function visibleHighlights(page: Page, marker: string): Promise<number> {
  return page.evaluate((m) => {
    let n = 0;
    for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (!name.startsWith('claimlens-') || name === 'claimlens-caveat') continue;
      for (const r of h) {
        const b = r.getBoundingClientRect();
        const p = r.startContainer.parentElement?.closest('p');
        if (b.bottom > 0 && b.top < innerHeight && p?.textContent?.includes(m)) n++;
      }
    }
    return n;
  }, marker);
}

describe.each(BROWSERS)('long and live pages in %s', (name) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(server.url + path, { waitUntil: 'load' });
    await page.waitForFunction(() => Boolean(window.__cl));
    return page;
  }

  it('2 MB page: no geometry read while annotating, scrolling and following an append', async () => {
    const page = await open('/long.html');
    await page.evaluate(() => {
      // Every layout-reading call the DOM layer could make, counted (the page itself makes none).
      window.__reads = 0;
      const count = <T extends object>(proto: T, key: keyof T) => {
        const original = proto[key] as unknown as (...a: unknown[]) => unknown;
        Object.defineProperty(proto, key, {
          configurable: true,
          value(this: unknown, ...args: unknown[]) {
            window.__reads++;
            return original.apply(this, args);
          },
        });
      };
      count(Element.prototype, 'getBoundingClientRect');
      count(Element.prototype, 'getClientRects');
      count(Range.prototype, 'getBoundingClientRect');
      count(Range.prototype, 'getClientRects');
    });
    const r = await page.evaluate(async () => {
      const wait = (ms: number) => new Promise<void>((res) => setTimeout(res, ms));
      const ac = new AbortController();
      window.__a = new window.__cl.Annotator({ analyze: window.__cl.fakeAnalyze, signal: ac.signal });
      await window.__a.start();
      await wait(300);
      window.scrollTo(0, document.documentElement.scrollHeight / 2);
      await wait(600);
      const p = document.createElement('p');
      p.textContent = '추가된 문단: 매출은 42.5% 늘었다.';
      document.getElementById('long')!.append(p);
      await wait(600);
      return { reads: window.__reads, count: window.__a.stats().count };
    });
    expect(r.count).toBeGreaterThan(10_000);
    expect(r.reads).toBe(0);
    // The registered ranges are the ones in view (read now, by the test).
    const middle = await page.evaluate(() => {
      const para = document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest('p');
      return para?.textContent?.slice(0, 12) ?? '';
    });
    expect(await visibleHighlights(page, middle.split(':')[0]!)).toBeGreaterThan(0);
    await page.close();
  });

  it('paragraphs appended during and after the first pass are highlighted once the reader jumps to them', async () => {
    const page = await open('/long.html');
    await page.evaluate(() => {
      const article = document.getElementById('long')!;
      const append = (tag: string) => {
        const box = document.createElement('div');
        for (let i = 0; i < 200; i++) {
          const p = document.createElement('p');
          p.textContent = `${tag} ${i}: 투자는 ${i + 1}.5% 늘었고 손실은 ${i + 2}만달러였다.`;
          box.append(p);
        }
        article.append(box);
      };
      const ac = new AbortController();
      window.__a = new window.__cl.Annotator({ analyze: window.__cl.fakeAnalyze, signal: ac.signal });
      const started = window.__a.start();
      // While the first pass is still reading and painting the page.
      setTimeout(() => append('도중추가'), 30);
      void started.then(() => {
        append('이후추가');
        (window as unknown as { __appended: boolean }).__appended = true;
      });
    });
    await page.waitForFunction(() => (window as unknown as { __appended?: boolean }).__appended === true, {
      polling: 200,
      timeout: 60_000,
    });
    for (const tag of ['도중추가', '이후추가']) {
      const seen = await page.evaluate(async (t) => {
        const target = [...document.querySelectorAll('p')].find((p) =>
          p.textContent!.startsWith(`${t} 100:`),
        )!;
        target.scrollIntoView({ block: 'center' });
        const t0 = performance.now();
        // Polled by the page: what the reader would see, frame by frame, for at most 1 s after the jump.
        for (;;) {
          await new Promise((res) => requestAnimationFrame(res));
          let n = 0;
          for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) {
            if (!name.startsWith('claimlens-')) continue;
            for (const r of h) if (r.startContainer.parentElement === target) n++;
          }
          if (n > 0 || performance.now() - t0 > 1000) return n;
        }
      }, tag);
      expect(seen, `${tag}: highlighted within 1 s of the jump`).toBeGreaterThan(0);
    }
    const texts = await page.evaluate(() => window.__a.claims().filter((c) => c.text === '101.5%').length);
    // 101.5% appears once in each appended block and nowhere in the page itself: read once each, not twice.
    expect(texts).toBe(2);
    await page.close();
  });

  it('a live counter and a feed of number-free lines keep the number of passes flat', async () => {
    const page = await open('/live.html');
    const r = await page.evaluate(async () => {
      const wait = (ms: number) => new Promise<void>((res) => setTimeout(res, ms));
      const ac = new AbortController();
      const a = new window.__cl.Annotator({ analyze: window.__cl.fakeAnalyze, signal: ac.signal });
      await a.start();
      const initial = a.passCount();
      const counter = document.getElementById('counter')!;
      const article = document.getElementById('live')!;
      const passes: number[] = [];
      for (let i = 1; i <= 40; i++) {
        // A counter that rewrites its text node, one that edits it in place, and a line with no number.
        if (i % 2) counter.textContent = `${100 + i}개`;
        else (counter.firstChild as Text).data = `${100 + i}개`;
        const line = document.createElement('p');
        line.textContent = `업데이트 ${'가'.repeat(i % 5)} 내용 없음`;
        article.append(line);
        if (article.children.length > 12) article.children[2]!.remove();
        await wait(60);
        passes.push(a.passCount());
      }
      await wait(400);
      return {
        initial,
        passes,
        final: a.passCount(),
        counters: a
          .claims()
          .filter((c) => c.unit === '개')
          .map((c) => c.text),
        total: a.stats().count,
      };
    });
    expect(r.counters).toEqual(['140개']);
    expect(r.total).toBe(3);
    expect(Math.max(...r.passes)).toBeLessThanOrEqual(r.initial + 2);
    expect(r.final).toBeLessThanOrEqual(r.initial + 1);
    await page.close();
  });

  it("lists the claims of later passes in document order among the first pass's", async () => {
    const page = await open('/live.html');
    const r = await page.evaluate(async () => {
      const wait = (ms: number) => new Promise<void>((res) => setTimeout(res, ms));
      const ac = new AbortController();
      const a = new window.__cl.Annotator({ analyze: window.__cl.fakeAnalyze, signal: ac.signal });
      await a.start();
      const article = document.getElementById('live')!;
      article.insertAdjacentHTML('beforeend', '<p>마지막 문단: 비용은 20.5%로 줄었다.</p>');
      await wait(300);
      for (let i = 1; i <= 3; i++) {
        document.getElementById('counter')!.textContent = `${100 + i}개`;
        await wait(200);
      }
      article.insertAdjacentHTML('afterbegin', '<p>맨 앞에 붙은 문단: 5.5%</p>');
      await wait(300);
      return a.claims().map((c) => c.text);
    });
    // Read in four passes (the article, the last paragraph, the counter, the first paragraph): listed as on the page.
    expect(r).toEqual(['5.5%', '1.5%', '300만달러', '103개', '20.5%']);
    await page.close();
  });

  it('a huge mutation batch is read once from the article root', async () => {
    const page = await open('/live.html');
    const r = await page.evaluate(async () => {
      const ac = new AbortController();
      const calls: number[] = [];
      const a = new window.__cl.Annotator({
        analyze: (text, opts) => {
          calls.push(text.length);
          return window.__cl.fakeAnalyze(text, opts);
        },
        signal: ac.signal,
      });
      await a.start();
      const before = calls.length;
      const passes = a.passCount();
      const article = document.getElementById('live')!;
      // 3,000 separate insertions in one task: one batch of 3,000 records.
      for (let i = 0; i < 3000; i++) {
        const p = document.createElement('p');
        p.textContent = i % 100 === 0 ? `피드 ${i}: 비중은 ${i / 100 + 1}.25%였다.` : `피드 ${i}`;
        article.append(p);
      }
      await a.idle();
      await new Promise((res) => setTimeout(res, 500));
      await a.idle();
      const appended = [...article.querySelectorAll('p')]
        .slice(2)
        .reduce((n, p) => n + p.textContent!.length + 1, 0);
      return {
        analyzed: calls.slice(before).reduce((n, x) => n + x, 0),
        appended,
        passes: a.passCount() - passes,
        found: a.claims().filter((c) => c.text.endsWith('.25%')).length,
        total: a.stats().count,
      };
    });
    expect(r.found).toBe(30);
    expect(r.total).toBe(33);
    // One pass over the new text only: the article's earlier text is skipped, not analyzed again.
    expect(r.passes).toBe(1);
    expect(r.analyzed).toBeLessThanOrEqual(r.appended * 1.05);
    await page.close();
  });
});
