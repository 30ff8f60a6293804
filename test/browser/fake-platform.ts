// Stands in for src/platform in real-browser tests of the content entry: English messages from content.json,
// a recording sendToBackground that answers bg:analyze as the background does (with the fake analyzer), no extension API. State lives on the page's global so that two injected bundles
// share it, as two injections of the real content script share one extension runtime.

import { analyzeForContent } from '../../src/entries/analysis.js';
import en from '../../src/locales/en/content.json';
import ko from '../../src/locales/ko/content.json';
import type { ToBackground, ToContent } from '../../src/shared/messages.js';
import { type CardUi, cardUi } from '../../src/ui/card/index.js';
import { fakeAnalyze } from '../dom/fake-analyzer.js';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
/** `?lang=ko` in the page URL plays a Korean browser. */
const lang: 'ko' | 'en' = /[?&]lang=ko\b/.test(globalThis.location?.search ?? '') ? 'ko' : 'en';
const messages = (lang === 'ko' ? ko : en) as unknown as Record<string, Entry>;

interface State {
  sent: ToBackground[];
  handlers: Array<(msg: ToContent) => unknown>;
  valid: boolean;
}
const g = globalThis as unknown as { __platformState?: State; __platform?: typeof control };
const state: State = g.__platformState ?? { sent: [], handlers: [], valid: true };
g.__platformState = state;

export function onContentMessage(h: (msg: ToContent) => unknown): () => void {
  state.handlers.push(h);
  return () => {
    state.handlers = state.handlers.filter((x) => x !== h);
  };
}

export async function sendToBackground(msg: ToBackground): Promise<unknown> {
  state.sent.push(msg);
  if (msg.type === 'bg:get-settings') {
    // `?settings=fail` plays a background that cannot answer (not a reload: the context stays valid).
    if (/[?&]settings=fail\b/.test(globalThis.location?.search ?? ''))
      throw new Error('Could not establish connection. Receiving end does not exist.');
    return { version: 1, disabledOrigins: [], wholePage: false };
  }
  // Like the real messaging: an answer comes in a later task, as a structured copy.
  if (msg.type === 'bg:analyze') {
    await new Promise((resolve) => setTimeout(resolve, 0));
    return JSON.parse(JSON.stringify(analyzeForContent(msg, lang, fakeAnalyze)));
  }
  return undefined;
}

/** chrome.i18n.getMessage semantics: named placeholders → $n substitutions. */
export function t(key: string, substitutions?: string | string[]): string {
  const e = messages[key];
  if (!e) return key;
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  return e.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = e.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  });
}

export function uiLanguage(): 'ko' | 'en' {
  return lang;
}

export function isContextValid(): boolean {
  return state.valid;
}

/** The real build injects card.js on the first card; here the UI is in the bundle and arrives a task later. */
export async function loadCardUi(): Promise<CardUi> {
  state.sent.push({ type: 'bg:load-card' });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return cardUi;
}

/** Test controls, reached from page.evaluate through window.__platform. */
export const control = {
  sent: state.sent,
  /** Like runtime.onMessage: the first listener that answers wins. */
  send: async (msg: ToContent) => {
    for (const h of state.handlers) {
      const reply = await h(msg);
      if (reply !== undefined) return reply;
    }
    return undefined;
  },
  invalidate: () => {
    state.valid = false;
  },
  hasHandler: () => state.handlers.length > 0,
};
g.__platform = control;
