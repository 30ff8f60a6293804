// The toolbar popup: the page's claims (filterable), the per-site switch, and plain words for pages it cannot read.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { SiteState } from '../../shared/messages.js';
import type { Translate } from '../shared/i18n.js';
import { Switch } from '../shared/switch.js';
import { ClaimList } from './claim-list.js';
import type { PopupActions, PopupView } from './types.js';
import { VerdictSummary } from './verdict-summary.js';

export interface PopupAppProps {
  view: PopupView;
  actions: PopupActions;
  t: Translate;
  notice?: string | null;
}

function host(site: SiteState | null): string | null {
  if (!site?.origin) return null;
  try {
    return new URL(site.origin).host;
  } catch {
    return null;
  }
}

function SiteSwitch({ site, actions, t }: { site: SiteState; actions: PopupActions; t: Translate }) {
  const name = host(site);
  if (!name || site.unsupported) return null;
  const on = !site.disabled && (site.onDefaultList || site.userEnabled);
  return (
    <Switch
      id="cl-site-switch"
      checked={on}
      label={t('popup_site_switch', name)}
      description={site.onDefaultList ? t('popup_site_default') : t('popup_site_permission')}
      onChange={(checked) => actions.setSiteEnabled(checked)}
    />
  );
}

/** The language's name in the popup's own language ("French", "프랑스어"), or its code when the browser has none. */
function languageName(code: string, t: Translate): string {
  try {
    return new Intl.DisplayNames([t('popup_locale')], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A page in a language ClaimLens does not read yet: why the list is empty, and the offer to read it anyway. */
function LanguageNote({
  language,
  actions,
  t,
}: {
  language: { unsupported: string; basic: boolean };
  actions: PopupActions;
  t: Translate;
}) {
  const name = languageName(language.unsupported, t);
  if (language.basic)
    return (
      <p class="cl-status" data-state="basic">
        {t('popup_lang_basic', name)}
      </p>
    );
  return (
    <div class="cl-block" data-state="unsupported-language">
      <p class="cl-status">{t('popup_lang_unsupported', name)}</p>
      {actions.readBasic ? (
        <button type="button" class="cl-button" onClick={() => actions.readBasic?.()}>
          {t('popup_lang_read_anyway')}
        </button>
      ) : null}
    </div>
  );
}

function Body({ view, actions, t }: PopupAppProps): JSX.Element {
  const [onlyCaveats, setOnlyCaveats] = useState(false);
  switch (view.kind) {
    case 'loading':
      return (
        <p class="cl-status" role="status">
          {t('popup_loading')}
        </p>
      );
    case 'error':
      return (
        <p class="cl-status" role="alert">
          {t('popup_error')} <span class="cl-status__detail">{view.message}</span>
        </p>
      );
    case 'unsupported':
      return (
        <p class="cl-status" role="status" data-state="unsupported">
          {t(`popup_unsupported_${view.reason.replace('-', '_')}`)}
        </p>
      );
    case 'disabled':
      return (
        <div class="cl-block">
          <SiteSwitch site={view.site} actions={actions} t={t} />
          <p class="cl-status" role="status" data-state="disabled">
            {t('popup_disabled')}
          </p>
        </div>
      );
    case 'not-running':
      return (
        <div class="cl-block">
          <p class="cl-status" data-state="not-running">
            {t('popup_not_running')}
          </p>
          <button type="button" class="cl-button" onClick={() => actions.annotate()}>
            {t('popup_annotate')}
          </button>
          {view.site ? <SiteSwitch site={view.site} actions={actions} t={t} /> : null}
        </div>
      );
    case 'ready': {
      const { list, site } = view;
      const warnClaims = list.claims.filter((c) => c.warnCount > 0).length;
      const withCaveats = list.claims.filter((c) => c.caveatCount > 0).length;
      const shown = onlyCaveats ? list.claims.filter((c) => c.caveatCount > 0) : list.claims;
      return (
        <div class="cl-block">
          <SiteSwitch site={site} actions={actions} t={t} />
          <p class="cl-summary" role="status" data-state="ready" data-count={list.claims.length}>
            {list.claims.length === 0
              ? list.language && !list.language.basic
                ? t('popup_lang_none')
                : t('popup_empty')
              : t('popup_summary', [String(list.claims.length), String(withCaveats), String(warnClaims)])}
            {list.pending ? ` ${t('popup_pending')}` : ''}
          </p>
          {list.language ? <LanguageNote language={list.language} actions={actions} t={t} /> : null}
          <VerdictSummary claims={list.claims} t={t} />
          {list.claims.length > 0 ? (
            <label class="cl-filter">
              <input
                type="checkbox"
                checked={onlyCaveats}
                onChange={(e) => setOnlyCaveats((e.currentTarget as HTMLInputElement).checked)}
              />{' '}
              {t('popup_filter_caveats')}
            </label>
          ) : null}
          {shown.length > 0 ? <ClaimList claims={shown} t={t} onOpen={actions.open} /> : null}
          {list.claims.length > 0 && shown.length === 0 ? (
            <p class="cl-status">{t('popup_filter_empty')}</p>
          ) : null}
        </div>
      );
    }
  }
}

export function PopupApp(props: PopupAppProps): JSX.Element {
  const { actions, t, notice } = props;
  return (
    <div class="cl-popup">
      <header class="cl-header">
        <img class="cl-header__logo" src="icons/icon-32.png" alt="" width="20" height="20" />
        <h1 class="cl-header__title">{t('ext_name')}</h1>
        <span class="cl-header__site">{host('site' in props.view ? props.view.site : null) ?? ''}</span>
      </header>
      {notice ? (
        <p class="cl-notice" role="alert">
          {notice}
        </p>
      ) : null}
      <main class="cl-main">
        <Body {...props} />
      </main>
      <footer class="cl-footer">
        <button type="button" class="cl-link" onClick={() => actions.openOptions()}>
          {t('popup_options')}
        </button>
        {actions.openNotes ? (
          <button type="button" class="cl-link" onClick={() => actions.openNotes?.()}>
            {t('notes_open_all')}
          </button>
        ) : null}
        <span class="cl-footer__local">{t('popup_local')}</span>
      </footer>
    </div>
  );
}
