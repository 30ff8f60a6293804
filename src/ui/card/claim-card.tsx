// The claim card: what a number is, where it comes from and what to watch out for. Data and actions come as props.
import { Component, type ComponentChildren } from 'preact';
import type { Caveat } from '../../core/types.js';
import { PerspectiveRow } from './perspective-row.js';
import type { CardModel, Translate } from './view-model.js';

export interface ClaimCardProps {
  model: CardModel;
  t: Translate;
  onClose: () => void;
  /** More sections at the card's end (the reader's verdict and note). */
  children?: ComponentChildren;
}

/** How many caveats show before the "N more" toggle; all of them when there are only one more than this. */
const SHOWN = 2;

function CaveatItem({ caveat, t }: { caveat: Caveat; t: Translate }) {
  const warn = caveat.severity === 'warn';
  return (
    <li class="cl-caveat" data-severity={caveat.severity} data-rule={caveat.id}>
      <p class="cl-caveat__title">
        {/* Severity in words and a symbol, never only by colour. */}
        <span class="cl-caveat__severity">
          <span aria-hidden="true">{warn ? '⚠ ' : 'ⓘ '}</span>
          {t(warn ? 'card_severity_warn' : 'card_severity_info')}
        </span>{' '}
        {caveat.title}
      </p>
      <p class="cl-caveat__detail">{caveat.detail}</p>
      {caveat.sources.length > 0 && (
        <p class="cl-caveat__sources">
          {t('card_sources')}{' '}
          {caveat.sources.map((s, i) => (
            <span key={s.url}>
              {i > 0 && ', '}
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>
            </span>
          ))}
        </p>
      )}
    </li>
  );
}

// A class rather than a function with useState: the card's one bit of state does not justify shipping preact/hooks
// (2 KB) in every tab's content script.
export class ClaimCard extends Component<ClaimCardProps, { expanded: boolean }> {
  override state = { expanded: false };

  override render({ model, t, onClose, children }: ClaimCardProps, { expanded }: { expanded: boolean }) {
    const setExpanded = (v: boolean) => this.setState({ expanded: v });
    const all = model.caveats;
    const collapsible = all.length > SHOWN + 1;
    const shown = collapsible && !expanded ? all.slice(0, SHOWN) : all;
    const hidden = all.length - SHOWN;
    const titleId = `cl-card-title-${model.id}`;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        onClose();
      }
    };
    return (
      <div
        class="cl-card"
        role="dialog"
        aria-label={t('card_label', model.text)}
        aria-describedby={titleId}
        data-claim-id={model.id}
        data-kind={model.kind}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <div class="cl-card__head">
          <span class="cl-card__kind">
            {t(`card_kind_${model.kind}`)}
            {model.status && (
              <span class="cl-card__status" data-status={model.status.kind}>
                {t(`ext_status_${model.status.kind}`)}
              </span>
            )}
          </span>
          <button
            type="button"
            class="cl-card__close"
            aria-label={t('card_close')}
            title={t('card_close')}
            onClick={onClose}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <p class="cl-card__claim" id={titleId}>
          {model.text}
        </p>
        <dl class="cl-card__facts">
          {/* The value row only when normalizing says something the claim's own text does not. */}
          {(model.value !== model.text || model.valueAlt || model.qualifiers.length > 0) && (
            <div class="cl-card__row">
              <dt>{t('card_value')}</dt>
              <dd class="cl-card__value">
                {model.value}
                {model.valueAlt && <span class="cl-card__alt"> ({model.valueAlt})</span>}
                {model.qualifiers.map((q) => (
                  <span key={q} class="cl-card__tag">
                    {t(`card_q_${q}`)}
                  </span>
                ))}
              </dd>
            </div>
          )}
          {model.conversion && (
            <div class="cl-card__row">
              <dt>{t('card_conversion')}</dt>
              <dd class="cl-card__conversion">
                ≈ {model.conversion.text}
                <span class="cl-card__alt"> ({model.conversion.alt})</span>
                <span class="cl-card__note">
                  {t('card_rate', [model.conversion.rate, model.conversion.month])}
                  {model.conversion.estimated && ` ${t('card_rate_estimated')}`}{' '}
                  <a href={model.conversion.source.url} target="_blank" rel="noopener noreferrer">
                    {model.conversion.source.title}
                  </a>
                </span>
              </dd>
            </div>
          )}
          {model.status && (
            <div class="cl-card__row">
              <dt>{t('card_status')}</dt>
              <dd class="cl-card__status-note">
                {model.status.kind === 'forecast'
                  ? model.status.cue
                    ? t('card_status_forecast_cue', model.status.cue)
                    : t('card_status_forecast_note')
                  : t('card_status_result_note')}
              </dd>
            </div>
          )}
          <PerspectiveRow perspectives={model.perspectives} t={t} />
          {model.attribution && (
            <div class="cl-card__row">
              <dt>{t('card_attribution')}</dt>
              <dd class="cl-card__attribution">
                {model.attribution.text}{' '}
                <span class="cl-card__tag">{t(`card_attr_${model.attribution.kind.replace('-', '_')}`)}</span>
              </dd>
            </div>
          )}
          {model.compared && (
            <div class="cl-card__row">
              <dt>{t('card_compared')}</dt>
              <dd class="cl-card__compared">
                {model.compared.text}
                {model.compared.difference && (
                  <span class="cl-card__diff"> ({t('card_difference', model.compared.difference)})</span>
                )}
              </dd>
            </div>
          )}
        </dl>
        {model.sentence && (
          <blockquote class="cl-card__sentence">
            {model.sentence.before}
            <mark>{model.sentence.claim}</mark>
            {model.sentence.after}
          </blockquote>
        )}
        <section class="cl-card__caveats" aria-label={t('card_caveats')}>
          <h3 class="cl-card__h">
            {t('card_caveats')} {all.length > 0 && <span class="cl-card__count">{all.length}</span>}
          </h3>
          {all.length === 0 ? (
            <p class="cl-card__none">{t('card_no_caveats')}</p>
          ) : (
            <ul class="cl-card__list">
              {shown.map((c) => (
                <CaveatItem key={c.id} caveat={c} t={t} />
              ))}
            </ul>
          )}
          {collapsible && (
            <button
              type="button"
              class="cl-card__more"
              aria-expanded={expanded}
              onClick={() => setExpanded(!expanded)}
            >
              {expanded ? t('card_less') : t('card_more', String(hidden))}
            </button>
          )}
        </section>
        {children}
      </div>
    );
  }
}
