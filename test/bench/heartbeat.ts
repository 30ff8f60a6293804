// Heartbeat bench, Chromium and Firefox alike: the blocking a page-world 10 ms timer sees after DOMContentLoaded on
// the 2 MB article (load, two scroll jumps, 200 appended paragraphs), with the built extension and without it.
// Firefox has no trace to read, so this is its figure; Chromium's is comparable with it.
import puppeteer, { type Browser } from 'puppeteer-core';
import { startFixtureServer } from '../../scripts/lib/fixture-server.mjs';
import { firefoxPrefs, launchWithExtension } from '../../scripts/lib/launch.mjs';
import { log, median, round } from './stats.js';

export type Kind = 'chromium' | 'firefox';

export interface HeartbeatRun {
  /** Σ max(0, gap − 50 ms) over the timer's gaps: a total blocking time as the page itself feels it. */
  blocking_ms: number;
  longest_gap_ms: number;
}

export interface HeartbeatResult {
  kind: Kind;
  runs: number;
  with: HeartbeatRun[];
  without: HeartbeatRun[];
  /** Medians, with minus without. */
  added_blocking_ms: number;
  added_longest_gap_ms: number;
}

const URL = 'http://www.hankyung.com/article/2026112900002';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function plainBrowser(kind: Kind, port: number): Promise<Browser> {
  if (kind === 'chromium')
    return puppeteer.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      pipe: true,
      defaultViewport: { width: 1100, height: 900 },
      args: [
        '--no-sandbox',
        `--proxy-server=http://127.0.0.1:${port}`,
        '--proxy-bypass-list=<-loopback>',
        '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
        '--no-first-run',
      ],
    });
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1100, height: 900 },
    extraPrefsFirefox: firefoxPrefs(port),
  });
}

async function oneRun(browser: Browser, appendHtml: string): Promise<HeartbeatRun> {
  const page = await browser.newPage();
  // Installed before the page's own scripts: a 10 ms interval recording every gap after DOMContentLoaded.
  await page.evaluateOnNewDocument(() => {
    const g = globalThis as unknown as { __beat: number[] };
    g.__beat = [];
    document.addEventListener('DOMContentLoaded', () => {
      let last = performance.now();
      setInterval(() => {
        const t = performance.now();
        g.__beat.push(t - last);
        last = t;
      }, 10);
    });
  });
  await page.goto(URL, { waitUntil: 'load', timeout: 60_000 });
  await sleep(4000);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await sleep(1500);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await sleep(1500);
  await page.evaluate((html: string) => {
    const tpl = document.createElement('template');
    tpl.innerHTML = html;
    (document.getElementById('articletxt') ?? document.body).append(tpl.content);
  }, appendHtml);
  await sleep(2500);
  const gaps = await page.evaluate(() => (globalThis as unknown as { __beat: number[] }).__beat);
  await page.close();
  return {
    blocking_ms: round(
      gaps.reduce((n, g) => n + Math.max(0, g - 50), 0),
      1,
    ),
    longest_gap_ms: round(Math.max(0, ...gaps), 1),
  };
}

export async function runHeartbeat(opts: {
  root: string;
  kind: Kind;
  runs: number;
  pageHtml: string;
  appendHtml: string;
}): Promise<HeartbeatResult> {
  const server = await startFixtureServer({
    [URL]: { body: opts.pageHtml, type: 'text/html; charset=utf-8' },
  });
  const out: Record<'with' | 'without', HeartbeatRun[]> = { with: [], without: [] };
  try {
    for (const mode of ['with', 'without'] as const) {
      const browser =
        mode === 'with'
          ? (await launchWithExtension({ kind: opts.kind, root: opts.root, port: server.port })).browser
          : await plainBrowser(opts.kind, server.port);
      try {
        await oneRun(browser, opts.appendHtml); // warm-up: disk cache, the browser's own first-run work
        for (let i = 0; i < opts.runs; i++) out[mode].push(await oneRun(browser, opts.appendHtml));
      } finally {
        await browser.close().catch(() => undefined);
      }
      log(`heartbeat: ${opts.kind} ${mode} extension: ${JSON.stringify(out[mode])}`);
    }
  } finally {
    await server.close();
  }
  const med = (xs: HeartbeatRun[], k: keyof HeartbeatRun) => median(xs.map((x) => x[k]));
  return {
    kind: opts.kind,
    runs: opts.runs,
    with: out.with,
    without: out.without,
    added_blocking_ms: round(med(out.with, 'blocking_ms') - med(out.without, 'blocking_ms'), 1),
    added_longest_gap_ms: round(med(out.with, 'longest_gap_ms') - med(out.without, 'longest_gap_ms'), 1),
  };
}
