// The content script's slice of the extension API, written against the browsers' own `browser`/`chrome` objects
// instead of webextension-polyfill: content.js runs in every matching tab, so it carries only what it uses.
import { CARD_UI_KEY } from '../shared/card-ui.js';
import type { ToBackground, ToContent } from '../shared/messages.js';
import type { CardUi } from '../ui/card/index.js';

type Listener = (
  msg: unknown,
  sender: unknown,
  sendResponse: (reply: unknown) => void,
) => boolean | undefined;

interface ContentApi {
  runtime?: {
    id?: string;
    sendMessage(msg: unknown): Promise<unknown> | undefined;
    onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void };
  };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
}

/** Firefox's promise-based `browser` where it exists, else Chrome's `chrome` (promise-returning in MV3). */
function api(): ContentApi {
  const g = globalThis as unknown as { browser?: ContentApi; chrome?: ContentApi };
  const found = g.browser?.runtime ? g.browser : g.chrome;
  if (!found) throw new Error('no extension API in this context');
  return found;
}

/** Listens for messages addressed to the content script; returns an unsubscribe function. */
export function onContentMessage(handler: (msg: ToContent) => unknown): () => void {
  // sendResponse + `return true` is the one reply path both browsers support (Chrome ignores returned promises).
  const listener: Listener = (msg, _sender, sendResponse) => {
    if (!msg || typeof msg !== 'object' || typeof (msg as { type?: unknown }).type !== 'string')
      return undefined;
    if (!(msg as { type: string }).type.startsWith('cs:')) return undefined;
    Promise.resolve()
      .then(() => handler(msg as ToContent))
      .then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  const { runtime } = api();
  runtime?.onMessage.addListener(listener);
  return () => {
    try {
      runtime?.onMessage.removeListener(listener);
    } catch {
      // The extension context is gone: nothing to remove from.
    }
  };
}

export function sendToBackground(msg: ToBackground): Promise<unknown> {
  try {
    const runtime = api().runtime;
    if (!runtime) return Promise.reject(new Error('Extension context invalidated.'));
    return Promise.resolve(runtime.sendMessage(msg));
  } catch (error) {
    // Chrome throws synchronously once the extension was reloaded under the page.
    return Promise.reject(error);
  }
}

/** A localized UI string from _locales (i18n); falls back to the key so nothing renders blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return api().i18n.getMessage(key, substitutions) || key;
}

/** False once the extension was reloaded or updated under a live tab ("Extension context invalidated"). */
export function isContextValid(): boolean {
  try {
    return Boolean(api().runtime?.id);
  } catch {
    return false;
  }
}

/**
 * The card UI, loaded on first need: the background injects card.js into this frame's content-script world (see
 * src/entries/card.ts), which leaves the UI under CARD_UI_KEY. Every page load's content.js stays small that way.
 */
export async function loadCardUi(): Promise<CardUi> {
  await sendToBackground({ type: 'bg:load-card' });
  const ui = (globalThis as unknown as Record<symbol, CardUi | undefined>)[CARD_UI_KEY];
  if (!ui) throw new Error('the card UI did not load');
  return ui;
}
