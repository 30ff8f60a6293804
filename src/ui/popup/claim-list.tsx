// The page's claims grouped by kind; every row is a button in tab order, arrow keys move between rows.
import type { JSX } from 'preact';
import type { ClaimKind } from '../../core/types.js';
import type { ClaimSummary } from '../../shared/messages.js';
import { KIND_ORDER, kindKey, type Translate } from '../shared/i18n.js';
import { CaveatMark } from './caveat-mark.js';
import { VerdictTag } from './verdict-summary.js';

export interface ClaimListProps {
  claims: ClaimSummary[];
  t: Translate;
  onOpen: (id: string) => void;
}

function groupByKind(claims: ClaimSummary[]): [ClaimKind, ClaimSummary[]][] {
  const groups = new Map<ClaimKind, ClaimSummary[]>();
  for (const c of claims) {
    const list = groups.get(c.kind);
    if (list) list.push(c);
    else groups.set(c.kind, [c]);
  }
  const rank = (k: ClaimKind) => {
    const i = KIND_ORDER.indexOf(k);
    return i === -1 ? KIND_ORDER.length : i;
  };
  return [...groups.entries()].sort((a, b) => rank(a[0]) - rank(b[0]));
}

/** Up/Down/Home/End move focus between the row buttons (Tab still works too). */
function onKeyDown(e: KeyboardEvent): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(e.key)) return;
  const button = e.currentTarget as HTMLButtonElement;
  const root = button.closest('.cl-groups');
  if (!root) return;
  const rows = [...root.querySelectorAll<HTMLButtonElement>('button.cl-claim')];
  const at = rows.indexOf(button);
  if (at === -1) return;
  e.preventDefault();
  const next =
    e.key === 'Home' ? 0 : e.key === 'End' ? rows.length - 1 : at + (e.key === 'ArrowDown' ? 1 : -1);
  rows[Math.max(0, Math.min(rows.length - 1, next))]?.focus();
}

export function ClaimList({ claims, t, onOpen }: ClaimListProps): JSX.Element {
  return (
    <div class="cl-groups">
      {groupByKind(claims).map(([kind, items]) => (
        <section class="cl-group" key={kind} aria-labelledby={`cl-group-${kind}`}>
          <h2 class="cl-group__title" id={`cl-group-${kind}`}>
            {t(kindKey(kind))} <span class="cl-group__count">{items.length}</span>
          </h2>
          <ul class="cl-group__list">
            {items.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  class="cl-claim"
                  data-claim-id={c.id}
                  onClick={() => onOpen(c.id)}
                  onKeyDown={onKeyDown}
                >
                  <span class="cl-claim__head">
                    <span class="cl-claim__text">{c.text}</span>
                    {c.status && (
                      <span class="cl-claim__status" data-status={c.status}>
                        {t(`ext_status_${c.status}`)}
                      </span>
                    )}
                    <CaveatMark caveats={c.caveatCount} warn={c.warnCount} t={t} />
                    {c.verdict ? <VerdictTag verdict={c.verdict} t={t} /> : null}
                  </span>
                  <span class="cl-claim__snippet">{c.snippet}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
