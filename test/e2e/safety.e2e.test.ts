// Page-safety gallery in Chromium and Firefox: each fixture page is loaded where ClaimLens runs (a real site name)
// and, identical, where it does not (a mirror host off the list). Whatever the page itself can observe — layout,
// console, its own handlers, selection and copy, editable regions, frames, components, CSP — must be the same.
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCard, waitForCard } from '../../scripts/lib/card.mjs';
import { classifyRequests } from '../../scripts/lib/fixture-server.mjs';
import { listClaims } from '../../scripts/lib/page.mjs';
import {
  BROWSERS,
  clickText,
  type E2E,
  poll,
  SCREENSHOTS,
  sleep,
  teardown,
  waitForBadge,
} from './helpers/context.js';
import {
  type ConsoleLog,
  dragSelect,
  type GalleryName,
  galleryRoutes,
  highlightRanges,
  layout,
  layoutShifts,
  pageReady,
  probe,
  recordConsole,
  selectParagraph,
  settled,
  setupGallery,
  urlOf,
  watchLayoutShifts,
} from './helpers/safety.js';

const ROUTES = galleryRoutes();
/** A screenshot path; the folder is git-ignored, so a fresh clone has to make it first. */
const shot = (kind: string, name: string) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return `${SCREENSHOTS}/${kind}-${name}.png`;
};

/** Ids of all tabs, asked from the extension's control page. */
function tabIds(ctx: E2E): Promise<number[]> {
  return ctx.control.evaluate(async () => {
    type TabsApi = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
    const g = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
    return (await (g.browser ?? g.chrome)!.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id]));
  });
}

interface Opened {
  page: Page;
  tabId: number;
  log: ConsoleLog;
}

/** A fresh tab with the console recorder (and, in Chromium, the layout-shift observer) attached before navigation. */
async function open(ctx: E2E, url: string): Promise<Opened> {
  const before = new Set(await tabIds(ctx));
  const page = await ctx.lb.browser.newPage();
  const log = recordConsole(page);
  if (ctx.kind === 'chromium') await watchLayoutShifts(page);
  const fresh = await poll(
    async () => (await tabIds(ctx)).filter((id) => !before.has(id)),
    (ids) => ids.length === 1,
    10000,
    `the new tab for ${url}`,
  );
  await page.goto(url, { waitUntil: 'load', timeout: 60000 });
  await pageReady(page);
  return { page, tabId: fresh[0]!, log };
}

/** What the page observed during the common script (run identically with and without ClaimLens). */
interface Observed {
  layout: Awaited<ReturnType<typeof layout>>;
  layoutWithCard: Awaited<ReturnType<typeof layout>>;
  selected: string;
  dragged: string;
  copies: Awaited<ReturnType<typeof probe>>['copies'];
  clicks: number;
  csp: string[];
  errors: string[];
  shifts: number;
}

/**
 * The common script: measure the layout; select #sel programmatically, then with a mouse drag; copy it (F2 → the
 * page's execCommand('copy')); click a figure with the mouse; measure again (a card may be open now).
 */
/**
 * The longest gap of the long page's own 50 ms timer so far (null on other pages). Read right after the common
 * script, before the harness reads the card: piercing a 2 MB DOM over the DevTools protocol stalls the page's
 * timers by itself, which is the harness's doing, not the extension's.
 */
function heartbeat(o: Opened): Promise<number | null> {
  return o.page.evaluate(() => (window as unknown as { __gap?: number }).__gap ?? null);
}

async function observe(o: Opened, clickOn: string, scope = 'main'): Promise<Observed> {
  const { page } = o;
  await page.evaluate(() => window.scrollTo(0, 0));
  const before = await layout(page);
  const selected = await selectParagraph(page);
  const dragged = await dragSelect(page);
  await page.keyboard.press('F2');
  await page.evaluate(() => window.getSelection()?.removeAllRanges());
  await clickText(page, clickOn, scope);
  await sleep(400);
  await page.evaluate(() => window.scrollTo(0, 0));
  const withCard = await layout(page);
  const p = await probe(page);
  const shifts = (await layoutShifts(page)).reduce((a, s) => a + s.value, 0);
  return {
    layout: before,
    layoutWithCard: withCard,
    selected,
    dragged,
    copies: p.copies,
    clicks: p.clicks,
    csp: p.csp,
    errors: p.errors,
    shifts,
  };
}

/** Messages that mention the extension (its name, its scheme, its bundle files). */
const OURS = /claimlens|chrome-extension:|moz-extension:|content\.js|background\.js/i;

