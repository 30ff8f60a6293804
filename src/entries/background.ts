// Background: the analysis engine for content scripts (bg:analyze), badge per tab, settings, per-site on/off and
// permissions, keyboard shortcuts, content errors.

import type { UiLang } from '../core/types.js';
import {
  activeTab,
  classifyUrl,
  clearBadge,
  defaultPatterns,
  fileAccessAllowed,
  getTab,
  injectCardUi,
  injectContent,
  loadSettings,
  normalizeOrigin,
  onBackgroundMessage,
  onCommand,
  onInstalled,
  onList,
  onOriginsAdded,
  onOriginsRemoved,
  onTabComplete,
  onTabLoading,
  onTabRemoved,
  registeredOrigins,
  registerOrigin,
  removeOrigin,
  saveSettings,
  sendToTab,
  setBadge,
  setSettingsNotice,
  t,
  tabsMatching,
  tabsOfOrigin,
  unregisterOrigin,
} from '../platform/index.js';
import type { ListReply, Settings, SiteState, ToBackground } from '../shared/messages.js';
import { analyzeForContent, warmEngine } from './analysis.js';
import { ensureNotesIndex, handleNotes } from './notes-background.js';

/** Last counts per tab, for the popup; the badge itself lives in the browser and survives a worker restart. */
const counts = new Map<number, { count: number; warn: number }>();
/**
 * Tabs whose badge a navigation cleared while a content script had reported there: only these are asked for their
 * claims when the load completes (not every tab on every page load).
 */
const cleared = new Set<number>();
const loggedErrors = new Set<string>();

/**
 * The language the card's strings are served in, read from those very strings (content_ui_lang): the caveats' default
 * language. Neither '@@ui_locale' nor getUILanguage() always matches the bundle served (Chromium started with
 * --lang=ko serves Korean messages while both say en); the content script and this worker are served the same one.
 */
function cardLanguage(): UiLang {
  return t('content_ui_lang') === 'ko' ? 'ko' : 'en';
}

async function settings(): Promise<Settings> {
  return (await storedSettings()).settings;
}

/** The settings and, for a newer version's, the stored object a change must be written into (never over). */
async function storedSettings(): Promise<{ settings: Settings; stored?: Record<string, unknown> }> {
  const parsed = await loadSettings();
  if (parsed.status === 'newer') {
    // A downgrade: the newer settings are read as far as they can be and left exactly as they are.
    logOnce('settings', parsed.problem ?? 'newer settings');
    return { settings: parsed.settings, stored: parsed.stored };
  }
  if (parsed.status === 'reset' || parsed.status === 'repaired' || parsed.status === 'migrated') {
    // Store the repaired value so the problem is reported once, not on every read.
    await saveSettings(parsed.settings);
    if (parsed.status !== 'migrated') {
      console.warn(`ClaimLens: ${parsed.problem}`);
      await setSettingsNotice(t('ext_settings_reset'));
    }
  }
  return { settings: parsed.settings };
}

async function siteState(tabId: number): Promise<SiteState> {
  const tab = await getTab(tabId);
  const url = tab?.url ?? null;
  const { origin, unsupported } = classifyUrl(url, await fileAccessAllowed());
  const s = await settings();
  const user = origin ? (await registeredOrigins()).includes(origin) : false;
  const c = counts.get(tabId);
  return {
    tabId,
    url,
    origin,
    unsupported,
    onDefaultList: onList(defaultPatterns(), url),
    userEnabled: user,
    disabled: origin !== null && s.disabledOrigins.includes(origin),
    count: c?.count ?? null,
    warn: c?.warn ?? null,
  };
}

async function disableOnTabs(origin: string, tabId: number): Promise<void> {
  const tabs = new Set([tabId, ...(await tabsOfOrigin(origin))]);
  for (const id of tabs) {
    const tab = await getTab(id);
    if (!tab || normalizeOrigin(tab.url) !== origin) continue;
    await sendToTab(id, { type: 'cs:disable' }).catch(() => undefined);
    counts.delete(id);
    await clearBadge(id, t('ext_action_title')).catch(() => undefined);
  }
}

/** On: a default site leaves the off list; another site gets a registered script (its permission was just granted). */
async function setSite(tabId: number, rawOrigin: string, enabled: boolean): Promise<SiteState> {
  const origin = normalizeOrigin(rawOrigin);
  if (!origin) throw new Error('not a web origin');
  const { settings: s, stored } = await storedSettings();
  const tab = await getTab(tabId);
  const isDefault = onList(defaultPatterns(), `${origin}/`);
  if (enabled) {
    if (s.disabledOrigins.includes(origin)) {
      await saveSettings({ ...s, disabledOrigins: s.disabledOrigins.filter((o) => o !== origin) }, stored);
    }
    if (!isDefault) await registerOrigin(origin);
    if (tab && normalizeOrigin(tab.url) === origin) await injectContent(tabId).catch(logInjectError);
  } else {
    if (isDefault) {
      if (!s.disabledOrigins.includes(origin)) {
        await saveSettings({ ...s, disabledOrigins: [...s.disabledOrigins, origin].sort() }, stored);
      }
    } else {
      await unregisterOrigin(origin);
      // Least privilege: the permission goes with the switch.
      await removeOrigin(origin).catch(() => undefined);
    }
    await disableOnTabs(origin, tabId);
  }
  return siteState(tabId);
}

