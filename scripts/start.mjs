// npm start: builds, serves the demo article as http://www.hankyung.com/… (offline), and opens Chromium
// (or Firefox with --firefox) with ClaimLens loaded. Without a display it runs headless, clicks the first claim and
// writes a screenshot of the card, one of the popup, and the page's claims report to .claimlens-run/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitForCard } from './lib/card.mjs';
import { startFixtureServer } from './lib/fixture-server.mjs';
import { badgeText, launchWithExtension, openExtensionPage, tabIdOf } from './lib/launch.mjs';
import { clickText, listClaims } from './lib/page.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log(`usage: npm start [-- --firefox] [--headless] [--lang ko|en]
  Builds ClaimLens, serves the demo article as http://www.hankyung.com/article/2025012482517 from this machine
  (no network needed) and opens a browser with the extension. Without a display (no $DISPLAY) it runs headless and
  writes .claimlens-run/<browser>-card.png, <browser>-popup.png and <browser>-claims.json.`);
  process.exit(0);
}
const kind = args.includes('--firefox') ? 'firefox' : 'chromium';
const headless = args.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const langArg = args[args.indexOf('--lang') + 1];
const lang = args.includes('--lang') && (langArg === 'en' || langArg === 'ko') ? langArg : 'ko';
const ARTICLE = 'http://www.hankyung.com/article/2025012482517';
const outDir = join(root, '.claimlens-run');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const routes = { [ARTICLE]: { file: join(root, 'test/data/seed/hankyung-deepseek.html') } };
const server = await startFixtureServer(routes);
console.log(
  `serving ${ARTICLE} from 127.0.0.1:${server.port} (the browser uses it as its proxy: it stays offline)`,
);
const lb = await launchWithExtension({ kind, root, port: server.port, headless, lang });
const page = await lb.browser.newPage();
await page.goto(ARTICLE, { waitUntil: 'load' });

async function shutdown(code = 0) {
  await lb.browser.close().catch(() => undefined);
  await server.close();
  process.exit(code);
}

if (!headless) {
  console.log(
    `${kind} is open with ClaimLens: click a highlighted number, or the ClaimLens button in the toolbar.`,
  );
  console.log('Close the browser or press Ctrl+C to stop.');
  lb.browser.on('disconnected', () => shutdown(0));
  process.on('SIGINT', () => shutdown(0));
} else {
  try {
    mkdirSync(outDir, { recursive: true });
    const control = await openExtensionPage(lb.browser, `${lb.extBase}options.html`, '.cl-opt');
    const tabId = await tabIdOf(control, ARTICLE);
    let report = await listClaims(control, tabId).catch(() => null);
    for (let i = 0; i < 50 && (!report || report.pending); i++) {
      await sleep(200);
      report = await listClaims(control, tabId).catch(() => null);
    }
    if (!report) throw new Error('the content script did not answer cs:list');
    const badge = await badgeText(control, tabId);
    const out = (name) => join(outDir, `${kind}-${name}`);
    writeFileSync(out('claims.json'), `${JSON.stringify({ badge, ...report }, null, 2)}\n`);
    console.log(`${report.claims.length} claims on the page; badge "${badge}"`);
    const first = report.claims[0];
    if (first) {
      await page.bringToFront();
      await clickText(page, first.text, '#articletxt');
      const card = await waitForCard(page, kind, (c) => c.claimId === first.id);
      await sleep(600);
      await page.screenshot({ path: out('card.png') });
      writeFileSync(out('card.json'), `${JSON.stringify(card, null, 2)}\n`);
      console.log(`clicked "${first.text}": card "${card.claim}" with ${card.caveats.length} caveats`);
    }
    const popup = await openExtensionPage(lb.browser, `${lb.extBase}popup.html?tab=${tabId}`, '[data-state]');
    await sleep(500);
    const panel = await popup.$('.cl-popup');
    await (panel ?? popup).screenshot({ path: out('popup.png') });
    const files = ['claims.json', 'card.json', 'card.png', 'popup.png'].map((f) => relative(root, out(f)));
    console.log(`wrote ${files.join(', ')}`);
    await shutdown(0);
  } catch (e) {
    console.error(`npm start (headless) failed: ${e instanceof Error ? e.message : e}`);
    await shutdown(1);
  }
}
