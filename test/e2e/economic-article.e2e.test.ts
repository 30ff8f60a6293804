// An earnings story (written here) in Chromium and Firefox: forecasts are labelled as forecasts in the popup's list and
// in the card, and the result set beside a forecast says it is the result.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCard, waitForCard } from '../../scripts/lib/card.mjs';
import {
  BROWSERS,
  clickText,
  type E2E,
  openPopup,
  openTab,
  setup,
  shootPopup,
  shot,
  sleep,
  teardown,
  waitForBadge,
} from './helpers/context.js';
import { URLS } from './helpers/routes.js';

describe.each(BROWSERS)('economic article in %s', (kind) => {
  let ctx: E2E;
  beforeAll(async () => {
    ctx = await setup(kind);
  });
  afterAll(() => teardown(ctx));

  it('labels the consensus a forecast in the list and the card, and the result beside it a result', async () => {
    const { page, tabId } = await openTab(ctx, URLS.economic);
    await waitForBadge(ctx, tabId);
    const popup = await openPopup(ctx, tabId);
    const tags = await popup.$$eval('button.cl-claim', (rows) =>
      rows.map((r) => [
        r.querySelector('.cl-claim__text')?.textContent ?? '',
        r.querySelector('.cl-claim__status')?.getAttribute('data-status') ?? '',
      ]),
    );
    expect(tags).toContainEqual(['10조7717억원', 'forecast']);
    expect(tags).toContainEqual(['80조9003억원', 'forecast']);
    expect(tags).toContainEqual(['9조1000억원', 'result']);
    expect(tags).toContainEqual(['79조원', '']);
    await shootPopup(ctx, popup, 'popup-economic');
    await popup.close();

    await clickText(page, '10조7717억원', '#articletxt');
    const card = await waitForCard(page, kind, (c) => c.claim?.includes('10조7717억원') ?? false);
    expect(card.text).toMatch(/전망치|forecast/);
    expect(card.text).toMatch(/실적이 아닌 전망치|A forecast, not a result/);
    await sleep(600); // the card's entrance transition
    await page.screenshot({ path: shot(ctx, 'card-forecast') });

    await page.keyboard.press('Escape');
    await clickText(page, '9조1000억원', '#articletxt');
    const result = await waitForCard(page, kind, (c) => c.claim?.includes('9조1000억원') ?? false);
    expect(result.text).toMatch(/실제 실적|reported result/);
    expect((await readCard(page, kind))?.caveats.some((c) => c.severity === 'warn')).toBe(false);
  });
});
