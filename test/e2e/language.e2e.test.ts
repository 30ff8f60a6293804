// A page in a language ClaimLens does not read yet (French, on a listed site): nothing highlighted, the popup says
// why and offers to read it anyway — then only figures with a currency or % are highlighted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  type E2E,
  openPopup,
  openTab,
  pageHighlights,
  poll,
  popupRows,
  setup,
  shootPopup,
  sleep,
  teardown,
} from './helpers/context.js';
import { URLS } from './helpers/routes.js';

describe.each(BROWSERS)('a page in a language ClaimLens does not read, in %s', (kind) => {
  let ctx: E2E;
  beforeAll(async () => {
    ctx = await setup(kind);
  });
  afterAll(() => teardown(ctx));

  it('highlights nothing, says so in the popup, and reads digits with a currency or % on request', async () => {
    const { page, tabId } = await openTab(ctx, URLS.french);
    await page.waitForSelector('article');
    const popup = await openPopup(ctx, tabId);
    const note = await poll(
      () => popup.$eval('[data-state="unsupported-language"]', (e) => e.textContent ?? '').catch(() => ''),
      (t) => t.length > 0,
      20000,
      'the unsupported-language note',
    );
    // Firefox here has no Korean language pack: the popup is in English in both runs of this file except Chromium's.
    expect(note).toMatch(kind === 'chromium' ? /프랑스어/ : /French/);
    expect(await popupRows(popup)).toEqual([]);
    // "438 contre 200", "80.000", "10.100": nothing of the page is painted.
    await sleep(500);
    const before = await pageHighlights(page);
    expect(Object.values(before ?? {}).reduce((a, b) => a + b, 0)).toBe(0);
    await shootPopup(ctx, popup, 'popup-unsupported-language');

    await popup.click('[data-state="unsupported-language"] button');
    const rows = await poll(
      async () => (await popupRows(popup)).map((r) => r.text),
      (t) => t.length > 0,
      20000,
      'claims read in basic mode',
    );
    expect(rows).toEqual(['12 %', '3 %', '9 %']);
    expect(await popup.$eval('[data-state="basic"]', (e) => e.textContent ?? '')).toMatch(
      kind === 'chromium' ? /기본 모드/ : /only figures written with a currency or %/,
    );
    // The popup is a tab here: the page paints once it is the one on screen again.
    await page.bringToFront();
    const after = await poll(
      () => pageHighlights(page),
      (h) => Object.values(h ?? {}).reduce((a, b) => a + b, 0) >= 3,
      10000,
      'basic-mode highlights',
    );
    expect(after).not.toBeNull();
    await popup.close();
    await page.close();
  });
});
