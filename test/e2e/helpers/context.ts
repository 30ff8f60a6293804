// One browser with the built extension per test file, plus helpers to open pages, the popup and read the badge.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { type FixtureServer, startFixtureServer } from '../../../scripts/lib/fixture-server.mjs';
import {
  type BrowserKind,
  badgeText,
  type LaunchedBrowser,
  launchWithExtension,
  openExtensionPage,
} from '../../../scripts/lib/launch.mjs';
import { ROOT, ROUTES } from './routes.js';

export const SCREENSHOTS = resolve(ROOT, 'test/e2e/screenshots');

/** Browsers to run: E2E_BROWSERS=chromium,firefox (default both). */
export const BROWSERS: BrowserKind[] = (process.env.E2E_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((s) => s.trim())
  .filter((s): s is BrowserKind => s === 'chromium' || s === 'firefox');

export interface E2E {
  kind: BrowserKind;
  lb: LaunchedBrowser;
  server: FixtureServer;
  /** An extension page (options.html) used to ask the extension API about tabs and the badge. */
  control: Page;
}

export async function setup(kind: BrowserKind): Promise<E2E> {
  for (const dir of ['dist/chrome', 'dist/firefox']) {
    if (!existsSync(resolve(ROOT, dir, 'manifest.json')))
      throw new Error(`${dir} missing: run npm run build first`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await startFixtureServer(ROUTES);
  // Chromium runs in Korean and Firefox (no Korean language pack here) in English: both locales get exercised.
  const lb = await launchWithExtension({
    kind,
    root: ROOT,
    port: server.port,
    lang: kind === 'chromium' ? 'ko' : 'en',
  });
  const control = await openExtensionPage(lb.browser, `${lb.extBase}options.html`, '.cl-opt');
  return { kind, lb, server, control };
}

export async function teardown(ctx: E2E | undefined): Promise<void> {
  if (!ctx) return;
  await ctx.lb.browser.close().catch(() => undefined);
  await ctx.server.close();
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function poll<T>(
  fn: () => Promise<T>,
  ok: (v: T) => boolean,
  timeout = 20000,
  what = 'condition',
): Promise<T> {
  const until = Date.now() + timeout;
  let last: T | undefined;
  while (Date.now() < until) {
    last = await fn();
    if (ok(last)) return last;
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
}

/** Ids of all tabs, asked from the extension (URLs are only visible where it has host permission: ids always are). */
function tabIds(ctx: E2E): Promise<number[]> {
  return ctx.control.evaluate(async () => {
    type TabsApi = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
    const g = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
    const api = (g.browser ?? g.chrome)!;
    return (await api.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id]));
  });
}

/** Opens a page in a new tab and returns it with its tab id (the one tab that was not there before). */
export async function openTab(ctx: E2E, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(ctx));
  const page = await ctx.lb.browser.newPage();
  const fresh = await poll(
    async () => (await tabIds(ctx)).filter((id) => !before.has(id)),
    (ids) => ids.length === 1,
    10000,
    `the new tab for ${url}`,
  );
  await page.goto(url, { waitUntil: 'load' });
  return { page, tabId: fresh[0]! };
}

export async function badge(ctx: E2E, tabId: number): Promise<string> {
  return badgeText(ctx.control, tabId);
}

/** Waits until the badge shows a number (the content script reported its first pass). */
export function waitForBadge(ctx: E2E, tabId: number, timeout = 20000): Promise<string> {
  return poll(
    () => badge(ctx, tabId),
    (t) => /^\d+\+?$/.test(t),
    timeout,
    'a badge count',
  );
}

export interface PopupRow {
  id: string;
  text: string;
  mark: string;
}

/** Opens popup.html?tab=<id> in a tab and waits until it settled on a state (ready, disabled, unsupported, …). */
export async function openPopup(ctx: E2E, tabId: number): Promise<Page> {
  const popup = await openExtensionPage(
    ctx.lb.browser,
    `${ctx.lb.extBase}popup.html?tab=${tabId}`,
    '[data-state]',
  );
  await poll(
    () => popup.$eval('[data-state]', (e) => e.textContent ?? ''),
    (t) => !/\((still reading|아직 읽는 중)/.test(t),
    20000,
    'the popup to finish reading',
  );
  return popup;
}

/** The popup's current state ('' while it is loading). */
export async function popupState(popup: Page): Promise<string> {
  return popup.evaluate(() => document.querySelector('[data-state]')?.getAttribute('data-state') ?? '');
}

export async function popupRows(popup: Page): Promise<PopupRow[]> {
  return popup.$$eval('button.cl-claim', (rows) =>
    rows.map((r) => ({
      id: r.getAttribute('data-claim-id') ?? '',
      text: r.querySelector('.cl-claim__text')?.textContent ?? '',
      mark: r.querySelector('.cl-mark')?.textContent ?? '',
    })),
  );
}

export { clickText } from '../../../scripts/lib/page.mjs';

/** Names and sizes of ClaimLens's highlights, as the page itself sees CSS.highlights (null if it cannot see them). */
export async function pageHighlights(page: Page): Promise<Record<string, number> | null> {
  return page.evaluate(() => {
    const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    if (!reg) return null;
    const out: Record<string, number> = {};
    for (const [name, h] of reg) if (name.startsWith('claimlens-')) out[name] = h.size;
    return out;
  });
}

export function shot(ctx: E2E, name: string): string {
  return resolve(SCREENSHOTS, `${ctx.kind}-${name}.png`);
}

/** Screenshots the popup panel itself (not the whole tab it was opened in); in Chromium also in dark mode. */
export async function shootPopup(ctx: E2E, popup: Page, name: string): Promise<void> {
  const panel = await popup.$('.cl-popup');
  if (!panel) throw new Error('no popup panel');
  await panel.screenshot({ path: shot(ctx, name) });
  if (ctx.kind === 'chromium') {
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await panel.screenshot({ path: shot(ctx, `${name}-dark`) });
    await popup.emulateMediaFeatures([]);
  }
}
