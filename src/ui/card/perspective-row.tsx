// The card's "In perspective" row: an amount or a count re-expressed in things a reader knows, each with its source.
import type { Perspective } from '../../core/perspectives.js';
import type { Translate } from './view-model.js';

export interface PerspectiveRowProps {
  perspectives: readonly Perspective[] | undefined;
  t: Translate;
}

/** Styles of the row, added to the card's stylesheet. */
export const PERSPECTIVE_CSS = `
.cl-card__persp { list-style: none; display: grid; gap: 0.3em; }
.cl-card__persp li { margin: 0; }
`;

export function PerspectiveRow({ perspectives, t }: PerspectiveRowProps) {
  if (!perspectives?.length) return null;
  return (
    <div class="cl-card__row">
      <dt>{t('card_perspective')}</dt>
      <dd class="cl-card__perspective">
        <ul class="cl-card__persp">
          {perspectives.map((p, i) => (
            <li key={`${p.kind}:${p.referenceId}`} data-kind={p.kind} data-ref={p.referenceId}>
              {p.text}
              <span class="cl-card__note">
                {/* Two lines from the same conversion say how it was converted once. */}
                {p.note && p.note !== perspectives[i - 1]?.note && `${p.note} · `}
                <a href={p.source.url} target="_blank" rel="noopener noreferrer">
                  {p.source.title}
                </a>
              </span>
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}
