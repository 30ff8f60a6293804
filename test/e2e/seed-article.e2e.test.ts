// The seed article on www.hankyung.com, in Chromium and Firefox: badge, card on click, popup jump, keyboard,
// page integrity (form fields, the page's own click handler), site switch, and no network requests by the extension.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCard, waitForCard } from '../../scripts/lib/card.mjs';
import { classifyRequests } from '../../scripts/lib/fixture-server.mjs';
import { actionTitle, tabIdOf } from '../../scripts/lib/launch.mjs';
import { listClaims } from '../../scripts/lib/page.mjs';
import {
  BROWSERS,
  badge,
  clickText,
  type E2E,
  openPopup,
  openTab,
  pageHighlights,
  poll,
  popupRows,
  popupState,
  setup,
  shootPopup,
  shot,
  sleep,
  teardown,
  waitForBadge,
} from './helpers/context.js';
import { ROUTES, URLS } from './helpers/routes.js';

/** The visible part of the site switch (the checkbox itself is visually hidden; its label toggles it). */
const SWITCH = 'label[for="cl-site-switch"] .cl-switch__track';

describe.each(BROWSERS)('seed article in %s', (kind) => {
  let ctx: E2E;
  let page: Page;
  let tabId: number;
  let formBefore: { textarea: string; input: string; editable: string };

  const formState = () =>
    page.evaluate(() => ({
      textarea: document.querySelector('textarea')!.value,
      input: (document.querySelector('input[type=text]') as HTMLInputElement).value,
      editable: document.querySelector('[contenteditable]')!.innerHTML,
    }));

  beforeAll(async () => {
    ctx = await setup(kind);
    ({ page, tabId } = await openTab(ctx, URLS.seed));
    formBefore = await formState();
  });
  afterAll(() => teardown(ctx));

  it('shows the number of claims on the badge, equal to the popup list, with a warn count in the title', async () => {
    const text = await waitForBadge(ctx, tabId);
    const popup = await openPopup(ctx, tabId);
    expect(await popupState(popup)).toBe('ready');
    const rows = await popupRows(popup);
    expect(rows.length).toBeGreaterThan(5);
    expect(text).toBe(String(rows.length));
    const texts = rows.map((r) => r.text);
    for (const expected of ['79.8%', '79.2%', '557만6000달러']) expect(texts).toContain(expected);
    const title = await actionTitle(ctx.control, tabId);
    expect(title).toMatch(new RegExp(`${rows.length}\\D+\\d+`));
    await shootPopup(ctx, popup, 'popup');
    await popup.close();
  });

  it('opens the card on a click on 79.8%, and the page still gets its click', async () => {
    const clicksBefore = await page.evaluate(
      () => (window as unknown as { __articleClicks: number }).__articleClicks,
    );
    await clickText(page, '79.8%', '#articletxt');
    const card = await waitForCard(page, kind, (c) => c.claim?.includes('79.8%') ?? false);
    expect(card.label).toContain('79.8%');
    expect(card.claimId).toBeTruthy();
    expect(card.caveats.length).toBeGreaterThan(0);
    for (const c of card.caveats) expect(['info', 'warn']).toContain(c.severity);
    expect(card.caveats.some((c) => c.rule?.startsWith('benchmark.'))).toBe(true);
    // The page held a summary; the card asked for the rest: every caveat has its words and its source.
    for (const c of card.caveats) expect(c.text.length).toBeGreaterThan(40);
    expect(card.text).toMatch(/AIME|30/);
    const clicksAfter = await page.evaluate(
      () => (window as unknown as { __articleClicks: number }).__articleClicks,
    );
    expect(clicksAfter).toBe(clicksBefore + 1);
    await sleep(600); // let the card's entrance transition finish before the screenshot
    await page.screenshot({ path: shot(ctx, 'card') });
  });

  it('jumps to a claim from the popup list and opens its card', async () => {
    const popup = await openPopup(ctx, tabId);
    const rows = await popupRows(popup);
    const target = rows.find((r) => r.text === '557만6000달러');
    expect(target).toBeTruthy();
    await popup.click(`button.cl-claim[data-claim-id="${target!.id}"]`);
    const card = await waitForCard(page, kind, (c) => c.claimId === target!.id);
    expect(card.claim).toContain('557만6000달러');
    // Normalized value and a conversion to won (the content side shows a value row when it differs from the text).
    expect(card.value).toMatch(/5,576,000/);
    expect(card.conversion).toMatch(/₩|원/);
    if (!popup.isClosed()) await popup.close();
  });

  it('is operable by keyboard: Tab reaches the rows, arrows move, Enter opens the claim', async () => {
    const popup = await openPopup(ctx, tabId);
    const rows = await popupRows(popup);
    let focused = '';
    for (let i = 0; i < 10 && !focused.startsWith('row:'); i++) {
      await popup.keyboard.press('Tab');
      focused = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.classList.contains('cl-claim') ? `row:${el.dataset.claimId}` : (el?.tagName ?? '');
      });
    }
    expect(focused).toBe(`row:${rows[0]!.id}`);
    const outline = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await popup.keyboard.press('ArrowDown');
    const second = await popup.evaluate(() => (document.activeElement as HTMLElement).dataset.claimId);
    expect(second).toBe(rows[1]!.id);
    // Enter opens the claim and the popup closes itself: the key press may not get its acknowledgement.
    await popup.keyboard.press('Enter').catch(() => undefined);
    await waitForCard(page, kind, (c) => c.claimId === rows[1]!.id);
    if (!popup.isClosed()) await popup.close();
  });

  it('steps through claims with the shortcut message (cs:step), card focused', async () => {
    // Browser-level shortcuts cannot be pressed from a test; the background turns them into this very message.
    const { claims } = await listClaims(ctx.control, tabId);
    const step = (direction: 1 | -1) =>
      ctx.control.evaluate(
        async (id, d) => {
          const g = globalThis as unknown as { browser?: typeof globalThis; chrome?: typeof globalThis };
          const api = (g.browser ?? g.chrome) as unknown as {
            tabs: { sendMessage(id: number, m: object, o: object): Promise<unknown> };
          };
          return api.tabs.sendMessage(id, { type: 'cs:step', direction: d }, { frameId: 0 });
        },
        tabId,
        direction,
      );
    const open = await readCard(page, kind);
    const at = claims.findIndex((c) => c.id === open?.claimId);
    expect(at).toBeGreaterThanOrEqual(0);
    await step(1);
    const next = claims[(at + 1) % claims.length]!;
    await waitForCard(page, kind, (c) => c.claimId === next.id);
    await step(-1);
    await waitForCard(page, kind, (c) => c.claimId === claims[at]!.id);
    // Focus moved into the card (keyboard path): the page's active element is the card's host.
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('claimlens-root');
  });

  it('filters the list to claims with caveats, each shown with a mark', async () => {
    const popup = await openPopup(ctx, tabId);
    const all = await popupRows(popup);
    await popup.click('.cl-filter input');
    const filtered = await popupRows(popup);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThanOrEqual(all.length);
    for (const r of filtered) expect(r.mark).toMatch(/\d/);
    expect(all.filter((r) => r.mark).length).toBe(filtered.length);
    await popup.close();
  });

  it('leaves the form fields untouched and highlights through CSS.highlights', async () => {
    expect(await formState()).toEqual(formBefore);
    const inForm = await page.evaluate(
      () => document.querySelectorAll('form claimlens-mark, textarea *').length,
    );
    expect(inForm).toBe(0);
    const highlights = await pageHighlights(page);
    // The registry is per document, so the page world sees the content script's highlights.
    expect(highlights).not.toBeNull();
    const total = Object.entries(highlights!)
      .filter(([n]) => n !== 'claimlens-caveat' && n !== 'claimlens-active')
      .reduce((n, [, v]) => n + v, 0);
    expect(total).toBeGreaterThan(0);
  });

  it('switches off for the site (highlights, card and badge go) and back on (re-injected)', async () => {
    const popup = await openPopup(ctx, tabId);
    await popup.click(SWITCH);
    await poll(
      () => popupState(popup),
      (s) => s === 'disabled',
      10000,
      'disabled state',
    );
    await poll(
      () => badge(ctx, tabId),
      (t) => t === '',
      10000,
      'badge cleared',
    );
    await poll(
      () => pageHighlights(page),
      (h) => h !== null && Object.values(h).every((n) => n === 0),
      10000,
      'no highlights',
    );
    expect(await readCard(page, kind)).toBeNull();
    await shootPopup(ctx, popup, 'popup-disabled');
    await popup.click(SWITCH);
    await poll(
      () => popupState(popup),
      (s) => s === 'ready',
      15000,
      'ready state',
    );
    // The re-injected script lists claims as the background's analysis comes back: wait until it finished reading.
    await poll(
      () => popup.$eval('[data-state]', (e) => e.textContent ?? ''),
      (t) => !/\((still reading|아직 읽는 중)/.test(t),
      15000,
      'the popup to finish reading',
    );
    const n = (await popupRows(popup)).length;
    expect(n).toBeGreaterThan(5);
    expect(await waitForBadge(ctx, tabId)).toBe(String(n));
    await popup.close();
  });

  it('says plainly when a page cannot be read (a PDF)', async () => {
    const pdf = await ctx.lb.browser.newPage();
    // The viewer may take over the navigation (or download): only the tab's URL matters here.
    await pdf.goto(URLS.pdf).catch(() => undefined);
    const id = await poll(
      () => tabIdOf(ctx.control, URLS.pdf),
      (v) => v !== null,
      10000,
      'PDF tab',
    );
    const popup = await openPopup(ctx, id!);
    expect(await popupState(popup)).toBe('unsupported');
    expect(await popup.$eval('[data-state]', (e) => e.textContent)).toMatch(/PDF/);
    await popup.close();
    await pdf.close().catch(() => undefined);
  });

  it('clears the badge on navigation and shows the right count again after Back', async () => {
    const before = await waitForBadge(ctx, tabId);
    await page.goto(URLS.english, { waitUntil: 'load' });
    const english = await waitForBadge(ctx, tabId);
    await page.goBack({ waitUntil: 'load' });
    // Whether the page comes back from the back/forward cache or is loaded again, the badge is the seed's count.
    await poll(
      () => badge(ctx, tabId),
      (t) => t === before,
      15000,
      `badge ${before} after Back (was ${english})`,
    );
  });

  it('makes no network requests of its own', async () => {
    await sleep(500);
    const { other, served, browser } = classifyRequests(ctx.server.requests, ROUTES);
    expect(served.length).toBeGreaterThan(0);
    expect(other).toEqual([]);
    // Every page request served was one of the fixtures this file opened (nothing fetched by the extension).
    for (const r of served) expect([URLS.seed, URLS.pdf, URLS.english]).toContain(r.url);
    if (browser.length)
      console.log(`${kind}: browser's own background requests:`, [...new Set(browser.map((r) => r.url))]);
  });
});
