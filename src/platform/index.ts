// The one folder that talks to the extension API (webextension-polyfill); everything else goes through it.
import browser from 'webextension-polyfill';
import type { ToBackground, ToContent } from '../shared/messages.js';

/** Listens for messages addressed to the content script; returns an unsubscribe function. */
export function onContentMessage(handler: (msg: ToContent) => unknown): () => void {
  const listener = (msg: unknown): Promise<unknown> | undefined => {
    if (!msg || typeof msg !== 'object' || typeof (msg as { type?: unknown }).type !== 'string') return;
    const type = (msg as { type: string }).type;
    if (!type.startsWith('cs:')) return;
    return Promise.resolve(handler(msg as ToContent));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export function sendToBackground(msg: ToBackground): Promise<unknown> {
  return browser.runtime.sendMessage(msg);
}

/** A localized UI string from _locales (browser.i18n); falls back to the key so nothing renders blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * The extension's UI language as the background sees it: the default language of caveats when a content script
 * does not name one (content scripts name theirs, read from their own strings — see content_ui_lang).
 */
export function uiLanguage(): 'ko' | 'en' {
  const locale = browser.i18n.getMessage('@@ui_locale') || browser.i18n.getUILanguage();
  return locale.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** False once the extension was reloaded or updated under a live tab ("Extension context invalidated"). */
export function isContextValid(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

export * from './extension.js';
export * from './notes.js';
export { normalizeOrigin, type ParsedSettings, parseSettings } from './settings.js';
export { classifyUrl, matchesPattern, onList } from './sites.js';
