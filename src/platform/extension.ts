// Extension API wrappers for the background, popup and options (tabs, badge, storage, scripting, permissions).
import browser from 'webextension-polyfill';
import type { Settings, ToBackground, ToContent } from '../shared/messages.js';
import { BADGE_BACKGROUND, BADGE_TEXT } from './badge-style.js';
import { mergeForSave, type ParsedSettings, parseSettings } from './settings.js';
import { originPattern, scriptIdFor } from './sites.js';
import { allowedFrom, parseToBackground, type SenderLike, senderKind } from './validate.js';

const SETTINGS_KEY = 'settings';
const NOTICE_KEY = 'settingsNotice';

export { BADGE_BACKGROUND, BADGE_TEXT };

export interface TabInfo {
  id: number;
  url: string | null;
}

// ---- messages ----

/** Background: handles validated messages from trusted senders only; others are dropped without an answer. */
export function onBackgroundMessage(
  handler: (msg: ToBackground, sender: { tabId: number | null; frameId: number | null }) => unknown,
): void {
  const runtimeId = browser.runtime.id;
  const extensionOrigin = browser.runtime.getURL('');
  browser.runtime.onMessage.addListener((raw: unknown, sender: SenderLike) => {
    const msg = parseToBackground(raw);
    if (!msg) return;
    const kind = senderKind(sender, runtimeId, extensionOrigin);
    if (!allowedFrom(msg, kind)) return;
    const tabId = kind === 'content' ? (sender.tab?.id ?? null) : null;
    return Promise.resolve(handler(msg, { tabId, frameId: sender.frameId ?? null }));
  });
}

export function sendToTab<T = unknown>(tabId: number, msg: ToContent): Promise<T> {
  return browser.tabs.sendMessage(tabId, msg, { frameId: 0 }) as Promise<T>;
}

// ---- tabs ----

export async function getTab(tabId: number): Promise<TabInfo | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    return { id: tabId, url: tab.url ?? null };
  } catch {
    return null;
  }
}

export async function activeTab(): Promise<TabInfo | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
}

/** Tabs showing a page of this origin (visible only where the extension has host permission). */
export async function tabsOfOrigin(origin: string): Promise<number[]> {
  try {
    const tabs = await browser.tabs.query({ url: originPattern(origin) });
    return tabs.flatMap((t) => (t.id === undefined ? [] : [t.id]));
  } catch {
    return [];
  }
}

/** Ids of the open tabs whose URL matches any of the patterns (host permission covers them: no "tabs" needed). */
export async function tabsMatching(patterns: string[]): Promise<number[]> {
  if (patterns.length === 0) return [];
  try {
    const tabs = await browser.tabs.query({ url: patterns });
    return tabs.flatMap((t) => (t.id === undefined ? [] : [t.id]));
  } catch {
    return [];
  }
}

/** A navigation started in a tab (new page: its claims are gone). */
export function onTabLoading(cb: (tabId: number) => void): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') cb(tabId);
  });
}

/** A tab finished loading (also after same-document and back/forward-cache navigations). */
export function onTabComplete(cb: (tabId: number) => void): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'complete') cb(tabId);
  });
}

export function onTabRemoved(cb: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => cb(tabId));
}

// ---- badge ----

export async function setBadge(tabId: number, count: number, title: string): Promise<void> {
  const text = count === 0 ? '' : count > 999 ? '999+' : String(count);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_BACKGROUND }),
    browser.action.setBadgeTextColor?.({ tabId, color: BADGE_TEXT }),
    browser.action.setTitle({ tabId, title }),
  ]);
}

export async function clearBadge(tabId: number, title: string): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title }),
  ]);
}

// ---- settings ----

export async function loadSettings(): Promise<ParsedSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Stores settings; `stored` (a newer version's object, see ParsedSettings) keeps its version and other fields. */
export async function saveSettings(settings: Settings, stored?: Record<string, unknown>): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: mergeForSave(settings, stored) });
}

export function onSettingsChanged(cb: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) cb();
  });
}

