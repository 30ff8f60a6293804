// The card's verdict buttons and note field: the reader's own conclusion about a claim, saved as they type (debounced).
// Data and the save action come as props; the panel never calls browser APIs.
import { Component } from 'preact';
import { MAX_NOTE, VERDICT_GLYPH, VERDICTS, type Verdict } from '../../core/notes/types.js';
import { when } from '../shared/when.js';
import type { Translate } from './view-model.js';

export interface NoteState {
  verdict: Verdict | null;
  note: string;
}

export interface NotePanelProps {
  claimId: string;
  t: Translate;
  verdict: Verdict | null;
  note: string;
  /** ISO time of the last change, null before the first. */
  modified: string | null;
  /** The quote the note was written on, when the page's text there reads differently now. */
  changedFrom?: string | null;
  /** Saves; resolves with the time of the change (ISO), rejects when it could not be saved. */
  onSave: (state: NoteState) => Promise<string>;
  /** UI language, for the date. */
  lang: 'ko' | 'en';
}

interface State extends NoteState {
  modified: string | null;
  status: 'idle' | 'saving' | 'failed';
}

/** Typing pauses this long before a note is saved. */
export const NOTE_DEBOUNCE_MS = 500;

export const verdictKey = (v: Verdict): string => `notes_verdict_${v.replace('-', '_')}`;

// A class, like the card: no preact/hooks in every tab's content script.
export class NotePanel extends Component<NotePanelProps, State> {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dirty = false;

  constructor(props: NotePanelProps) {
    super(props);
    this.state = { verdict: props.verdict, note: props.note, modified: props.modified, status: 'idle' };
  }

  override componentWillUnmount(): void {
    // A note typed just before the card closed is saved, not lost.
    this.flush();
  }

  private save(next: NoteState): void {
    this.setState({ status: 'saving' });
    this.props.onSave(next).then(
      (modified) => this.setState({ modified, status: 'idle' }),
      () => this.setState({ status: 'failed' }),
    );
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.dirty) return;
    this.dirty = false;
    this.save({ verdict: this.state.verdict, note: this.state.note });
  }

  private press(v: Verdict): void {
    // A second press on the pressed verdict clears it.
    const verdict = this.state.verdict === v ? null : v;
    clearTimeout(this.timer);
    this.dirty = false;
    this.setState({ verdict });
    this.save({ verdict, note: this.state.note });
  }

  private type(value: string): void {
    const note = value.slice(0, MAX_NOTE);
    this.setState({ note });
    this.dirty = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), NOTE_DEBOUNCE_MS);
  }

  override render(
    { t, claimId, changedFrom, lang }: NotePanelProps,
    { verdict, note, modified, status }: State,
  ) {
    const noteId = `cl-note-${claimId}`;
    const hintId = `cl-note-hint-${claimId}`;
    const groupId = `cl-verdict-${claimId}`;
    return (
      <section class="cl-notes" aria-labelledby={groupId}>
        <fieldset class="cl-notes__verdicts">
          <legend class="cl-card__h" id={groupId}>
            {t('notes_verdict_group')}
          </legend>
          {VERDICTS.map((v) => (
            <button
              key={v}
              type="button"
              class="cl-verdict"
              data-verdict={v}
              aria-pressed={verdict === v ? 'true' : 'false'}
              onClick={() => this.press(v)}
            >
              <span class="cl-verdict__glyph" aria-hidden="true">
                {VERDICT_GLYPH[v]}
              </span>
              {t(verdictKey(v))}
            </button>
          ))}
        </fieldset>
        {changedFrom && <p class="cl-notes__changed">{t('notes_text_changed', changedFrom)}</p>}
        <label class="cl-notes__label" for={noteId}>
          {t('notes_note_label')}
        </label>
        <textarea
          id={noteId}
          class="cl-notes__field"
          rows={3}
          maxLength={MAX_NOTE}
          aria-describedby={hintId}
          value={note}
          onInput={(e) => this.type((e.currentTarget as HTMLTextAreaElement).value)}
          onBlur={() => this.flush()}
        />
        <p class="cl-notes__hint" id={hintId}>
          {t('notes_note_hint', [String(note.length), String(MAX_NOTE)])}
        </p>
        <p class="cl-notes__status" aria-live="polite">
          {status === 'failed'
            ? t('notes_save_failed')
            : status === 'saving'
              ? t('notes_saving')
              : modified
                ? t('notes_changed_at', when(modified, lang))
                : ''}
        </p>
      </section>
    );
  }
}

export const NOTES_CSS = `
.cl-notes { margin-top: 0.8em; padding-top: 0.6em; border-top: 1px solid var(--line); }
.cl-notes__verdicts { display: flex; flex-wrap: wrap; gap: 0.35em; margin: 0 0 0.55em; padding: 0; border: 0; min-inline-size: 0; }
.cl-notes__verdicts legend { padding: 0; width: 100%; }
.cl-verdict {
  font: inherit; font-size: 0.9em; cursor: pointer; padding: 0.2em 0.6em; border-radius: 1em;
  border: 1px solid var(--line); background: var(--bg); color: var(--fg);
}
.cl-verdict:hover { background: var(--soft); }
.cl-verdict:focus-visible { outline: 2px solid var(--link); outline-offset: 1px; }
.cl-verdict__glyph { display: inline-block; min-width: 1em; font-weight: 700; }
.cl-verdict[aria-pressed="true"] { font-weight: 700; border-width: 2px; padding: calc(0.2em - 1px) calc(0.6em - 1px); }
.cl-verdict[aria-pressed="true"][data-verdict="checked"] { background: #dcfce7; color: #14532d; border-color: #15803d; }
.cl-verdict[aria-pressed="true"][data-verdict="disputed"] { background: #fee2e2; color: #7f1d1d; border-color: #b91c1c; }
.cl-verdict[aria-pressed="true"][data-verdict="misleading"] { background: #ffedd5; color: #7c2d12; border-color: #c2410c; }
.cl-verdict[aria-pressed="true"][data-verdict="needs-source"] { background: #e0e7ff; color: #1e1b4b; border-color: #4338ca; }
@media (forced-colors: active) {
  .cl-verdict[aria-pressed="true"] { forced-color-adjust: none; background: Highlight; color: HighlightText; border-color: Highlight; }
}
.cl-notes__label { display: block; font-weight: 600; font-size: 0.92em; margin-bottom: 0.2em; }
.cl-notes__field {
  display: block; width: 100%; min-height: 4.5em; resize: vertical; font: inherit; font-size: 0.95em;
  padding: 0.35em 0.45em; border: 1px solid var(--line); border-radius: 0.35em; background: var(--bg); color: var(--fg);
}
.cl-notes__field:focus-visible { outline: 2px solid var(--link); outline-offset: 1px; }
.cl-notes__hint, .cl-notes__status { color: var(--muted); font-size: 0.8em; margin-top: 0.2em; min-height: 1.2em; }
.cl-notes__changed { font-size: 0.85em; color: var(--warn); background: var(--warn-bg); padding: 0.3em 0.5em; border-radius: 0.35em; margin-bottom: 0.5em; }
`;
