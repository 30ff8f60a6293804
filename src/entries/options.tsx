// Options entry: loads settings, user-enabled sites and shortcuts, and wires the options page's actions.
import { render } from 'preact';
import {
  getSettingsNotice,
  loadSettings,
  onSettingsChanged,
  openShortcutSettings,
  openTab,
  pageUrl,
  registeredOrigins,
  removeOrigin,
  saveSettings,
  setSettingsNotice,
  shortcuts,
  t,
  uiLanguage,
  unregisterOrigin,
} from '../platform/index.js';
import type { Settings } from '../shared/messages.js';
import { OptionsApp } from '../ui/options/options-app.js';
import type { OptionsActions, OptionsData } from '../ui/options/types.js';
import '../ui/options/options.css';

const root = document.getElementById('app')!;
let data: OptionsData | null = null;

function show(): void {
  if (data) render(<OptionsApp data={data} actions={actions} t={t} />, root);
}

async function load(saved = false): Promise<void> {
  const parsed = await loadSettings();
  let notice = await getSettingsNotice().catch(() => null);
  if (parsed.status === 'reset' || parsed.status === 'repaired') {
    await saveSettings(parsed.settings);
    notice = t('ext_settings_reset');
  }
  if (notice) await setSettingsNotice(null);
  data = {
    settings: parsed.settings,
    userOrigins: await registeredOrigins(),
    shortcuts: await shortcuts(),
    notice: notice ?? data?.notice ?? null,
    saved,
  };
  show();
}

async function update(change: (s: Settings) => Settings): Promise<void> {
  // A newer version's settings (a downgrade) are written into, never over: `stored` keeps its version and fields.
  const { settings, stored } = await loadSettings();
  await saveSettings(change(settings), stored);
  await load(true);
}

const actions: OptionsActions = {
  setWholePage(on) {
    void update((s) => ({ ...s, wholePage: on }));
  },
  setPerspectives(on) {
    void update((s) => ({ ...s, perspectives: on }));
  },
  enableOrigin(origin) {
    void update((s) => ({ ...s, disabledOrigins: s.disabledOrigins.filter((o) => o !== origin) }));
  },
  forgetOrigin(origin) {
    void (async () => {
      await unregisterOrigin(origin);
      await removeOrigin(origin).catch(() => undefined);
      await load(true);
    })();
  },
  openShortcutSettings() {
    void openShortcutSettings();
  },
  openNotes() {
    void openTab(pageUrl('notes.html'));
  },
};

document.documentElement.lang = uiLanguage();
onSettingsChanged(() => void load());
void load();
