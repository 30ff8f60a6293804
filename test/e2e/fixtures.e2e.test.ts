// More pages in Chromium and Firefox: an English article, a single-page app that renders its story late, a page with
// a web component (shadow root) and an iframe, and a site that is not on the default list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyRequests } from '../../scripts/lib/fixture-server.mjs';
import {
  BROWSERS,
  badge,
  type E2E,
  openPopup,
  openTab,
  pageHighlights,
  poll,
  popupRows,
  popupState,
  setup,
  shootPopup,
  sleep,
  teardown,
  waitForBadge,
} from './helpers/context.js';
import { ROUTES, URLS } from './helpers/routes.js';

describe.each(BROWSERS)('fixture pages in %s', (kind) => {
  let ctx: E2E;
  beforeAll(async () => {
    ctx = await setup(kind);
  });
  afterAll(() => teardown(ctx));

  it('English article (reuters.com): the body figures, not the page furniture', async () => {
    const { page, tabId } = await openTab(ctx, URLS.english);
    const count = await waitForBadge(ctx, tabId);
    const popup = await openPopup(ctx, tabId);
    const texts = (await popupRows(popup)).map((r) => r.text);
    expect(String(texts.length)).toBe(count);
    for (const t of ['$5.6 million', '79.8%', '79.2%', '17%']) expect(texts).toContain(t);
    // The share counter, the market ticker, years, and prose outside the article (whole-page scope is off).
    for (const t of ['1,204', '6,012.28', '-1.46%', '2025', '2024', '3%']) expect(texts).not.toContain(t);
    expect(await page.$eval('textarea', (e) => (e as HTMLTextAreaElement).value)).toBe(
      'I doubt the 5.6 million figure',
    );
    await shootPopup(ctx, popup, 'popup-english');
    await popup.close();
    await page.close();
  });

  it('single-page app (chosun.com): the story rendered 1.2 s after load gets annotated', async () => {
    const { page, tabId } = await openTab(ctx, URLS.spa);
    await page.waitForSelector('article', { timeout: 10000 });
    const count = await waitForBadge(ctx, tabId);
    const popup = await openPopup(ctx, tabId);
    const texts = (await popupRows(popup)).map((r) => r.text);
    expect(texts).toContain('45%');
    expect(texts).toContain('557만6000달러');
    expect(String(texts.length)).toBe(await badge(ctx, tabId));
    expect(Number(count)).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('shadow root and iframe (apnews.com): the article is annotated; the widget and the iframe are left as they were', async () => {
    const { page, tabId } = await openTab(ctx, URLS.shadow);
    await waitForBadge(ctx, tabId);
    const popup = await openPopup(ctx, tabId);
    const texts = (await popupRows(popup)).map((r) => r.text);
    for (const t of ['79.8%', '79.2%', '65.9%', '63.4%']) expect(texts).toContain(t);
    // The iframe is another document (a market widget): the content script runs in the top frame only.
    for (const t of ['16.97%', '$2.9 trillion', '118.42']) expect(texts).not.toContain(t);
    const frame = page.frames().find((f) => f.url() === URLS.widget);
    expect(frame).toBeTruthy();
    const frameState = await frame!.evaluate(() => ({
      text: document.getElementById('quote')?.textContent,
      ours: document.querySelectorAll('claimlens-root, claimlens-mark').length,
      highlights: [
        ...((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.keys() ?? []),
      ].filter((k) => k.startsWith('claimlens-')).length,
    }));
    expect(frameState).toEqual({
      text: 'NVDA 118.42 USD, down 16.97% today; market value $2.9 trillion.',
      ours: 0,
      highlights: 0,
    });
    // The page's own web component still renders its shadow content unchanged.
    const quote = await page.evaluate(
      () => document.querySelector('pull-quote')?.shadowRoot?.textContent ?? null,
    );
    expect(quote).toContain('Costs fell by 90%, one analyst said.');
    const h = await pageHighlights(page);
    expect(h).not.toBeNull();
    await popup.close();
    await page.close();
  });

  it('a site not on the list: nothing runs until asked; the popup offers to read it', async () => {
    const { page, tabId } = await openTab(ctx, URLS.offList);
    await sleep(1500);
    expect(await badge(ctx, tabId)).toBe('');
    expect(await page.evaluate(() => document.querySelector('claimlens-root'))).toBeNull();
    const h = await pageHighlights(page);
    expect(Object.values(h ?? {}).reduce((a, b) => a + b, 0)).toBe(0);
    const popup = await openPopup(ctx, tabId);
    await poll(
      () => popupState(popup),
      (s) => s === 'not-running',
      10000,
      'not-running state',
    );
    expect(await popup.$eval('button.cl-button', (b) => b.textContent)).toMatch(/Find numbers|숫자 찾기/);
    // Opened as popup.html?tab=<id> the popup has no activeTab grant, so this site's URL (and its on/off switch)
    // is hidden from it; from the toolbar button, activeTab reveals the URL and the switch appears.
    expect(await popup.$('#cl-site-switch')).toBeNull();
    await shootPopup(ctx, popup, 'popup-off-list');
    await popup.close();
    await page.close();
  });

  it('makes no network requests of its own', async () => {
    const { other, served } = classifyRequests(ctx.server.requests, ROUTES);
    expect(other).toEqual([]);
    const pages = new Set(served.map((r) => r.url));
    expect([...pages].sort()).toEqual(
      [URLS.english, URLS.spa, URLS.shadow, URLS.widget, URLS.offList].sort(),
    );
  });
});
