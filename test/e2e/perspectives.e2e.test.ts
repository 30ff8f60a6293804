// The card's "In perspective" row on the seed article (557만6000달러, January 2025) in Chromium (Korean UI) and
// Firefox (English UI), with its source; the options page switches it off and back on.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAll, hasClass, pierceDocument, textOf, waitForCard } from '../../scripts/lib/card.mjs';
import { openExtensionPage } from '../../scripts/lib/launch.mjs';
import {
  BROWSERS,
  type E2E,
  openPopup,
  openTab,
  poll,
  popupRows,
  setup,
  shot,
  sleep,
  teardown,
  waitForBadge,
} from './helpers/context.js';
import { URLS } from './helpers/routes.js';

type StorageApi = {
  storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
};

function storedSettings(ext: Page): Promise<unknown> {
  return ext.evaluate(async () => {
    const g = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
    return (await (g.browser ?? g.chrome)!.storage.local.get('settings')).settings;
  });
}

/** The open card's perspective lines: text, kind and the source link's address. */
async function perspectiveLines(page: Page, kind: E2E['kind']) {
  const doc = await pierceDocument(page, kind);
  const rows = findAll(doc, (n) => hasClass(n, 'cl-card__perspective'));
  return rows.flatMap((row) =>
    findAll(row, (n) => n.tag === 'li').map((li) => ({
      kind: li.attrs['data-kind'] ?? '',
      ref: li.attrs['data-ref'] ?? '',
      text: textOf(li).replace(/\s+/g, ' ').trim(),
      href: findAll(li, (n) => n.tag === 'a')[0]?.attrs.href ?? '',
    })),
  );
}

describe.each(BROWSERS)('perspectives in %s', (kind) => {
  let ctx: E2E;
  let page: Page;
  let tabId: number;

  /** Opens the card of 557만6000달러 from the popup list (wherever the article puts it). */
  const openSeedCard = async () => {
    const popup = await openPopup(ctx, tabId);
    const rows = await popupRows(popup);
    const target = rows.find((r) => r.text === '557만6000달러');
    expect(target).toBeTruthy();
    await popup.click(`button.cl-claim[data-claim-id="${target!.id}"]`);
    const card = await waitForCard(page, kind, (c) => c.claimId === target!.id);
    if (!popup.isClosed()) await popup.close();
    return card;
  };

  const setPerspectives = async (on: boolean) => {
    const options = await openExtensionPage(ctx.lb.browser, `${ctx.lb.extBase}options.html`, '.cl-opt');
    const checked = await options.$eval('#opt-perspectives', (e) => (e as HTMLInputElement).checked);
    if (checked !== on) await options.click('label[for="opt-perspectives"] .cl-switch__track');
    if (!on) await options.screenshot({ path: shot(ctx, 'options-perspectives-off') });
    await poll(
      () => storedSettings(ctx.control),
      (s) => ((s as { perspectives?: boolean })?.perspectives ?? true) === on,
      10000,
      'saved',
    );
    await options.close();
    await page.reload({ waitUntil: 'load' });
    await waitForBadge(ctx, tabId);
  };

  beforeAll(async () => {
    ctx = await setup(kind);
    ({ page, tabId } = await openTab(ctx, URLS.seed));
    await waitForBadge(ctx, tabId);
  });
  afterAll(() => teardown(ctx));

  it('shows the perspective row in the 557만6000달러 card, in the UI language, with its source', async () => {
    const card = await openSeedCard();
    const label = kind === 'chromium' ? '가늠해 보면' : 'In perspective';
    expect(card.text).toContain(label);
    const lines = await poll(
      () => perspectiveLines(page, kind),
      (l) => l.length > 0,
      10000,
      'perspective lines',
    );
    expect(lines.length).toBeLessThanOrEqual(2);
    for (const l of lines) expect(l.href).toMatch(/^https:\/\//);
    if (kind === 'chromium') {
      // Korean UI: ₩8,113,080,000 at ₩1,455/$ (Jan 2025) ÷ 51.22 million people ≈ ₩160 a head.
      expect(lines.map((l) => l.ref)).toContain('kr-population');
      expect(lines.find((l) => l.kind === 'per-person')!.text).toContain('1인당 약 160 원');
    } else {
      // English UI: $5,576,000 ÷ $83,700 (2024 median household income) ≈ 67 years.
      expect(lines[0]!.text).toMatch(/≈ 67 years of a median US household's income/);
      expect(lines[0]!.href).toContain('census.gov');
    }
    await sleep(600); // the card's entrance transition
    await page.screenshot({ path: shot(ctx, 'card-perspective') });
  });

  it('the option switches the row off, and back on', async () => {
    await setPerspectives(false);
    const off = await openSeedCard();
    expect(off.conversion).toBeTruthy();
    expect(off.text).not.toMatch(/가늠해 보면|In perspective/);
    expect(await perspectiveLines(page, kind)).toEqual([]);
    await setPerspectives(true);
    const on = await openSeedCard();
    expect(on.text).toMatch(/가늠해 보면|In perspective/);
  });
});