/** A message for the user about settings that had to be repaired; shown once by the popup or options page. */
export async function setSettingsNotice(notice: string | null): Promise<void> {
  if (notice === null) await browser.storage.local.remove(NOTICE_KEY);
  else await browser.storage.local.set({ [NOTICE_KEY]: notice });
}

export async function getSettingsNotice(): Promise<string | null> {
  const stored = await browser.storage.local.get(NOTICE_KEY);
  const v = stored[NOTICE_KEY];
  return typeof v === 'string' ? v : null;
}

// ---- scripting and permissions ----

/**
 * Runs the content script (and its stylesheet) in a tab's top frame now: activeTab or a host permission is needed.
 * Nothing is injected where a live content script already runs (a probe in the content scripts' own world asks), so
 * the stylesheet is not inserted again on every call.
 */
export async function injectContent(tabId: number): Promise<void> {
  const target = { tabId };
  const [probe] = await browser.scripting
    .executeScript({
      target,
      func: () => {
        const g = globalThis as unknown as Record<symbol, { alive?: () => boolean } | undefined>;
        return g[Symbol.for('claimlens.content')]?.alive?.() === true;
      },
    })
    .catch(() => [undefined]);
  if (probe?.result === true) return;
  await browser.scripting.insertCSS({ target, files: ['content.css'] });
  await browser.scripting.executeScript({ target, files: ['content.js'] });
}

/**
 * Runs card.js (the card UI) in the content-script world of the frame that asked: a content script already runs
 * there, so the host permission or activeTab grant that let it in covers this too.
 */
export async function injectCardUi(tabId: number, frameId: number | null): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId ?? 0] },
    files: ['card.js'],
  });
}

/** Asks the user for permanent access to one origin. Call straight from a click: the browsers require a user gesture. */
export function requestOrigin(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(origin)] });
}

export function hasOrigin(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(origin)] });
}

export async function removeOrigin(origin: string): Promise<void> {
  await browser.permissions.remove({ origins: [originPattern(origin)] });
}

export function onOriginsAdded(cb: (patterns: string[]) => void): void {
  browser.permissions.onAdded.addListener((p) => cb(p.origins ?? []));
}

export function onOriginsRemoved(cb: (patterns: string[]) => void): void {
  browser.permissions.onRemoved.addListener((p) => cb(p.origins ?? []));
}

/** Origins the user turned on permanently: one registered content script each. */
export async function registeredOrigins(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.flatMap((s) =>
    s.id.startsWith('site:') && s.matches?.[0] ? [s.matches[0].replace(/\/\*$/, '')] : [],
  );
}

export async function registerOrigin(origin: string): Promise<void> {
  const id = scriptIdFor(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) return;
  await browser.scripting.registerContentScripts([
    {
      id,
      matches: [originPattern(origin)],
      js: ['content.js'],
      css: ['content.css'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

export async function unregisterOrigin(origin: string): Promise<void> {
  const id = scriptIdFor(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [id] });
}

/** The built-in news sites: the manifest's content-script match patterns (one source of truth). */
export function defaultPatterns(): string[] {
  return browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? [];
}

export function fileAccessAllowed(): Promise<boolean> {
  return browser.extension.isAllowedFileSchemeAccess().catch(() => false);
}

// ---- commands and pages ----

export function onCommand(cb: (name: string) => void): void {
  browser.commands.onCommand.addListener((name) => cb(name));
}

export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

export async function shortcuts(): Promise<Shortcut[]> {
  const all = await browser.commands.getAll();
  return all.flatMap((c) =>
    c.name?.startsWith('_') || !c.name
      ? []
      : [{ name: c.name, description: c.description ?? '', shortcut: c.shortcut ?? '' }],
  );
}

/** Firefox has commands.openShortcutSettings(); Chrome has a page extensions may open. */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & {
    openShortcutSettings?: () => Promise<void>;
  };
  if (typeof commands.openShortcutSettings === 'function') {
    await commands.openShortcutSettings();
    return;
  }
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

export function openOptions(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

export function onInstalled(cb: () => void): void {
  browser.runtime.onInstalled.addListener(() => cb());
}
