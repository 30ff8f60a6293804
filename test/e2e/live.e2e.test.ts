// Long and live pages with the built extension in Chromium and Firefox: the 2 MB article with 200 paragraphs appended
// and a jump to them (highlighted within a second of the jump, every time), and a live blog that appends an entry and
// changes a counter every second for a minute (entries highlighted when reached; heap flat in Chromium).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyRequests } from '../../scripts/lib/fixture-server.mjs';
import { paragraphsHtml } from '../bench/page-fixture.js';
import {
  BROWSERS,
  badge,
  type E2E,
  openTab,
  setup,
  sleep,
  teardown,
  waitForBadge,
} from './helpers/context.js';
import { ROUTES, URLS } from './helpers/routes.js';

/**
 * Scrolls the `index`th element matching `selector` (-1: the last) to the middle of the viewport, then counts, frame
 * by frame for at most `ms`, the ClaimLens highlight ranges inside elements matching `within` that lie in the
 * viewport (as the page sees them).
 */
function jumpAndSee(page: Page, selector: string, index: number, within: string, ms = 1000): Promise<number> {
  return page.evaluate(
    async (sel, i, inside, limit) => {
      const all = document.querySelectorAll(sel);
      all[i < 0 ? all.length - 1 : i]!.scrollIntoView({ block: 'center' });
      const t0 = performance.now();
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        let n = 0;
        const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        for (const [name, h] of reg) {
          if (!name.startsWith('claimlens-') || name === 'claimlens-caveat') continue;
          for (const r of h) {
            if (!r.startContainer.parentElement?.closest(inside)) continue;
            const b = r.getBoundingClientRect();
            if (b.bottom > 0 && b.top < innerHeight) n++;
          }
        }
        if (n > 0 || performance.now() - t0 > limit) return n;
      }
    },
    selector,
    index,
    within,
    ms,
  );
}

describe.each(BROWSERS)('long and live pages in %s', (kind) => {
  let ctx: E2E;
  beforeAll(async () => {
    ctx = await setup(kind);
  });
  afterAll(() => teardown(ctx));

  it('2 MB article: 200 appended paragraphs are highlighted within a second of the jump to them, twice', async () => {
    const { page, tabId } = await openTab(ctx, URLS.long);
    await waitForBadge(ctx, tabId, 60_000);
    for (const round of [1, 2]) {
      await page.evaluate(
        (html, r) => {
          const tpl = document.createElement('template');
          tpl.innerHTML = html;
          for (const p of tpl.content.querySelectorAll('p')) p.setAttribute('data-round', String(r));
          document.getElementById('articletxt')!.append(tpl.content);
        },
        paragraphsHtml(9000 + round, 200).join('\n'),
        round,
      );
      // The badge of this page reads 999+ throughout: give the pass over the new text a moment (it is not timed).
      await sleep(3000);
      const mine = `p[data-round="${round}"]`;
      const middle = await jumpAndSee(page, mine, 100, mine);
      expect(middle, `round ${round}: the middle of the appended text`).toBeGreaterThan(0);
      const end = await jumpAndSee(page, mine, -1, mine);
      expect(end, `round ${round}: the end of the appended text`).toBeGreaterThan(0);
    }
    await page.close();
  }, 180_000);

  it('live blog, one entry a second for a minute: each entry highlighted when reached, heap flat', async () => {
    const { page, tabId } = await openTab(ctx, URLS.liveBlog);
    await waitForBadge(ctx, tabId);
    const cdp = kind === 'chromium' ? await page.createCDPSession() : null;
    const heap = async (): Promise<number | null> => {
      if (!cdp) return null;
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1e6;
    };
    await sleep(10_000);
    const early = await heap();
    const seen: number[] = [];
    for (let k = 0; k < 5; k++) {
      await sleep(10_000);
      // The newest entry, reached by the reader.
      seen.push(await jumpAndSee(page, 'p.entry', -1, 'p.entry'));
    }
    const late = await heap();
    const entries = await page.evaluate(() => document.querySelectorAll('p.entry').length);
    expect(entries).toBeGreaterThanOrEqual(55);
    expect(
      seen.every((n) => n > 0),
      `entries highlighted when reached: ${seen.join(',')}`,
    ).toBe(true);
    // The reader counter is one claim at a time (its old text is dropped each second, not piled up), and each entry
    // adds its two claims: the badge counts the page as it is.
    const count = Number(await badge(ctx, tabId));
    expect(count).toBeGreaterThanOrEqual(2 * entries);
    expect(count).toBeLessThanOrEqual(2 * entries + 8);
    if (early !== null && late !== null) {
      console.log(`[${kind}] live blog heap: ${early.toFixed(2)} MB at 10 s, ${late.toFixed(2)} MB at 60 s`);
      // A minute of entries is ~60 short paragraphs: the page's own growth; kept passes would add far more.
      expect(late - early).toBeLessThan(2);
    }
    await cdp?.detach().catch(() => undefined);
    await page.close();
  }, 150_000);

  it('made no requests beyond the pages themselves', () => {
    const { other, served } = classifyRequests(ctx.server.requests, ROUTES);
    expect(other).toEqual([]);
    expect([...new Set(served.map((r) => r.url))].sort()).toEqual([URLS.liveBlog, URLS.long].sort());
  });
});
