// Popup entry: finds the tab (?tab=<id> for tests, else the active tab), asks the background and the content script,
// and renders the popup with actions wired to the extension.
import { render } from 'preact';
import {
  activeTab,
  getSettingsNotice,
  openOptions,
  openTab,
  pageUrl,
  requestOrigin,
  sendToBackground,
  sendToTab,
  setSettingsNotice,
  t,
  uiLanguage,
} from '../platform/index.js';
import type { ListReply, SiteState } from '../shared/messages.js';
import '../ui/popup/popup.css';
import { PopupApp } from '../ui/popup/popup-app.js';
import type { PopupActions, PopupView } from '../ui/popup/types.js';

const root = document.getElementById('app')!;
let tabId: number | null = null;
let site: SiteState | null = null;
let notice: string | null = null;

function show(view: PopupView): void {
  render(<PopupApp view={view} actions={actions} t={t} notice={notice} />, root);
}

async function targetTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  return (await activeTab())?.id ?? null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * cs:list: what the page has now (shown at once), then, while a long page is still being scanned, once more with
 * `wait` (the content script answers when its pass is done) — two messages, not a poll.
 */
async function listClaims(id: number, s: SiteState): Promise<ListReply | null> {
  let reply: ListReply | undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      reply = await sendToTab<ListReply>(id, { type: 'cs:list' });
      break;
    } catch {
      // Nothing listens yet: after an on-demand injection the script may still be starting.
      if (attempt >= 3) return null;
      await sleep(250);
    }
  }
  if (!reply || !Array.isArray(reply.claims)) return null;
  show({ kind: 'ready', site: s, list: reply });
  if (!reply.pending) return reply;
  const done = await sendToTab<ListReply>(id, { type: 'cs:list', wait: true }).catch(() => undefined);
  if (!done || !Array.isArray(done.claims)) return reply;
  show({ kind: 'ready', site: s, list: done });
  return done;
}

async function refresh(): Promise<void> {
  if (tabId === null) {
    show({ kind: 'error', message: 'no tab' });
    return;
  }
  site = (await sendToBackground({ type: 'bg:site-state', tabId })) as SiteState;
  if (site.unsupported) {
    show({ kind: 'unsupported', reason: site.unsupported, site });
    return;
  }
  if (site.disabled) {
    show({ kind: 'disabled', site });
    return;
  }
  const list = await listClaims(tabId, site);
  if (!list) show({ kind: 'not-running', site });
}

function fail(e: unknown): void {
  show({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
}

const actions: PopupActions = {
  open(id) {
    if (tabId === null) return;
    sendToTab(tabId, { type: 'cs:open', id })
      .then(() => window.close())
      .catch(fail);
  },
  setSiteEnabled(enabled) {
    if (tabId === null || !site?.origin) return;
    const origin = site.origin;
    const id = tabId;
    // The permission prompt must come straight from the click (user gesture), before any other await.
    const needsPermission = enabled && !site.onDefaultList && !site.userEnabled;
    const granted = needsPermission ? requestOrigin(origin) : Promise.resolve(true);
    granted
      .then(async (ok) => {
        if (!ok) return refresh();
        show({ kind: 'loading' });
        await sendToBackground({ type: 'bg:set-site', tabId: id, origin, enabled });
        await refresh();
      })
      .catch(fail);
  },
  annotate() {
    if (tabId === null) return;
    const id = tabId;
    show({ kind: 'loading' });
    sendToBackground({ type: 'bg:annotate-tab', tabId: id })
      .then(() => refresh())
      .catch(fail);
  },
  readBasic() {
    if (tabId === null || !site) return;
    const id = tabId;
    const s = site;
    show({ kind: 'loading' });
    sendToTab(id, { type: 'cs:read-basic' })
      .then(() => listClaims(id, s))
      .catch(fail);
  },
  openNotes() {
    openTab(pageUrl('notes.html'))
      .then(() => window.close())
      .catch(fail);
  },
  openOptions() {
    openOptions()
      .then(() => window.close())
      .catch(fail);
  },
};

async function main(): Promise<void> {
  document.documentElement.lang = uiLanguage();
  notice = await getSettingsNotice().catch(() => null);
  if (notice) await setSettingsNotice(null).catch(() => undefined);
  show({ kind: 'loading' });
  tabId = await targetTab();
  await refresh();
}

main().catch(fail);
