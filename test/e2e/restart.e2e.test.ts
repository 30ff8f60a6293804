// Settings survive a browser restart: the same profile is launched twice with the built extension; what the user set
// in the first session (a site switched off) is still stored, shown and honoured in the second. Chromium loads the
// unpacked build; Firefox gets the built .xpi installed into the profile, as an installed (not temporary) add-on.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/fixture-server.mjs';
import {
  badgeText,
  FIREFOX_UUID,
  firefoxPrefs,
  GECKO_ID,
  openExtensionPage,
} from '../../scripts/lib/launch.mjs';
import { listClaims } from '../../scripts/lib/page.mjs';
import { BROWSERS, poll, sleep } from './helpers/context.js';
import { saveNote, simpleNote, storedNotes, waitForVerdictHighlight } from './helpers/notes.js';
import { ROOT } from './helpers/routes.js';
import { galleryRoutes, pageReady, urlOf } from './helpers/safety.js';

type Kind = 'chromium' | 'firefox';

/** Chromium with a persistent profile (the same launch flags as scripts/lib/launch.mjs). */
async function launchChromium(profile: string, port: number): Promise<{ browser: Browser; extBase: string }> {
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

/**
 * Firefox ESR with a persistent profile holding the built .xpi in its extensions folder: installed at startup like a
 * user's add-on and kept across restarts (the test driver's installExtension makes a temporary add-on, which Firefox
 * removes with its storage at shutdown). ESR accepts the unsigned build when signatures are not required.
 */
async function launchFirefox(profile: string, port: number): Promise<{ browser: Browser; extBase: string }> {
  const dir = join(profile, 'extensions');
  mkdirSync(dir, { recursive: true });
  copyFileSync(resolve(ROOT, 'dist/claimlens-firefox.zip'), join(dir, `${GECKO_ID}.xpi`));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1100, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...firefoxPrefs(port),
      'xpinstall.signatures.required': false,
      // Add-ons found in the profile are enabled without asking (no one is there to answer the prompt).
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
    },
  });
  return { browser, extBase: `moz-extension://${FIREFOX_UUID}/` };
}

const launch = (kind: Kind, profile: string, port: number) =>
  kind === 'chromium' ? launchChromium(profile, port) : launchFirefox(profile, port);

type StorageApi = {
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
};
type TabsApi = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
/** An extension page's API in either browser: Firefox's `browser`, Chromium's `chrome`. */
type Ext<T> = { browser?: T; chrome?: T };

function storedSettings(control: Page): Promise<unknown> {
  return control.evaluate(async () => {
    const g = globalThis as unknown as Ext<StorageApi>;
    return (await (g.browser ?? g.chrome)!.storage.local.get('settings')).settings;
  });
}

async function tabIdOfNewest(control: Page): Promise<number> {
  return control.evaluate(async () => {
    const g = globalThis as unknown as Ext<TabsApi>;
    const tabs = await (g.browser ?? g.chrome)!.tabs.query({});
    return Math.max(...tabs.map((t) => t.id ?? -1));
  });
}

describe.each(BROWSERS)('settings and notes across a browser restart (%s)', (kind) => {
  const profile = mkdtempSync(join(tmpdir(), 'claimlens-restart-'));
  let server: FixtureServer;
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('a site switched off stays off after the browser restarts; other sites still run; notes are kept and painted', {
    timeout: 120_000,
  }, async () => {
    server = await startFixtureServer(galleryRoutes());
    // Session 1: the user switches www.donga.com off (the options page writes the same store).
    let s = await launch(kind, profile, server.port);
    browser = s.browser;
    let control = await openExtensionPage(browser, `${s.extBase}options.html`, '.cl-opt');
    const settings = { version: 1, disabledOrigins: ['http://www.donga.com'], wholePage: false };
    await control.evaluate(async (value) => {
      const g = globalThis as unknown as Ext<StorageApi>;
      await (g.browser ?? g.chrome)!.storage.local.set({ settings: value });
    }, settings);
    // And gives 79.8% on www.hani.co.kr a verdict and a note (through the background, as My notes does).
    await saveNote(control, simpleNote(urlOf('csp'), '79.8%', 'disputed', 'Kept across a restart.'));
    const notesBefore = await storedNotes(control);
    expect(notesBefore).toHaveLength(1);
    await browser.close();

    // Session 2: same profile.
    s = await launch(kind, profile, server.port);
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
    // The note survived the restart and is painted on its page again.
    const notesAfter = await storedNotes(control);
    expect(notesAfter).toHaveLength(1);
    expect(notesAfter[0]).toMatchObject({
      id: notesBefore[0]!.id,
      verdict: 'disputed',
      note: 'Kept across a restart.',
    });
    await waitForVerdictHighlight(on, 'disputed');
  });
});
