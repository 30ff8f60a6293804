// Unit tests: messages to the background are checked by shape and by sender before anything acts on them.
import { describe, expect, it } from 'vitest';
import { allowedFrom, parseToBackground, senderKind } from './validate.js';

const ID = 'claimlens-id';
const ORIGIN = 'chrome-extension://claimlens-id/';

describe('senderKind', () => {
  it('knows our content scripts (a tab, a web URL) from our pages (our origin)', () => {
    expect(senderKind({ id: ID, url: 'https://www.hankyung.com/a', tab: { id: 3 } }, ID, ORIGIN)).toBe(
      'content',
    );
    expect(senderKind({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe('extension-page');
    // popup.html?tab= opened as a tab has a tab, but it is still our page.
    expect(senderKind({ id: ID, url: `${ORIGIN}popup.html?tab=3`, tab: { id: 4 } }, ID, ORIGIN)).toBe(
      'extension-page',
    );
  });

  it('trusts nobody else', () => {
    expect(
      senderKind({ id: 'other-extension', url: 'https://a.com/', tab: { id: 1 } }, ID, ORIGIN),
    ).toBeNull();
    expect(senderKind({ id: ID, url: 'https://a.com/' }, ID, ORIGIN)).toBeNull();
    expect(senderKind({}, ID, ORIGIN)).toBeNull();
  });
});

describe('parseToBackground', () => {
  it.each([
    [{ type: 'bg:count', count: 3, warn: 1 }],
    [{ type: 'bg:error', where: 'start', message: 'boom' }],
    [{ type: 'bg:get-settings' }],
    [{ type: 'bg:load-card' }],
    [{ type: 'bg:site-state', tabId: 7 }],
    [{ type: 'bg:set-site', tabId: 7, origin: 'https://a.com', enabled: false }],
    [{ type: 'bg:annotate-tab', tabId: 7 }],
    [{ type: 'bg:analyze', text: '557만6000달러', lang: 'auto', uiLang: 'ko' }],
    [{ type: 'bg:analyze', text: 'up 5%', lang: 'en', uiLang: 'en', publishedAt: '2025-01-24' }],
    [{ type: 'bg:analyze', text: 'up 5%', lang: 'en', summary: true }],
    [{ type: 'bg:analyze', text: 'up 5%', lang: 'en', claimAt: { start: 3, end: 5 } }],
  ])('accepts %j', (msg) => expect(parseToBackground(msg)).toEqual(msg));

  it('drops extra fields', () => {
    expect(parseToBackground({ type: 'bg:count', count: 1, warn: 0, evil: true })).toEqual({
      type: 'bg:count',
      count: 1,
      warn: 0,
    });
  });

  it.each([
    [null],
    ['bg:count'],
    [{ type: 'bg:count', count: -1, warn: 0 }],
    [{ type: 'bg:count', count: 2, warn: 3 }],
    [{ type: 'bg:count', count: 1.5, warn: 0 }],
    [{ type: 'bg:error', where: 'x'.repeat(500), message: 'm' }],
    [{ type: 'bg:set-site', tabId: 1, origin: 'https://a.com', enabled: 'yes' }],
    [{ type: 'bg:annotate-tab', tabId: '1' }],
    [{ type: 'cs:list' }],
    [{ type: 'bg:unknown' }],
    [{ type: 'bg:analyze', text: 1, lang: 'auto', uiLang: 'ko' }],
    [{ type: 'bg:analyze', text: 'x', lang: 'fr', uiLang: 'ko' }],
    [{ type: 'bg:analyze', text: 'up 5%', lang: 'en', claimAt: { start: 3, end: 9 } }],
    [{ type: 'bg:analyze', text: 'up 5%', lang: 'en', claimAt: { start: 4, end: 4 } }],
    [{ type: 'bg:analyze', text: 'up 5%', lang: 'en', claimAt: [3, 5] }],
    [{ type: 'bg:analyze', text: 'x', lang: 'auto', uiLang: 'de' }],
    [{ type: 'bg:analyze', text: 'x'.repeat(200_001), lang: 'auto', uiLang: 'ko' }],
    [{ type: 'bg:analyze', text: 'x', lang: 'auto', summary: 'yes' }],
  ])('rejects %j', (msg) => expect(parseToBackground(msg)).toBeNull());
});

describe('allowedFrom', () => {
  it('takes page state only from content scripts and site changes only from our pages', () => {
    expect(allowedFrom({ type: 'bg:count', count: 1, warn: 0 }, 'content')).toBe(true);
    expect(allowedFrom({ type: 'bg:count', count: 1, warn: 0 }, 'extension-page')).toBe(false);
    expect(allowedFrom({ type: 'bg:annotate-tab', tabId: 1 }, 'content')).toBe(false);
    expect(
      allowedFrom({ type: 'bg:set-site', tabId: 1, origin: 'https://a.com', enabled: true }, 'content'),
    ).toBe(false);
    expect(
      allowedFrom(
        { type: 'bg:set-site', tabId: 1, origin: 'https://a.com', enabled: true },
        'extension-page',
      ),
    ).toBe(true);
    expect(allowedFrom({ type: 'bg:get-settings' }, 'content')).toBe(true);
    // Only a content script has a frame to inject the card UI into.
    expect(allowedFrom({ type: 'bg:load-card' }, 'content')).toBe(true);
    expect(allowedFrom({ type: 'bg:load-card' }, 'extension-page')).toBe(false);
    expect(allowedFrom({ type: 'bg:get-settings' }, null)).toBe(false);
    const analyze = { type: 'bg:analyze', text: '3%', lang: 'auto', uiLang: 'en' } as const;
    expect(allowedFrom(analyze, 'content')).toBe(true);
    expect(allowedFrom(analyze, 'extension-page')).toBe(false);
  });
});
