// Starts Debian Chromium or Firefox ESR with the built extension, routed through the fixture server (puppeteer-core).
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

export const GECKO_ID = 'claimlens@claimlens.app';
/** A fixed moz-extension:// UUID so tests can open the extension's pages in Firefox. */
export const FIREFOX_UUID = '0c1a1e25-c1a1-4c1a-8c1a-c1a1e25c1a1e';

/**
 * Launches a browser with dist/<chrome|firefox> installed. Every request goes through the fixture server on `port`
 * (as an HTTP proxy), so real site names resolve to local fixtures and the server sees all traffic.
 * Returns { browser, kind, extBase } where extBase is "chrome-extension://<id>/" or "moz-extension://<uuid>/".
 */
export async function launchWithExtension({ kind, root, port, headless = true, lang = 'en' }) {
  if (kind === 'chromium') {
    const ext = resolve(root, 'dist/chrome');
    const browser = await puppeteer.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless,
      pipe: true,
      enableExtensions: [ext],
      defaultViewport: { width: 1100, height: 900 },
      env: { ...process.env, LANGUAGE: lang, LANG: lang === 'ko' ? 'ko_KR.UTF-8' : 'en_US.UTF-8' },
      args: [
        '--no-sandbox',
        `--lang=${lang}`,
        `--proxy-server=http://127.0.0.1:${port}`,
        '--proxy-bypass-list=<-loopback>',
        // Plain http to the fixture, not an https upgrade that the local server cannot answer.
        '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
        '--no-first-run',
      ],
    });
    const sw = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      { timeout: 20000 },
    );
    return { browser, kind, extBase: `chrome-extension://${new URL(sw.url()).host}/`, serviceWorker: sw };
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless,
    defaultViewport: { width: 1100, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs(port, lang),
  });
  await browser.installExtension(resolve(root, 'dist/firefox'));
  return { browser, kind, extBase: `moz-extension://${FIREFOX_UUID}/`, serviceWorker: null };
}

/**
 * Firefox preferences for a test profile: the extension's fixed moz-extension:// UUID, the UI language, and every
 * request through the fixture server on `port` (plain http, no https upgrade it could not answer).
 */
export function firefoxPrefs(port, lang = 'en') {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
    'intl.locale.requested': lang === 'ko' ? 'ko,en-US' : 'en-US',
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'dom.security.https_first': false,
    'dom.security.https_only_mode': false,
  };
}

/**
 * Opens an extension page. Firefox's BiDi navigation to moz-extension:// never reports "loaded", so fire it and wait
 * for the page's own content instead (TESTING.md).
 */
export async function openExtensionPage(browser, url, readySelector) {
  const page = await browser.newPage();
  if (url.startsWith('moz-extension://')) {
    page.goto(url).catch(() => undefined);
  } else {
    await page.goto(url);
  }
  if (readySelector) await waitForSelectorThroughNavigation(page, readySelector, 20000);
  return page;
}

/**
 * waitForSelector that survives the page's realm being replaced while it polls. Firefox over BiDi sometimes
 * answers a poll made during the moz-extension:// navigation with a script error ("right-hand side of 'in'
 * should be an object") instead of waiting; that is the navigation, not the page, so poll again until the deadline.
 */
async function waitForSelectorThroughNavigation(page, selector, timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await page.waitForSelector(selector, { timeout: Math.max(1, deadline - Date.now()) });
    } catch (error) {
      if (error?.name === 'TimeoutError' || Date.now() >= deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** The tab id of the (first) tab whose URL starts with urlPrefix, asked from an extension page. */
export async function tabIdOf(extPage, urlPrefix) {
  return extPage.evaluate(async (prefix) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url?.startsWith(prefix))?.id ?? null;
  }, urlPrefix);
}

/** The badge text of a tab, read with the action API from an extension page (works the same in both browsers). */
export async function badgeText(extPage, tabId) {
  return extPage.evaluate(async (id) => {
    const api = globalThis.browser ?? globalThis.chrome;
    return api.action.getBadgeText({ tabId: id });
  }, tabId);
}

/** The toolbar button's tooltip for a tab. */
export async function actionTitle(extPage, tabId) {
  return extPage.evaluate(async (id) => {
    const api = globalThis.browser ?? globalThis.chrome;
    return api.action.getTitle({ tabId: id });
  }, tabId);
}
