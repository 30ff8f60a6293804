// Settings survive a browser restart: the same profile is launched twice with the built extension; what the user set
// in the first session (a site switched off) is still stored, shown and honoured in the second.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server.mjs';
import { badgeText, openExtensionPage } from '../../scripts/lib/launch.mjs';
import { listClaims } from '../../scripts/lib/page.mjs';
import { BROWSERS, poll, sleep } from './helpers/context.js';
import { ROOT } from './helpers/routes.js';
import { galleryRoutes, pageReady, urlOf } from './helpers/safety.js';

/**
 * Chromium with a persistent profile (the same launch flags as scripts/lib/launch.mjs). Firefox is not run here: the
 * test driver can only install a temporary add-on there, and Firefox removes temporary add-ons — and their storage —
 * when it shuts down, which is not what happens to an installed extension.
 */
async function launch(profile: string, port: number): Promise<{ browser: Browser; extBase: string }> {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    pipe: true,
    userDataDir: profile,
    enableExtensions: [resolve(ROOT, 'dist/chrome')],
    defaultViewport: { width: 1100, height: 900 },
    args: [
      '--no-sandbox',
      '--lang=en',
      `--proxy-server=http://127.0.0.1:${port}`,
      '--proxy-bypass-list=<-loopback>',
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      '--no-first-run',
    ],
  });
  const sw = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 20000 },
  );
  return { browser, extBase: `chrome-extension://${new URL(sw.url()).host}/` };
}

function storedSettings(control: Page): Promise<unknown> {
  return control.evaluate(async () => {
    type StorageApi = { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
    return (
      (globalThis as unknown as { chrome: StorageApi }).chrome.storage.local.get('settings') as Promise<
        Record<string, unknown>
      >
    ).then((r) => r.settings);
  });
}

async function tabIdOfNewest(control: Page): Promise<number> {
  return control.evaluate(async () => {
    type TabsApi = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
    const tabs = await (globalThis as unknown as { chrome: TabsApi }).chrome.tabs.query({});
    return Math.max(...tabs.map((t) => t.id ?? -1));
  });
}

describe.runIf(BROWSERS.includes('chromium'))('settings across a browser restart (chromium)', () => {
  const profile = mkdtempSync(join(tmpdir(), 'claimlens-restart-'));
  let server: FixtureServer;
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('a site switched off stays off after the browser restarts; other sites still run', {
    timeout: 120_000,
  }, async () => {
    server = await startFixtureServer(galleryRoutes());
    // Session 1: the user switches www.donga.com off (the options page writes the same store).
    let s = await launch(profile, server.port);
    browser = s.browser;
    let control = await openExtensionPage(browser, `${s.extBase}options.html`, '.cl-opt');
    const settings = { version: 1, disabledOrigins: ['http://www.donga.com'], wholePage: false };
    await control.evaluate(async (value) => {
      type StorageApi = { storage: { local: { set(v: object): Promise<void> } } };
      await (globalThis as unknown as { chrome: StorageApi }).chrome.storage.local.set({ settings: value });
    }, settings);
    await browser.close();

    // Session 2: same profile.
    s = await launch(profile, server.port);
    browser = s.browser;
    control = await openExtensionPage(browser, `${s.extBase}options.html`, '.cl-opt');
    expect(await storedSettings(control)).toEqual(settings);
    // The options page lists the switched-off site.
    await poll(
      () => control.evaluate(() => document.body.textContent ?? ''),
      (t) => t.includes('www.donga.com'),
      10000,
      'the options page to list www.donga.com',
    );
    // And it is honoured: nothing runs there, while another listed site is annotated.
    const off = await browser.newPage();
    await off.goto(urlOf('shadow'));
    await pageReady(off);
    const offTab = await tabIdOfNewest(control);
    await sleep(1500);
    expect(await badgeText(control, offTab)).toBe('');
    const on = await browser.newPage();
    await on.goto(urlOf('csp'));
    await pageReady(on);
    const onTab = await tabIdOfNewest(control);
    const list = await poll(
      () => listClaims(control, onTab).catch(() => null),
      (r) => r !== null && !r.pending && r.claims.length > 0,
      20000,
      'claims on www.hani.co.kr',
    );
    expect(list!.claims.map((c) => c.text)).toContain('79.8%');
  });
});
