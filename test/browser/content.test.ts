// The real content entry on the seed page in Chromium and Firefox, with a fake platform and analyzer: a click opens
// the card (and the page's own click handler still runs), drags and links are left alone, Escape closes, messages
// work, disable and a dead extension context clean up. Saves screenshots of the card (light and dark).
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { control } from './fake-platform.js';
import { BROWSERS, bundle, launch, SEED_HTML, serve, withScript } from './setup.js';

declare global {
  interface Window {
    __platform: typeof control;
    __articleClicks: number;
    __start: () => unknown;
  }
}

vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });
const SHOTS = process.env.CLAIMLENS_SHOTS ?? '/tmp/claimlens-shots';

let server: Awaited<ReturnType<typeof serve>>;

const LINK_PAGE = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"></head><body style="padding-top:120px"><article>
<p>올해 점유율은 <a href="#target" id="link">42.5%</a>로 늘었고, 매출은 13.5%로 늘었다고 회사는 밝혔다. 이 문단은 본문으로 인정될 만큼 충분히 길게 이어지는 설명 문장이다.</p>
<p id="target">끝.</p></article><script src="/content.js"></script></body></html>`;

beforeAll(async () => {
  const content = await bundle('test/browser/content-harness.ts', true);
  // The manifest injects content.css next to content.js; the test pages link it the same way.
  const css = (html: string) => html.replace('</head>', '<link rel="stylesheet" href="/content.css"></head>');
  server = await serve({
    '/article.html': { type: 'text/html; charset=utf-8', body: css(withScript(SEED_HTML, '/content.js')) },
    '/twice.html': {
      type: 'text/html; charset=utf-8',
      body: css(withScript(withScript(SEED_HTML, '/content.js'), '/content.js?again')),
    },
    '/link.html': { type: 'text/html; charset=utf-8', body: css(LINK_PAGE) },
    // A strict style-src, as some news sites send: inline <style> is blocked, the card must still be styled.
    '/csp.html': {
      type: 'text/html; charset=utf-8',
      body: css(withScript(SEED_HTML, '/content.js')),
      headers: { 'content-security-policy': "style-src 'self'" },
    },
    '/content.js': { type: 'text/javascript', body: content },
    '/content.css': { type: 'text/css', body: readFileSync('src/entries/content.css', 'utf8') },
  });
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(() => server?.close());

/** Viewport centre of the first occurrence of `text` in the page (after scrolling it to the upper third). */
async function centreOf(
  page: Page,
  text: string,
): Promise<{ x: number; y: number; left: number; right: number }> {
  return page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(needle);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + needle.length);
      window.scrollBy(0, r.getBoundingClientRect().top - 250);
      const b = r.getBoundingClientRect();
      return { x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2, left: b.left, right: b.right };
    }
    throw new Error(`not found: ${needle}`);
  }, text);
}

const hostCount = (page: Page) => page.evaluate(() => document.querySelectorAll('claimlens-root').length);
const highlightSizes = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, number> = {};
    (CSS.highlights as unknown as Map<string, Set<Range>>).forEach((h, k) => {
      out[k] = h.size;
    });
    return out;
  });

/** The card's text, read the way the test driver may: Chromium's CDP DOM with closed shadow roots pierced. */
async function cardText(page: Page, name: string): Promise<string | null> {
  if (name !== 'chromium') return null;
  const cdp = await page.createCDPSession();
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: {
      nodeName: string;
      nodeValue?: string;
      children?: unknown[];
      shadowRoots?: unknown[];
      attributes?: string[];
    };
  };
  type N = typeof root;
  let card: N | null = null;
  const find = (n: N) => {
    const attrs = n.attributes ?? [];
    for (let i = 0; i < attrs.length; i += 2)
      if (attrs[i] === 'class' && attrs[i + 1] === 'cl-card') card = n;
    for (const c of [...((n.children as N[]) ?? []), ...((n.shadowRoots as N[]) ?? [])]) find(c);
  };
  find(root);
  if (!card) return '';
  const text = (n: N): string =>
    n.nodeName === '#text' ? (n.nodeValue ?? '') : ((n.children as N[]) ?? []).map(text).join(' ');
  await cdp.detach();
  return text(card).replace(/\s+/g, ' ');
}

describe.each(BROWSERS)('content entry in %s', (name) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(server.url + path, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__platform?.sent.some((m) => m.type === 'bg:count'));
    return page;
  }

  it('click on 79.8% opens the card next to it; the page handler still runs; Escape closes', async () => {
    const page = await open('/article.html');
    const count = await page.evaluate(() => window.__platform.sent.find((m) => m.type === 'bg:count'));
    expect(count).toMatchObject({ type: 'bg:count' });
    expect((count as { count: number }).count).toBeGreaterThanOrEqual(5);
    const at = await centreOf(page, '79.8%');
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(() => document.querySelector('claimlens-root') !== null);
    expect(await page.evaluate(() => window.__articleClicks)).toBe(1);
    const host = await page.evaluate(() => {
      const el = document.querySelector('claimlens-root') as HTMLElement;
      return { open: el.shadowRoot === null, parent: el.parentElement?.localName };
    });
    expect(host).toEqual({ open: true, parent: 'html' });
    const text = await cardText(page, name);
    if (text !== null) {
      console.log(`[${name}] card:`, text.slice(0, 200));
      expect(text).toContain('79.8%');
    }
    if (name === 'chromium') {
      // Screen readers get the card: a dialog named after the claim, its text in the accessibility tree.
      type AX = { role?: string; name?: string; children?: AX[] };
      const snap = (await page.accessibility.snapshot({ interestingOnly: true })) as AX | null;
      const all: AX[] = [];
      const walk = (n: AX | null | undefined) => {
        if (!n) return;
        all.push(n);
        for (const c of n.children ?? []) walk(c);
      };
      walk(snap);
      const dialog = all.find((n) => n.role === 'dialog');
      expect(dialog?.name).toBe('Number check: 79.8%');
      expect(all.some((n) => n.role === 'button' && n.name === 'Close')).toBe(true);
    }
    const sizes = await highlightSizes(page);
    expect(sizes['claimlens-active']).toBe(1);
    // Let the 120 ms entrance animation finish before looking.
    await new Promise((r) => setTimeout(r, 400));
    await page.screenshot({ path: `${SHOTS}/${name}-card-light.png` });
    try {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await page.evaluate(() => {
        document.body.style.background = '#111';
        document.body.style.color = '#ddd';
      });
      await new Promise((r) => setTimeout(r, 100));
      await page.screenshot({ path: `${SHOTS}/${name}-card-dark.png` });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    } catch {
      // Not every driver can emulate the colour scheme; the light shot stands.
    }
    // 200% zoom of a 1100×800 window is a 550×400 CSS-pixel viewport: the card must still fit and scroll.
    await page.setViewport({ width: 550, height: 400 });
    await new Promise((r) => setTimeout(r, 100));
    await page.screenshot({ path: `${SHOTS}/${name}-card-zoom200.png` });
    const fits = await page.evaluate(() => {
      const r = document.querySelector('claimlens-root')!.getBoundingClientRect();
      return r.width >= 0;
    });
    expect(fits).toBe(true);
    await page.setViewport({ width: 1100, height: 800 });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('claimlens-root') === null);
    expect((await highlightSizes(page))['claimlens-active']).toBe(0);
    // The money claim's card: normalized value and a conversion at the article month's reference rate.
    const money = await centreOf(page, '557만6000달러');
    await page.mouse.click(money.x, money.y);
    await page.waitForFunction(() => document.querySelector('claimlens-root') !== null);
    await new Promise((r) => setTimeout(r, 400));
    await page.screenshot({ path: `${SHOTS}/${name}-card-money.png` });
    const moneyText = await cardText(page, name);
    if (moneyText !== null) {
      console.log(`[${name}] money card:`, moneyText.slice(0, 300));
      expect(moneyText).toContain('US$5,576,000');
      expect(moneyText).toMatch(/₩8\.1\d? billion/);
    }
    // Clicking elsewhere closes it; a click on plain text opens nothing.
    const plain = await centreOf(page, '서방 매체들도');
    await page.mouse.click(plain.x, plain.y);
    await new Promise((r) => setTimeout(r, 100));
    expect(await hostCount(page)).toBe(0);
    await page.close();
  });

  it('under a strict style-src CSP the card is still styled', async (ctx) => {
    // This harness runs the entry in the page's world, where CSP applies to everything in Firefox (even constructed
    // sheets); a real content script is exempt in both browsers (checked by hand with dist/ under a meta CSP).
    // In Chromium the page world blocks <style> but not the constructed sheet: that is what this test pins down.
    if (name !== 'chromium') return ctx.skip();
    const page = await open('/csp.html');
    const at = await centreOf(page, '79.8%');
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(() => document.querySelector('claimlens-root') !== null);
    await new Promise((r) => setTimeout(r, 400));
    await page.screenshot({ path: `${SHOTS}/${name}-card-csp.png` });
    {
      const cdp = await page.createCDPSession();
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: unknown };
      type N = { nodeId: number; attributes?: string[]; children?: N[]; shadowRoots?: N[] };
      let card: N | null = null;
      const find = (n: N) => {
        const a = n.attributes ?? [];
        for (let i = 0; i < a.length; i += 2) if (a[i] === 'class' && a[i + 1] === 'cl-card') card = n;
        for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) find(c);
      };
      find(root as N);
      expect(card).not.toBeNull();
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: card!.nodeId })) as {
        model: { width: number };
      };
      // Styled: a card about 26em wide; unstyled it would be a full-width block.
      expect(model.width).toBeLessThan(500);
      await cdp.detach();
    }
    await page.close();
  });

  it('a drag across a claim (a selection) opens nothing', async () => {
    const page = await open('/article.html');
    const at = await centreOf(page, '79.8%');
    await page.mouse.move(at.left + 1, at.y);
    await page.mouse.down();
    await page.mouse.move(at.right + 30, at.y, { steps: 5 });
    await page.mouse.up();
    await new Promise((r) => setTimeout(r, 150));
    expect(await page.evaluate(() => String(getSelection())).then((s) => s.length)).toBeGreaterThan(0);
    expect(await hostCount(page)).toBe(0);
    await page.close();
  });

  it('a claim inside a link: the click follows the link; resting on it offers an "explain" button', async () => {
    const page = await open('/link.html');
    const at = await centreOf(page, '42.5%');
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(() => location.hash === '#target');
    expect(await hostCount(page)).toBe(0);
    // Resting the pointer on the claim shows the button above it, in our own (closed) shadow root.
    await page.evaluate(() => window.scrollTo(0, 0));
    const again = await centreOf(page, '42.5%');
    await page.mouse.move(again.x - 5, again.y);
    await page.mouse.move(again.x, again.y, { steps: 3 });
    await page.waitForFunction(() => document.querySelector('claimlens-root') !== null, { timeout: 3000 });
    await page.evaluate(() => {
      location.hash = '';
    });
    await new Promise((r) => setTimeout(r, 150));
    await page.screenshot({ path: `${SHOTS}/${name}-link-hint.png` });
    // The button sits just above the claim's line box; clicking it opens the card and not the link.
    await page.mouse.click(again.left + 12, again.y - 24);
    await new Promise((r) => setTimeout(r, 300));
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(await hostCount(page)).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('claimlens-root');
    const text = await cardText(page, name);
    if (text !== null) expect(text).toContain('42.5%');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('claimlens-root') === null);
    // The keyboard path reaches it too.
    const opened = await page.evaluate(async () => {
      const list = (await window.__platform.send({ type: 'cs:list' })) as {
        claims: Array<{ id: string; text: string }>;
      };
      const id = list.claims.find((c) => c.text === '42.5%')!.id;
      return window.__platform.send({ type: 'cs:open', id });
    });
    expect(opened).toEqual({ ok: true });
    expect(await hostCount(page)).toBe(1);
    await page.close();
  });

  it('answers cs:list, cs:step (focus into the card), cs:disable (everything removed)', async () => {
    const page = await open('/article.html');
    const list = (await page.evaluate(() => window.__platform.send({ type: 'cs:list' }))) as {
      claims: Array<{ text: string; warnCount: number; snippet: string }>;
      pending: boolean;
      url: string;
    };
    expect(list.pending).toBe(false);
    expect(list.url).toContain('/article.html');
    expect(list.claims.map((c) => c.text)).toEqual(
      expect.arrayContaining(['557만6000달러', '79.8%', '79.2%']),
    );
    // Document order: the money claim comes before the benchmark scores.
    expect(list.claims.findIndex((c) => c.text === '557만6000달러')).toBeLessThan(
      list.claims.findIndex((c) => c.text === '79.8%'),
    );
    expect(list.claims.find((c) => c.text === '79.8%')?.snippet).toContain('79.2%보다');
    console.log(JSON.stringify(list.claims.map((c) => [c.text, c.warnCount])));
    // With `wait`, the answer comes once the pass is done: the same list (rows are kept, not rebuilt).
    const waited = (await page.evaluate(() => window.__platform.send({ type: 'cs:list', wait: true }))) as {
      claims: unknown[];
      pending: boolean;
    };
    expect(waited.pending).toBe(false);
    expect(waited.claims).toEqual(list.claims);
    const analyzed = () =>
      page.evaluate(() =>
        window.__platform.sent
          .filter((m) => m.type === 'bg:analyze')
          .map((m) => ({ ...m, text: m.text.length })),
      );
    const before = (await analyzed()).length;
    expect(await page.evaluate(() => window.__platform.send({ type: 'cs:step', direction: 1 }))).toEqual({
      ok: true,
    });
    // Opening a card asks for that one claim in full, not its whole piece's claims.
    await page.waitForFunction(
      (n) => window.__platform.sent.filter((m) => m.type === 'bg:analyze').length > n,
      {},
      before,
    );
    const card = (await analyzed()).slice(before);
    expect(card.length).toBe(1);
    expect(card[0]).toMatchObject({ claimAt: { start: expect.any(Number), end: expect.any(Number) } });
    expect(card[0]).not.toHaveProperty('summary');
    expect(await hostCount(page)).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('claimlens-root');
    await page.evaluate(() => window.__platform.send({ type: 'cs:step', direction: 1 }));
    expect(await hostCount(page)).toBe(1);
    expect(await page.evaluate(() => window.__platform.send({ type: 'cs:disable' }))).toEqual({ ok: true });
    expect(await hostCount(page)).toBe(0);
    const sizes = await highlightSizes(page);
    expect(Object.keys(sizes).filter((k) => k.startsWith('claimlens-'))).toEqual([]);
    expect(await page.evaluate(() => window.__platform.hasHandler())).toBe(false);
    await page.close();
  });

  it('does not annotate when the settings cannot be had (a switched-off site must stay off)', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/article.html?settings=fail`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__platform?.sent.some((m) => m.type === 'bg:error'), {
      timeout: 10_000,
    });
    await new Promise((r) => setTimeout(r, 500));
    const r = await page.evaluate(() => ({
      asked: window.__platform.sent.filter((m) => m.type === 'bg:get-settings').length,
      errors: window.__platform.sent
        .filter((m) => m.type === 'bg:error')
        .map((m) => (m as { where: string }).where),
      counts: window.__platform.sent.filter((m) => m.type === 'bg:count').length,
    }));
    // Asked again before giving up (a service worker may be restarting), then reported, and nothing painted.
    expect(r.asked).toBe(3);
    expect(r.errors).toEqual(['settings']);
    expect(r.counts).toBe(0);
    expect(Object.values(await highlightSizes(page)).reduce((a, b) => a + b, 0)).toBe(0);
    const list = (await page.evaluate(() => window.__platform.send({ type: 'cs:list' }))) as {
      claims: unknown[];
      pending: boolean;
    };
    expect(list).toMatchObject({ claims: [], pending: false });
    await page.close();
  });

  it("sends the article's first screens with the settings request, and analyzes them once", async () => {
    const page = await open('/article.html');
    const sent = (await page.evaluate(() =>
      window.__platform.sent.map((m) => ({ type: m.type, text: 'text' in m ? m.text : undefined })),
    )) as Array<{ type: string; text?: string }>;
    // One round trip, not two: the settings request leaves first (the script's own task stays short), the head in
    // the next task, before anything waits for the settings.
    expect(sent.slice(0, 2).map((m) => m.type)).toEqual(['bg:get-settings', 'bg:analyze']);
    const analyses = sent.filter((m) => m.type === 'bg:analyze');
    expect(analyses.length).toBe(1);
    expect(analyses[0]!.text).toContain('79.8%');
    const list = (await page.evaluate(() => window.__platform.send({ type: 'cs:list' }))) as {
      claims: Array<{ text: string }>;
    };
    expect(list.claims.map((c) => c.text)).toContain('557만6000달러');
  });

  it('a second injection is harmless; a dead extension context cleans up instead of throwing', async () => {
    const page = await open('/twice.html');
    const list = (await page.evaluate(() => window.__platform.send({ type: 'cs:list' }))) as {
      claims: unknown[];
    };
    const sizes = await highlightSizes(page);
    const painted = Object.entries(sizes)
      .filter(([k]) => k.startsWith('claimlens-') && !['claimlens-caveat', 'claimlens-active'].includes(k))
      .reduce((n, [, v]) => n + v, 0);
    // One set of highlights: every claim painted once, not twice.
    expect(painted).toBe(list.claims.length);
    expect(
      await page.evaluate(() => window.__platform.sent.filter((m) => m.type === 'bg:get-settings').length),
    ).toBe(1);
    await page.evaluate(() => window.__platform.invalidate());
    const at = await centreOf(page, '79.8%');
    await page.mouse.click(at.x, at.y);
    await new Promise((r) => setTimeout(r, 100));
    expect(await hostCount(page)).toBe(0);
    expect(Object.keys(await highlightSizes(page)).filter((k) => k.startsWith('claimlens-'))).toEqual([]);
    expect(await page.evaluate(() => window.__articleClicks)).toBe(1);
    await page.close();
  });
});

describe('card in Firefox with a dark colour scheme, Korean UI', () => {
  it('renders the dark card in Korean', async () => {
    const browser = await launch('firefox', { dark: true });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/article.html?lang=ko`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__platform?.sent.some((m) => m.type === 'bg:count'));
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      await page.evaluate(() => {
        document.body.style.background = '#111';
        document.body.style.color = '#ddd';
      });
      const at = await centreOf(page, '79.8%');
      await page.mouse.click(at.x, at.y);
      await page.waitForFunction(() => document.querySelector('claimlens-root') !== null);
      await new Promise((r) => setTimeout(r, 400));
      await page.screenshot({ path: `${SHOTS}/firefox-card-dark.png` });
      await page.keyboard.press('Escape');
      const money = await centreOf(page, '557만6000달러');
      await page.mouse.click(money.x, money.y);
      await page.waitForFunction(() => document.querySelector('claimlens-root') !== null);
      await new Promise((r) => setTimeout(r, 400));
      await page.screenshot({ path: `${SHOTS}/firefox-card-money-ko-dark.png` });
    } finally {
      await browser.close();
    }
  });
});
