// Settings in Chromium and Firefox: corrupted storage is reset with a notice, the options page lists switched-off
// sites and turns them back on, the whole-page scope reaches the content script, and the shortcuts are shown.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtensionPage } from '../../scripts/lib/launch.mjs';
import { listClaims } from '../../scripts/lib/page.mjs';
import {
  BROWSERS,
  type E2E,
  openPopup,
  openTab,
  poll,
  popupState,
  setup,
  shot,
  teardown,
  waitForBadge,
} from './helpers/context.js';
import { URLS } from './helpers/routes.js';

type StorageApi = {
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
};

function storedSettings(ext: Page): Promise<unknown> {
  return ext.evaluate(async () => {
    const g = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
    return (await (g.browser ?? g.chrome)!.storage.local.get('settings')).settings;
  });
}

describe.each(BROWSERS)('settings and options page in %s', (kind) => {
  let ctx: E2E;
  let page: Page;
  let tabId: number;
  let articleCount: number;

  const openOptions = () => openExtensionPage(ctx.lb.browser, `${ctx.lb.extBase}options.html`, '.cl-opt');

  beforeAll(async () => {
    ctx = await setup(kind);
    ({ page, tabId } = await openTab(ctx, URLS.seed));
    articleCount = Number(await waitForBadge(ctx, tabId));
  });
  afterAll(() => teardown(ctx));

  it('resets corrupted settings to the defaults and says so once', async () => {
    // The control page is an open options page: it sees the change, repairs the value and shows the notice.
    await ctx.control.evaluate(async () => {
      const g = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
      await (g.browser ?? g.chrome)!.storage.local.set({ settings: '{not json' });
    });
    const notice = await ctx.control.waitForSelector('.cl-notice', { timeout: 10000 });
    expect(await notice!.evaluate((e) => e.textContent)).toMatch(/reset|되돌렸/);
    const stored = await poll(
      () => storedSettings(ctx.control),
      (s) => typeof s === 'object',
      10000,
      'repaired value',
    );
    expect(stored).toEqual({ version: 1, disabledOrigins: [], wholePage: false });
    // Shown once: a page opened later does not repeat it.
    const again = await openOptions();
    expect(await again.$('.cl-notice')).toBeNull();
    await again.close();
  });

  it('lists a site switched off from the popup and switches it back on', async () => {
    const popup = await openPopup(ctx, tabId);
    await popup.click('label[for="cl-site-switch"] .cl-switch__track');
    await poll(
      () => popupState(popup),
      (s) => s === 'disabled',
      10000,
      'disabled',
    );
    await popup.close();
    const options = await openOptions();
    await options.waitForSelector('#opt-disabled-sites li');
    expect(
      await options.$$eval('#opt-disabled-sites .cl-opt__origin', (e) => e.map((x) => x.textContent)),
    ).toEqual(['www.hankyung.com']);
    await options.screenshot({ path: shot(ctx, 'options'), fullPage: true });
    await options.click('#opt-disabled-sites button');
    await poll(
      () => options.$$eval('#opt-disabled-sites li', (e) => e.length).catch(() => 0),
      (n) => n === 0,
      10000,
      'the site to leave the list',
    );
    expect(await storedSettings(ctx.control)).toMatchObject({ disabledOrigins: [] });
    await options.close();
    await page.reload({ waitUntil: 'load' });
    expect(Number(await waitForBadge(ctx, tabId))).toBe(articleCount);
  });

  it('passes the whole-page scope to the content script (prose outside the article gets read)', async () => {
    const { page: en, tabId: enTab } = await openTab(ctx, URLS.english);
    await waitForBadge(ctx, enTab);
    const texts = async () => (await listClaims(ctx.control, enTab)).claims.map((c) => c.text);
    expect(await texts()).not.toContain('3%');
    const setWholePage = async (on: boolean) => {
      const options = await openOptions();
      await options.click('label[for="opt-whole-page"] .cl-switch__track');
      await poll(
        () => storedSettings(ctx.control),
        (s) => (s as { wholePage?: boolean })?.wholePage === on,
        10000,
        'saved',
      );
      await options.close();
      await en.reload({ waitUntil: 'load' });
      await waitForBadge(ctx, enTab);
    };
    await setWholePage(true);
    await poll(texts, (t) => t.includes('3%'), 10000, 'the market brief read in whole-page scope');
    await setWholePage(false);
    await poll(texts, (t) => !t.includes('3%') && t.includes('79.8%'), 10000, 'article-only again');
    await en.close();
  });

  it('shows both keyboard shortcuts with their keys', async () => {
    const options = await openOptions();
    const rows = await options.$$eval('.cl-opt__keys tr', (trs) =>
      trs.map((tr) => ({
        what: tr.querySelector('th')?.textContent ?? '',
        key: tr.querySelector('kbd')?.textContent ?? '',
      })),
    );
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r.what).not.toBe('');
      expect(r.key).toMatch(/Alt\+Shift\+(Period|Comma|\.|,)/);
    }
    await options.close();
  });
});
