// A Korean AI-benchmark story (written for this test, with the shape and figures of real HLE coverage), in Chromium
// and Firefox: the scores are linked to HLE named sentences before them, compared, and judged against its 2,500
// items; the model names' versions ("제미나이 3 프로", "GPT-5.2") are not highlighted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForCard } from '../../scripts/lib/card.mjs';
import { listClaims } from '../../scripts/lib/page.mjs';
import {
  BROWSERS,
  clickText,
  type E2E,
  openTab,
  setup,
  shot,
  sleep,
  teardown,
  waitForBadge,
} from './helpers/context.js';
import { URLS } from './helpers/routes.js';

describe.each(BROWSERS)('benchmark article in %s', (kind) => {
  let ctx: E2E;
  beforeAll(async () => {
    ctx = await setup(kind);
  });
  afterAll(() => teardown(ctx));

  it('38.3% opens a card naming HLE, its 2,500 items, the comparison with 29.9% and a margin outside noise', async () => {
    const { page, tabId } = await openTab(ctx, URLS.hle);
    await waitForBadge(ctx, tabId);
    // Only figures are highlighted: no version of a model name ("3 프로", "5.2", "4.5", "3.2").
    const { claims } = (await listClaims(ctx.control, tabId)) as { claims: { text: string }[] };
    const texts = claims.map((c) => c.text);
    expect(texts).toEqual(expect.arrayContaining(['38.3%', '29.9%', '25.8%', '21.8%']));
    for (const t of texts) expect(t).not.toMatch(/프로|^3$|^5\.2$|^4\.5$|^3\.2$/);

    await clickText(page, '38.3%', '#articletxt');
    const card = await waitForCard(page, kind, (c) => c.claim?.includes('38.3%') ?? false);
    // The card speaks the browser's language (English here): HLE by its full name.
    expect(card.text).toMatch(/HLE|Humanity's Last Exam/);
    expect(card.text).toContain('2,500');
    expect(card.text).toContain('29.9%');
    const verdict = card.caveats.find((c) => c.rule === 'benchmark.margin-outside-noise');
    expect(verdict?.text).toMatch(/outside noise|잡음 범위 밖/);
    expect(verdict?.text).toMatch(/38\.3% (?:vs|대) 29\.9%/);
    await sleep(600); // the card's entrance transition, before the screenshot
    await page.screenshot({ path: shot(ctx, 'card-benchmark') });
    await page.close();
  });
});
