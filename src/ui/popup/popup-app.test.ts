// @vitest-environment happy-dom
// Component tests of the popup: states in plain words, claims grouped by kind, marks with words, filter, actions.
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClaimSummary, SiteState } from '../../shared/messages.js';
import { PopupApp } from './popup-app.js';
import type { PopupActions, PopupView } from './types.js';

const t = (key: string, subs?: string | string[]) =>
  subs ? `${key}(${([] as string[]).concat(subs).join(',')})` : key;
const site: SiteState = {
  tabId: 1,
  url: 'https://www.hankyung.com/article/1',
  origin: 'https://www.hankyung.com',
  unsupported: null,
  onDefaultList: true,
  userEnabled: false,
  disabled: false,
  count: 3,
  warn: 1,
};
const claim = (
  id: string,
  text: string,
  kind: ClaimSummary['kind'],
  caveats = 0,
  warn = 0,
): ClaimSummary => ({
  id,
  text,
  kind,
  value: 1,
  unit: null,
  snippet: `… ${text} …`,
  caveatCount: caveats,
  warnCount: warn,
});

function mount(view: PopupView) {
  const actions: PopupActions = {
    open: vi.fn(),
    setSiteEnabled: vi.fn(),
    annotate: vi.fn(),
    openOptions: vi.fn(),
  };
  const root = document.createElement('div');
  document.body.append(root);
  render(h(PopupApp, { view, actions, t }), root);
  return { root, actions };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PopupApp', () => {
  it('groups claims by kind in a fixed order, each row a button with its mark in words', () => {
    const { root } = mount({
      kind: 'ready',
      site,
      list: {
        url: site.url!,
        pending: false,
        claims: [
          claim('a', '79.8%', 'score', 3, 1),
          claim('b', '557만6000달러', 'money', 2, 0),
          claim('c', '2개월', 'duration'),
        ],
      },
    });
    expect([...root.querySelectorAll('h2')].map((e) => e.id)).toEqual([
      'cl-group-money',
      'cl-group-score',
      'cl-group-duration',
    ]);
    const rows = [...root.querySelectorAll<HTMLButtonElement>('button.cl-claim')];
    expect(rows.map((r) => r.dataset.claimId)).toEqual(['b', 'a', 'c']);
    expect(rows[1]!.querySelector('.cl-mark')!.textContent).toContain('popup_caveats_warn_label(3,1)');
    expect(rows[0]!.querySelector('.cl-mark')!.textContent).toContain('popup_caveats_label(2)');
    expect(rows[2]!.querySelector('.cl-mark')).toBeNull();
    expect(root.querySelector('[data-state="ready"]')!.textContent).toContain('popup_summary(3,2,1)');
  });

  it('labels forecasts and the results set beside them in the list', () => {
    const { root } = mount({
      kind: 'ready',
      site,
      list: {
        url: '',
        pending: false,
        claims: [
          { ...claim('a', '10조원', 'money'), status: 'forecast' },
          { ...claim('b', '9조1000억원', 'money'), status: 'result' },
          claim('c', '5%', 'percent'),
        ],
      },
    });
    const tags = [...root.querySelectorAll<HTMLElement>('.cl-claim__status')];
    expect(tags.map((e) => [e.dataset.status, e.textContent])).toEqual([
      ['forecast', 'ext_status_forecast'],
      ['result', 'ext_status_result'],
    ]);
  });

  it('filters to claims with caveats and opens a claim on click', async () => {
    const { root, actions } = mount({
      kind: 'ready',
      site,
      list: { url: '', pending: false, claims: [claim('a', '1%', 'percent', 1), claim('b', '2개', 'count')] },
    });
    const filter = root.querySelector<HTMLInputElement>('.cl-filter input')!;
    filter.click();
    await new Promise((r) => setTimeout(r, 0));
    const rows = [...root.querySelectorAll<HTMLButtonElement>('button.cl-claim')];
    expect(rows.map((r) => r.dataset.claimId)).toEqual(['a']);
    rows[0]!.click();
    expect(actions.open).toHaveBeenCalledWith('a');
  });

  it('says why a page cannot be read', () => {
    const { root } = mount({ kind: 'unsupported', reason: 'browser-page', site: null });
    expect(root.querySelector('[data-state="unsupported"]')!.textContent).toBe(
      'popup_unsupported_browser_page',
    );
  });

  it('says the page is empty rather than showing nothing', () => {
    const { root } = mount({ kind: 'ready', site, list: { url: '', pending: false, claims: [] } });
    expect(root.querySelector('[data-state="ready"]')!.textContent).toBe('popup_empty');
    expect(root.querySelector('.cl-filter')).toBeNull();
  });

  it('offers to read an unlisted page, and a switch asking for that site only', () => {
    const other = { ...site, origin: 'https://blog.example.org', onDefaultList: false };
    const { root, actions } = mount({ kind: 'not-running', site: other });
    root.querySelector<HTMLButtonElement>('button.cl-button')!.click();
    expect(actions.annotate).toHaveBeenCalled();
    const sw = root.querySelector<HTMLInputElement>('#cl-site-switch')!;
    expect(sw.checked).toBe(false);
    expect(sw.getAttribute('role')).toBe('switch');
    expect(root.textContent).toContain('popup_site_permission');
    sw.click();
    expect(actions.setSiteEnabled).toHaveBeenCalledWith(true);
  });

  it('shows a switched-off site with its switch off', () => {
    const { root, actions } = mount({ kind: 'disabled', site: { ...site, disabled: true } });
    const sw = root.querySelector<HTMLInputElement>('#cl-site-switch')!;
    expect(sw.checked).toBe(false);
    expect(root.querySelector('[data-state="disabled"]')).not.toBeNull();
    sw.click();
    expect(actions.setSiteEnabled).toHaveBeenCalledWith(true);
  });
});
