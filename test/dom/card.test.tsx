// @vitest-environment happy-dom
// The claim card rendered with preact into happy-dom: values, conversion, caveat order, "more", Escape, ARIA; and its
// host: a closed shadow root, focus in and back.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardFacts } from '../../src/core/card-facts.js';
import type { Caveat, Claim, UiLang } from '../../src/core/types.js';
import { ClaimCard } from '../../src/ui/card/claim-card.js';
import { CardHost } from '../../src/ui/card/host.js';
import { type CardModel, modelFrom, orderCaveats } from '../../src/ui/card/view-model.js';

/** The card's model as the extension builds it: facts in the background, assembled in the content script. */
function buildCardModel(input: {
  claim: Claim;
  text: string;
  claims: readonly Claim[];
  uiLang: UiLang;
  publishedAt?: string;
}): CardModel {
  const { claim, text, claims, uiLang, publishedAt } = input;
  return modelFrom(claim, text, claims, cardFacts(claim, claims, uiLang, publishedAt));
}

import { placeCard } from '../../src/ui/card/position.js';

const t = (key: string, subs?: string | string[]) =>
  subs === undefined ? key : `${key}(${[subs].flat().join('|')})`;

const TEXT = '딥시크-V3 개발에 투입된 비용은 557만6000달러(약 78억8000만원)로 계산됐다.';
const cav = (id: string, severity: Caveat['severity']): Caveat => ({
  id,
  severity,
  title: `title ${id}`,
  detail: `detail ${id}`,
  sources: [{ title: `source ${id}`, url: `https://example.org/${id}` }],
});

function moneyClaim(caveats: Caveat[] = []): Claim {
  const start = TEXT.indexOf('557만6000달러');
  return {
    id: 'm1',
    text: '557만6000달러',
    start,
    end: start + '557만6000달러'.length,
    kind: 'money',
    value: 5576000,
    unit: 'USD',
    approx: false,
    sentence: { start: 0, end: TEXT.length },
    attribution: { text: '딥시크', kind: 'self' },
    caveats,
  };
}

let container: HTMLElement;
function mount(el: preact.ComponentChild) {
  container = document.createElement('div');
  document.body.appendChild(container);
  act(() => render(el, container));
  return container;
}
afterEach(() => {
  if (container) render(null, container);
  document.body.innerHTML = '';
});

describe('card model', () => {
  it('normalizes money and converts at the month of publication', () => {
    const m = buildCardModel({
      claim: moneyClaim(),
      text: TEXT,
      claims: [],
      uiLang: 'ko',
      publishedAt: '2025-01-24T17:24:00+09:00',
    });
    expect(m.value).toBe('US$5,576,000');
    expect(m.valueAlt).toBe('557만6000달러');
    expect(m.conversion?.text).toMatch(/^81억\d*만? 원$/);
    expect(m.conversion?.rate).toBe('1 USD = 1,455 KRW');
    expect(m.conversion?.month).toBe('2025년 1월');
    expect(m.sentence?.claim).toBe('557만6000달러');
    expect(m.sentence?.before.endsWith('비용은 ')).toBe(true);
    const en = buildCardModel({
      claim: moneyClaim(),
      text: TEXT,
      claims: [],
      uiLang: 'en',
      publishedAt: '2025-01-24',
    });
    expect(en.conversion?.text).toBe('₩8.11 billion');
    expect(en.conversion?.month).toBe('Jan 2025');
  });
  it('gives the difference of compared percents in points', () => {
    const a: Claim = {
      ...moneyClaim(),
      id: 'a',
      kind: 'percent',
      unit: '%',
      value: 79.8,
      text: '79.8%',
      comparedWith: 'b',
    };
    const b: Claim = { ...a, id: 'b', value: 79.2, text: '79.2%', comparedWith: undefined };
    const m = buildCardModel({ claim: a, text: TEXT, claims: [a, b], uiLang: 'en' });
    expect(m.value).toBe('79.8%');
    expect(m.compared).toEqual({ text: '79.2%', difference: '+0.6 pp' });
    expect(buildCardModel({ claim: a, text: TEXT, claims: [a, b], uiLang: 'ko' }).compared?.difference).toBe(
      '+0.6%p',
    );
  });
  it('orders caveats warn first, otherwise stable', () => {
    const order = orderCaveats([
      cav('i1', 'info'),
      cav('w1', 'warn'),
      cav('i2', 'info'),
      cav('w2', 'warn'),
    ]).map((c) => c.id);
    expect(order).toEqual(['w1', 'w2', 'i1', 'i2']);
  });
  it('places the card below, above when there is no room, inside the viewport', () => {
    const vp = { width: 1000, height: 800 };
    expect(
      placeCard({ left: 100, top: 100, right: 150, bottom: 120 }, { width: 400, height: 300 }, vp),
    ).toMatchObject({ side: 'below', top: 126, left: 100 });
    expect(
      placeCard({ left: 900, top: 700, right: 950, bottom: 720 }, { width: 400, height: 300 }, vp),
    ).toMatchObject({ side: 'above', top: 394, left: 592 });
    // Room on neither side: the card is capped to the larger side (and scrolls) instead of covering the claim.
    const small = { width: 550, height: 400 };
    const capped = placeCard(
      { left: 100, top: 150, right: 150, bottom: 170 },
      { width: 360, height: 390 },
      small,
    );
    expect(capped).toMatchObject({ side: 'below', top: 176, maxHeight: 216 });
  });
});

