// The options page: whole-page scope, sites switched off or on, and the keyboard shortcuts.
import type { JSX } from 'preact';
import type { Translate } from '../shared/i18n.js';
import { Switch } from '../shared/switch.js';
import type { OptionsActions, OptionsData } from './types.js';

export interface OptionsAppProps {
  data: OptionsData;
  actions: OptionsActions;
  t: Translate;
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}

function SiteList(props: {
  id: string;
  origins: string[];
  empty: string;
  button: string;
  buttonLabel: (host: string) => string;
  onRemove: (origin: string) => void;
}): JSX.Element {
  if (props.origins.length === 0) return <p class="cl-opt__empty">{props.empty}</p>;
  return (
    <ul class="cl-opt__sites" id={props.id}>
      {props.origins.map((o) => (
        <li key={o} class="cl-opt__site">
          <span class="cl-opt__origin">{hostOf(o)}</span>
          <button
            type="button"
            class="cl-button cl-button--quiet"
            aria-label={props.buttonLabel(hostOf(o))}
            onClick={() => props.onRemove(o)}
          >
            {props.button}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function OptionsApp({ data, actions, t }: OptionsAppProps): JSX.Element {
  return (
    <main class="cl-opt">
      <header class="cl-opt__header">
        <img src="icons/icon-48.png" alt="" width="32" height="32" />
        <h1>{t('options_title')}</h1>
        {actions.openNotes ? (
          <button type="button" class="cl-link cl-opt__notes" onClick={() => actions.openNotes?.()}>
            {t('notes_open_all')}
          </button>
        ) : null}
      </header>
      {data.notice ? (
        <p class="cl-notice" role="alert">
          {data.notice}
        </p>
      ) : null}
      <section class="cl-opt__section" aria-labelledby="opt-scope">
        <h2 id="opt-scope">{t('options_scope_heading')}</h2>
        <Switch
          id="opt-whole-page"
          checked={data.settings.wholePage}
          label={t('options_whole_page')}
          description={t('options_whole_page_desc')}
          onChange={(on) => actions.setWholePage(on)}
        />
      </section>
      <section class="cl-opt__section" aria-labelledby="opt-card">
        <h2 id="opt-card">{t('options_card_heading')}</h2>
        <Switch
          id="opt-perspectives"
          checked={data.settings.perspectives !== false}
          label={t('options_perspectives')}
          description={t('options_perspectives_desc')}
          onChange={(on) => actions.setPerspectives(on)}
        />
      </section>
      <section class="cl-opt__section" aria-labelledby="opt-off">
        <h2 id="opt-off">{t('options_disabled_heading')}</h2>
        <SiteList
          id="opt-disabled-sites"
          origins={data.settings.disabledOrigins}
          empty={t('options_disabled_empty')}
          button={t('options_turn_on')}
          buttonLabel={(h) => t('options_turn_on_label', h)}
          onRemove={actions.enableOrigin}
        />
      </section>
      <section class="cl-opt__section" aria-labelledby="opt-on">
        <h2 id="opt-on">{t('options_enabled_heading')}</h2>
        <SiteList
          id="opt-enabled-sites"
          origins={data.userOrigins}
          empty={t('options_enabled_empty')}
          button={t('options_turn_off')}
          buttonLabel={(h) => t('options_turn_off_label', h)}
          onRemove={actions.forgetOrigin}
        />
      </section>
      <section class="cl-opt__section" aria-labelledby="opt-keys">
        <h2 id="opt-keys">{t('options_shortcuts_heading')}</h2>
        <table class="cl-opt__keys">
          <tbody>
            {data.shortcuts.map((s) => (
              <tr key={s.name}>
                <th scope="row">{s.description}</th>
                <td>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <em>{t('options_shortcut_none')}</em>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button
          type="button"
          class="cl-button cl-button--quiet"
          onClick={() => actions.openShortcutSettings()}
        >
          {t('options_shortcuts_change')}
        </button>
      </section>
      <p class="cl-opt__privacy">{t('options_privacy')}</p>
      <p class="cl-sr" role="status">
        {data.saved ? t('options_saved') : ''}
      </p>
    </main>
  );
}
