// The caveat mark of a list row: a glyph and a number, with words for screen readers (never colour alone).
import type { JSX } from 'preact';
import type { Translate } from '../shared/i18n.js';

export function CaveatMark({
  caveats,
  warn,
  t,
}: {
  caveats: number;
  warn: number;
  t: Translate;
}): JSX.Element | null {
  if (caveats === 0) return null;
  const label =
    warn > 0
      ? t('popup_caveats_warn_label', [String(caveats), String(warn)])
      : t('popup_caveats_label', String(caveats));
  return (
    <span class={`cl-mark ${warn > 0 ? 'cl-mark--warn' : 'cl-mark--info'}`} title={label}>
      <span aria-hidden="true">
        {warn > 0 ? '⚠' : 'ⓘ'} {caveats}
      </span>
      <span class="cl-sr">{label}</span>
    </span>
  );
}