async function updateBadge(tabId: number, count: number, warn: number): Promise<void> {
  counts.set(tabId, { count, warn });
  const title =
    count > 0 ? t('ext_action_title_counts', [String(count), String(warn)]) : t('ext_action_title');
  await setBadge(tabId, count, title);
}

function logInjectError(e: unknown): void {
  logOnce('inject', e instanceof Error ? e.message : String(e));
}

function logOnce(where: string, message: string): void {
  const key = `${where}\u0000${message}`;
  if (loggedErrors.has(key) || loggedErrors.size > 200) return;
  loggedErrors.add(key);
  console.warn(`ClaimLens content error in ${where}: ${message}`);
}

async function handle(
  msg: ToBackground,
  from: { tabId: number | null; frameId: number | null },
): Promise<unknown> {
  switch (msg.type) {
    case 'bg:count': {
      if (from.tabId === null || (from.frameId !== null && from.frameId !== 0)) return undefined;
      await updateBadge(from.tabId, msg.count, msg.warn);
      return undefined;
    }
    case 'bg:error':
      logOnce(msg.where, msg.message);
      return undefined;
    case 'bg:get-settings':
      return settings();
    case 'bg:site-state':
      return siteState(msg.tabId);
    case 'bg:set-site':
      return setSite(msg.tabId, msg.origin, msg.enabled);
    case 'bg:annotate-tab':
      await injectContent(msg.tabId);
      return siteState(msg.tabId);
    case 'bg:load-card':
      if (from.tabId === null) throw new Error('bg:load-card comes from a tab');
      await injectCardUi(from.tabId, from.frameId);
      return true;
    case 'bg:analyze':
      // Synchronous and pure: a few ms per piece, in the extension's own process, never on the page's main thread.
      return analyzeForContent(msg, cardLanguage());
    default:
      // The reader's notes (bg:notes-*).
      return handleNotes(msg, from);
  }
}

onBackgroundMessage((msg, from) => handle(msg, from));

onTabLoading((tabId) => {
  if (counts.delete(tabId)) cleared.add(tabId);
  clearBadge(tabId, t('ext_action_title')).catch(() => undefined);
  // A page is on its way: warm the engine now (once per worker), not when its content script asks.
  setTimeout(() => {
    try {
      warmEngine(cardLanguage());
    } catch (e) {
      logOnce('warm-up', e instanceof Error ? e.message : String(e));
    }
  }, 0);
});
onTabRemoved((tabId) => {
  counts.delete(tabId);
  cleared.delete(tabId);
});

// An SPA's same-document navigation clears the badge above while its content script lives on without a new pass: ask
// it for its claims once the tab has settled — only in a tab that had counts (a page restored from the back/forward
// cache reports by itself on pageshow).
onTabComplete((tabId) => {
  if (!cleared.delete(tabId)) return;
  sendToTab<ListReply>(tabId, { type: 'cs:list' })
    .then((reply) => {
      if (!reply || !Array.isArray(reply.claims) || reply.pending) return;
      const count = reply.claims.length;
      const warn = reply.claims.filter((c) => c.warnCount > 0).length;
      return updateBadge(tabId, count, warn);
    })
    .catch(() => undefined);
});

onCommand((name) => {
  const direction = name === 'next-claim' ? 1 : name === 'prev-claim' ? -1 : 0;
  if (!direction) return;
  void (async () => {
    const tab = await activeTab();
    if (tab) await sendToTab(tab.id, { type: 'cs:step', direction }).catch(() => undefined);
  })();
});

// A permission granted for one site (the popup asks; Firefox closes the popup while it asks) turns the site on.
onOriginsAdded((patterns) => {
  void (async () => {
    for (const p of patterns) {
      const origin = normalizeOrigin(p.replace(/\/\*$/, ''));
      if (!origin || onList(defaultPatterns(), `${origin}/`)) continue;
      await registerOrigin(origin).catch(logInjectError);
      for (const tabId of await tabsOfOrigin(origin)) await injectContent(tabId).catch(logInjectError);
    }
  })();
});

// A permission revoked in the browser's own UI takes the registered script with it.
onOriginsRemoved((patterns) => {
  for (const p of patterns) {
    const origin = normalizeOrigin(p.replace(/\/\*$/, ''));
    if (origin) unregisterOrigin(origin).catch(() => undefined);
  }
});

// Validate (and if need be repair) stored settings as soon as the extension is installed or updated.
// Chromium does not put content scripts into tabs that were already open when the extension was installed,
// updated or reloaded (Firefox does): inject them, so an open article keeps its highlights across an update. The
// new script's handover event makes the orphaned one clean up; a second injection is a no-op.
onInstalled(() => {
  settings().catch((e) => console.warn('ClaimLens: settings check failed', e));
  // A store written before the notes index existed (or with a damaged one) gets its index now, not on My notes.
  ensureNotesIndex().catch((e) => console.warn('ClaimLens: notes index check failed', e));
  void (async () => {
    for (const tabId of await tabsMatching(defaultPatterns()))
      await injectContent(tabId).catch(logInjectError);
  })();
});
