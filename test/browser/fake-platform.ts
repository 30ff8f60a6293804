// Stands in for src/platform in real-browser tests of the content entry: English messages from content.json,
// a recording sendToBackground, no extension API.
import en from '../../src/locales/en/content.json';
import type { ToBackground, ToContent } from '../../src/shared/messages.js';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const messages = en as unknown as Record<string, Entry>;

export const sent: ToBackground[] = [];
let handler: ((msg: ToContent) => unknown) | null = null;
let valid = true;

export function onContentMessage(h: (msg: ToContent) => unknown): () => void {
  handler = h;
  return () => {
    if (handler === h) handler = null;
  };
}

export async function sendToBackground(msg: ToBackground): Promise<unknown> {
  sent.push(msg);
  if (msg.type === 'bg:get-settings') return { version: 1, disabledOrigins: [], wholePage: false };
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
  return 'en';
}

export function isContextValid(): boolean {
  return valid;
}

/** Test controls, reached from page.evaluate through window.__platform. */
export const control = {
  sent,
  send: (msg: ToContent) => Promise.resolve(handler?.(msg)),
  invalidate: () => {
    valid = false;
  },
  hasHandler: () => handler !== null,
};
(globalThis as unknown as { __platform: typeof control }).__platform = control;
