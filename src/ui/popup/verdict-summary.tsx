// The reader's verdicts in the popup: a tag on each judged claim's row and the page's count per verdict.
import type { JSX } from 'preact';
import { VERDICT_GLYPH, VERDICTS, type Verdict } from '../../core/notes/types.js';
import type { ClaimSummary } from '../../shared/messages.js';
import { verdictKey } from '../card/note-panel.js';
import type { Translate } from '../shared/i18n.js';

export function VerdictTag({ verdict, t }: { verdict: Verdict; t: Translate }): JSX.Element {
  return (
    <span class="cl-verdict-tag" data-verdict={verdict}>
      <span aria-hidden="true">{VERDICT_GLYPH[verdict]} </span>
      {t(verdictKey(verdict))}
    </span>
  );
}

/** "Your verdicts: 1 Disputed, 2 Checked" — nothing when the reader judged no claim here. */
export function VerdictSummary({ claims, t }: { claims: ClaimSummary[]; t: Translate }): JSX.Element | null {
  const counts = new Map<Verdict, number>();
  for (const c of claims) if (c.verdict) counts.set(c.verdict, (counts.get(c.verdict) ?? 0) + 1);
  if (counts.size === 0) return null;
  const parts = VERDICTS.filter((v) => counts.has(v)).map((v) => `${counts.get(v)} ${t(verdictKey(v))}`);
  return (
    <p class="cl-verdicts" data-verdicts={[...counts.values()].reduce((a, b) => a + b, 0)}>
      {t('notes_popup_verdicts', parts.join(', '))}
    </p>
  );
}