describe('ClaimCard', () => {
  const caveats = [
    cav('i1', 'info'),
    cav('w1', 'warn'),
    cav('i2', 'info'),
    cav('w2', 'warn'),
    cav('i3', 'info'),
  ];

  it('renders a labelled dialog with value, conversion, attribution and sentence', () => {
    const model = buildCardModel({
      claim: moneyClaim(),
      text: TEXT,
      claims: [],
      uiLang: 'ko',
      publishedAt: '2025-01-24',
    });
    const root = mount(<ClaimCard model={model} t={t} onClose={() => {}} />);
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.classList.contains('cl-card')).toBe(true);
    expect(dialog.getAttribute('aria-label')).toBe('card_label(557만6000달러)');
    expect(dialog.getAttribute('data-claim-id')).toBe('m1');
    expect(root.querySelector('.cl-card__claim')?.textContent).toBe('557만6000달러');
    expect(root.querySelector('.cl-card__value')?.textContent).toContain('US$5,576,000');
    expect(root.querySelector('.cl-card__conversion')?.textContent).toContain('81억');
    expect(root.querySelector('.cl-card__conversion')?.textContent).toContain(
      'card_rate(1 USD = 1,455 KRW|2025년 1월)',
    );
    expect(root.querySelector('.cl-card__attribution')?.textContent).toContain('딥시크');
    expect(root.querySelector('.cl-card__sentence mark')?.textContent).toBe('557만6000달러');
    expect(root.querySelector('.cl-card__none')?.textContent).toBe('card_no_caveats');
    expect(root.querySelector('.cl-card__close')?.getAttribute('aria-label')).toBe('card_close');
  });

  it('labels a forecast in the head and says what makes it one; a result beside it says so', () => {
    const forecast = { ...moneyClaim(), status: 'forecast' as const, statusCue: '컨센서스' };
    const root = mount(
      <ClaimCard
        model={buildCardModel({ claim: forecast, text: TEXT, claims: [], uiLang: 'ko' })}
        t={t}
        onClose={() => {}}
      />,
    );
    expect(root.querySelector('.cl-card__status')?.getAttribute('data-status')).toBe('forecast');
    expect(root.querySelector('.cl-card__status')?.textContent).toBe('ext_status_forecast');
    expect(root.querySelector('.cl-card__status-note')?.textContent).toBe(
      'card_status_forecast_cue(컨센서스)',
    );
    render(null, container);
    const result = { ...moneyClaim(), status: 'result' as const };
    const again = mount(
      <ClaimCard
        model={buildCardModel({ claim: result, text: TEXT, claims: [], uiLang: 'ko' })}
        t={t}
        onClose={() => {}}
      />,
    );
    expect(again.querySelector('.cl-card__status')?.getAttribute('data-status')).toBe('result');
    expect(again.querySelector('.cl-card__status-note')?.textContent).toBe('card_status_result_note');
    render(null, container);
    const plain = mount(
      <ClaimCard
        model={buildCardModel({ claim: moneyClaim(), text: TEXT, claims: [], uiLang: 'ko' })}
        t={t}
        onClose={() => {}}
      />,
    );
    expect(plain.querySelector('.cl-card__status')).toBeNull();
  });

  it('shows warn caveats first, two of five, and the rest behind "more"', () => {
    const model = buildCardModel({ claim: moneyClaim(caveats), text: TEXT, claims: [], uiLang: 'en' });
    const root = mount(<ClaimCard model={model} t={t} onClose={() => {}} />);
    const rules = () =>
      Array.from(root.querySelectorAll('.cl-caveat')).map((e) => e.getAttribute('data-rule'));
    expect(rules()).toEqual(['w1', 'w2']);
    expect(root.querySelector('.cl-caveat')?.getAttribute('data-severity')).toBe('warn');
    const more = root.querySelector<HTMLButtonElement>('.cl-card__more')!;
    expect(more.textContent).toBe('card_more(3)');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    act(() => more.click());
    expect(rules()).toEqual(['w1', 'w2', 'i1', 'i2', 'i3']);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    const link = root.querySelector('.cl-caveat a')!;
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('href')).toBe('https://example.org/w1');
  });

  it('shows all caveats when only one would be hidden', () => {
    const model = buildCardModel({
      claim: moneyClaim(caveats.slice(0, 3)),
      text: TEXT,
      claims: [],
      uiLang: 'en',
    });
    const root = mount(<ClaimCard model={model} t={t} onClose={() => {}} />);
    expect(root.querySelectorAll('.cl-caveat').length).toBe(3);
    expect(root.querySelector('.cl-card__more')).toBeNull();
  });

  it('closes on Escape and on the close button', () => {
    const onClose = vi.fn();
    const model = buildCardModel({ claim: moneyClaim(), text: TEXT, claims: [], uiLang: 'en' });
    const root = mount(<ClaimCard model={model} t={t} onClose={onClose} />);
    const dialog = root.querySelector('[role="dialog"]')!;
    act(() => {
      dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onClose).toHaveBeenCalledTimes(1);
    act(() => root.querySelector<HTMLButtonElement>('.cl-card__close')!.click());
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});

describe('CardHost', () => {
  it('mounts in a closed shadow root on <claimlens-root>, moves focus in and gives it back', () => {
    document.body.innerHTML = '<button id="before">before</button>';
    const before = document.getElementById('before')!;
    before.focus();
    const closed = vi.fn();
    const host = new CardHost(document, t, closed);
    const model = buildCardModel({ claim: moneyClaim(), text: TEXT, claims: [], uiLang: 'en' });
    act(() =>
      host.open(model, { focus: true, anchor: () => ({ left: 10, top: 10, right: 60, bottom: 30 }) }),
    );
    const el = document.documentElement.querySelector('claimlens-root') as HTMLElement;
    expect(el).not.toBeNull();
    expect(el.shadowRoot).toBeNull(); // closed
    expect(document.activeElement).toBe(el); // focus is inside its shadow tree
    expect(host.openId).toBe('m1');
    act(() => host.close());
    expect(document.querySelector('claimlens-root')).toBeNull();
    expect(document.activeElement).toBe(before);
    expect(closed).toHaveBeenCalledWith('m1');
    host.destroy();
  });
});