describe.each(BROWSERS)('page-safety gallery in %s', (kind) => {
  let ctx: E2E;
  beforeAll(async () => {
    ctx = await setupGallery(kind, ROUTES);
  });
  afterAll(() => teardown(ctx));

  /**
   * Loads `name` off the list (baseline) and on its real site (ClaimLens runs), runs the common script on both and
   * checks they are the same. Returns both, still open, for the page's own extra checks.
   */
  async function compare(name: GalleryName, clickOn: string, expectClaims: string[], waitAll = true) {
    const base = await open(ctx, urlOf(name, true));
    await sleep(300);
    const baseSeen = await observe(base, clickOn);
    const baseGap = await heartbeat(base);
    // Nothing ran on the mirror: no badge, no highlights, no card.
    expect(await readCard(base.page, kind)).toBeNull();

    const ext = await open(ctx, urlOf(name));
    await waitForBadge(ctx, ext.tabId, 30000);
    const list = await settled(ctx, ext.tabId, expectClaims, waitAll);
    const texts = list.claims.map((c) => c.text);
    // Every highlight is on text that is in the page now (a re-render in flight may briefly leave none) and reads
    // as one of the claims.
    const ranges = await poll(
      () => highlightRanges(ext.page),
      (rs) => rs.length > 0 && rs.every((r) => r.connected),
      15000,
      'highlights on connected text',
    );
    const claimTexts = new Set(texts);
    for (const r of ranges.filter((x) => x.name !== 'claimlens-active')) expect(claimTexts).toContain(r.text);

    const extSeen = await observe(ext, clickOn);
    const extGap = await heartbeat(ext);
    // A click on a figure outside a link opens its card; the page still got the click.
    const card = await readCard(ext.page, kind);
    if (name !== 'links') expect(card?.claim ?? '').toContain(clickOn);

    expect(extSeen.layout).toEqual(baseSeen.layout);
    expect(extSeen.layoutWithCard).toEqual(baseSeen.layoutWithCard);
    expect(extSeen.selected).toBe(baseSeen.selected);
    expect(extSeen.dragged).toBe(baseSeen.dragged);
    expect(extSeen.dragged.length).toBeGreaterThan(10);
    expect(extSeen.copies).toEqual(baseSeen.copies);
    expect(extSeen.copies).toHaveLength(1);
    expect(extSeen.copies[0]!.prevented).toBe(false);
    expect(extSeen.clicks).toBe(baseSeen.clicks);
    expect(extSeen.csp).toEqual(baseSeen.csp);
    expect(extSeen.errors).toEqual(baseSeen.errors);
    expect(extSeen.errors).toEqual([]);
    // The console: nothing more than without the extension, and nothing of ours.
    // (The browsers' own favicon request is logged whenever it happens to finish: not the page's doing, nor ours.)
    const pageLog = (o: Opened) => o.log.messages.filter((m) => !m.includes('/favicon.ico'));
    expect(ext.log.messages.filter((m) => OURS.test(m))).toEqual([]);
    expect(pageLog(ext)).toEqual(pageLog(base));
    if (kind === 'chromium') expect(extSeen.shifts).toBeCloseTo(baseSeen.shifts, 4);
    // Escape closes a card opened by the mouse (the page sees the same key press either way).
    for (const o of [base, ext]) {
      await o.page.bringToFront();
      await o.page.keyboard.press('Escape');
    }
    await poll(
      () => readCard(ext.page, kind),
      (c) => c === null,
      5000,
      'the card to close on Escape',
    );
    return { base, ext, list, gaps: { base: baseGap, ext: extGap } };
  }

  async function close(...opened: Opened[]): Promise<void> {
    for (const o of opened) {
      o.log.stop();
      await o.page.close();
    }
  }

  it('React-style page: highlights follow the re-rendered article, the page re-renders as before', async () => {
    const { base, ext } = await compare('react', '79.8%', ['557만6000달러', '79.8%', '79.2%']);
    // The page's own state update replaces every node again and changes a figure.
    for (const o of [base, ext]) {
      // Input goes to the tab in front (a background tab runs no animation frames).
      await o.page.bringToFront();
      await o.page.evaluate(() =>
        (window as unknown as { __rerender(p: object): void }).__rerender({ drop: 23, cap: 6120 }),
      );
    }
    const after = await poll(
      () => highlightRanges(ext.page),
      (rs) => rs.some((r) => r.text === '23%') && rs.every((r) => r.connected),
      15000,
      'highlights on the re-rendered text',
    );
    expect(after.map((r) => r.text)).not.toContain('17%');
    const list = await poll(
      () => listClaims(ctx.control, ext.tabId),
      (r) => !r.pending && r.claims.some((c) => c.text === '23%'),
      15000,
      'the list to follow the re-render',
    );
    expect(list.claims.map((c) => c.text)).not.toContain('17%');
    expect(await ext.page.$eval('#articletxt', (e) => e.innerHTML)).toBe(
      await base.page.$eval('#articletxt', (e) => e.innerHTML),
    );
    expect(await layout(ext.page)).toEqual(await layout(base.page));
    await close(base, ext);
  });

  it('article fetched late: annotated when it arrives, nothing else changes', async () => {
    const { base, ext } = await compare('lateFetch', '45%', ['557만6000달러', '45%', '5890억달러']);
    expect(await ext.page.$eval('#story', (e) => e.innerHTML)).toBe(
      await base.page.$eval('#story', (e) => e.innerHTML),
    );
    await close(base, ext);
  });

  it('text inside shadow DOM: components render, behave and keep their shadow content', async () => {
    const { base, ext } = await compare('shadow', '17%', ['557만6000달러', '79.8%']);
    const components = (page: Page) =>
      page.evaluate(() => {
        const open = document.getElementById('open-box') as HTMLElement & { clicks: number };
        const closed = (window as unknown as { __closedRoots: ShadowRoot[] }).__closedRoots[0]!;
        const button = open.shadowRoot!.getElementById('b') as HTMLButtonElement;
        const b = button.getBoundingClientRect();
        return {
          open: open.shadowRoot!.innerHTML,
          closed: closed.innerHTML,
          light: open.innerHTML,
          button: { x: b.left + b.width / 2, y: b.top + b.height / 2 },
        };
      });
    const [b, e] = [await components(base.page), await components(ext.page)];
    expect(e).toEqual(b);
    // The component's own button takes a real click as before.
    for (const o of [base, ext]) {
      // Input goes to the tab in front (a background tab runs no animation frames).
      await o.page.bringToFront();
      const { button } = await components(o.page);
      await o.page.mouse.click(button.x, button.y);
    }
    const clicks = (page: Page) =>
      page.evaluate(() => (document.getElementById('open-box') as HTMLElement & { clicks: number }).clicks);
    expect(await clicks(ext.page)).toBe(1);
    expect(await clicks(base.page)).toBe(1);
    await close(base, ext);
  });

  it('iframes: same-origin and srcdoc frames are not annotated, not changed and keep their handlers', async () => {
    const { base, ext } = await compare('iframe', '17%', ['557만6000달러', '79.8%']);
    const frames = async (page: Page) => {
      const out: Record<string, unknown> = {};
      for (const [i, f] of page.frames().entries()) {
        if (f === page.mainFrame()) continue;
        out[`frame${i}`] = await f.evaluate(() => ({
          html: document.body.innerHTML,
          ours: document.querySelectorAll('claimlens-root, claimlens-mark').length,
          highlights: [
            ...((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.keys() ?? []),
          ].length,
        }));
      }
      return out;
    };
    const fe = await frames(ext.page);
    expect(Object.keys(fe)).toHaveLength(2);
    expect(fe).toEqual(await frames(base.page));
    for (const v of Object.values(fe)) expect(v).toMatchObject({ ours: 0, highlights: 0 });
    // A real click inside the same-origin frame reaches the frame's own handler.
    for (const o of [base, ext]) {
      // Input goes to the tab in front (a background tab runs no animation frames).
      await o.page.bringToFront();
      const box = await o.page.$eval('#same', (f) => {
        const r = f.getBoundingClientRect();
        return { x: r.left + 40, y: r.top + 20 };
      });
      await o.page.mouse.click(box.x, box.y);
    }
    const frameClicks = async (page: Page) => {
      const f = page.frames().find((x) => x.url().endsWith('/safety/frame-widget.html'))!;
      return f.evaluate(() => (window as unknown as { __clicks: number }).__clicks);
    };
    expect(await frameClicks(ext.page)).toBe(1);
    expect(await frameClicks(base.page)).toBe(1);
    await close(base, ext);
  });

  it('contenteditable and form fields full of numbers: never highlighted, never changed, typing works', async () => {
    const { base, ext } = await compare('forms', '4.5%', ['4.5%', '3억원', '1886조원']);
    // No highlight range starts or ends inside an editable region or a form control.
    const inEditable = await ext.page.evaluate(() => {
      const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const bad: string[] = [];
      for (const [name, h] of reg) {
        if (!name.startsWith('claimlens-')) continue;
        for (const r of h) {
          for (const n of [r.startContainer, r.endContainer]) {
            const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
            if (el?.closest('[contenteditable], form, textarea, input, select')) bad.push(r.toString());
          }
        }
      }
      return bad;
    });
    expect(inEditable).toEqual([]);
    const fields = (page: Page) =>
      page.evaluate(() => ({
        ce: document.getElementById('ce')!.innerHTML,
        plain: document.getElementById('plain-ce')!.innerHTML,
        amount: (document.getElementById('amount') as HTMLInputElement).value,
        rate: (document.getElementById('rate') as HTMLInputElement).value,
        years: (document.getElementById('years') as HTMLSelectElement).value,
        memo: (document.getElementById('memo') as HTMLTextAreaElement).value,
        keys: (window as unknown as { __keys: number }).__keys,
      }));
    expect(await fields(ext.page)).toEqual(await fields(base.page));
    // Type into each editable region the way a reader would: click into it, move to the end, type.
    for (const o of [base, ext]) {
      // Input goes to the tab in front (a background tab runs no animation frames).
      await o.page.bringToFront();
      await o.page.click('#ce');
      await o.page.keyboard.press('End');
      await o.page.keyboard.type(' 그리고 7.5%');
      await o.page.click('#amount', { count: 3 });
      await o.page.keyboard.type('5억원');
      await o.page.click('#memo');
      await o.page.keyboard.press('End');
      await o.page.keyboard.type(' 2.5% 감소');
      await o.page.click('#plain-ce');
      await o.page.keyboard.press('End');
      await o.page.keyboard.type(' 추가 300만원');
    }
    await sleep(800);
    const typed = await fields(ext.page);
    expect(typed).toEqual(await fields(base.page));
    expect(typed.amount).toBe('5억원');
    expect(typed.ce).toContain('7.5%');
    // Still nothing of ours inside the edited regions (a later pass did not pick up the typed figures).
    const hl = (await highlightRanges(ext.page)).map((r) => r.text);
    for (const t of ['7.5%', '2.5%', '300만원', '5.2%']) expect(hl).not.toContain(t);
    await close(base, ext);
  });

  it('numbers inside links: the link and the page router get the click, no card opens', async () => {
    const { base, ext } = await compare('links', '79.2%', ['557만6000달러', '79.8%']);
    for (const o of [base, ext]) {
      // Input goes to the tab in front (a background tab runs no animation frames).
      await o.page.bringToFront();
      await clickText(o.page, '557만6000달러', '#sel');
      await sleep(300);
      await clickText(o.page, '17% 떨어졌다', '#sel');
      await sleep(300);
      await clickText(o.page, '79.8%');
      await sleep(300);
    }
    const state = (page: Page) =>
      page.evaluate(() => ({
        routed: (window as unknown as { __routed: string[] }).__routed,
        hash: location.hash,
        clicks: (window as unknown as { __clicks: number }).__clicks,
      }));
    const s = await state(ext.page);
    expect(s).toEqual(await state(base.page));
    expect(s.routed).toEqual(['/safety/cost-detail', '/safety/bench']);
    expect(s.hash).toBe('#drop');
    // Clicks on linked figures open no card.
    expect(await readCard(ext.page, kind)).toBeNull();
    await close(base, ext);
  });

  it('right-to-left and vertical text: same layout, highlights on the figures, a click opens the card', async () => {
    const { base, ext } = await compare('rtl', '17%', ['557만6000달러', '17%']);
    // A figure in vertical writing is hit-tested like any other.
    await clickText(ext.page, '79.8%', '#vertical');
    const card = await waitForCard(ext.page, kind, (c) => c.claim?.includes('79.8%') ?? false);
    expect(card.claim).toContain('79.8%');
    await close(base, ext);
  });

  it('strict CSP: no violation reported, highlights and the card still work', async () => {
    const { base, ext } = await compare('csp', '17%', ['557만6000달러', '79.8%']);
    // The card (a shadow root with its own styles) opens again with no violation either.
    await ext.page.bringToFront();
    await clickText(ext.page, '79.8%', 'main');
    const card = await waitForCard(ext.page, kind, (c) => c.claim?.includes('79.8%') ?? false);
    expect(card.claim).toBe('79.8%');
    await sleep(600); // past the card's fade-in, for a screenshot worth looking at
    await ext.page.screenshot({ path: shot(kind, 'safety-csp-card') });
    expect((await probe(ext.page)).csp).toEqual([]);
    await close(base, ext);
  });

  it('a very long page (2 MB): same layout and behaviour while it is read, the page keeps running', {
    timeout: 180_000,
  }, async () => {
    // Compared while ClaimLens may still be reading the rest of the page: the page must not notice either way.
    const { base, ext, gaps } = await compare('long', '2.0%', ['2.0%', '$1.0 million'], false);
    const [gapBase, gapExt] = [gaps.base ?? Number.NaN, gaps.ext ?? Number.NaN];
    expect(Number.isFinite(gapBase) && Number.isFinite(gapExt)).toBe(true);
    console.info(
      `${kind}: longest gap of the page's 50 ms timer: ${gapBase} ms without, ${gapExt} ms with ClaimLens`,
    );
    // The page's own timer kept firing while ClaimLens read 2 MB: no multi-second freeze (generous: 2 shared cores).
    expect(gapExt).toBeLessThan(Math.max(2 * gapBase, 1000) + 3000);
    await close(base, ext);
  });

  it('makes no network requests of its own', () => {
    const { other } = classifyRequests(ctx.server.requests, ROUTES);
    expect(other).toEqual([]);
  });
});
