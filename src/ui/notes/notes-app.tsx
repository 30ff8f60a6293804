// The My notes page: every verdict and note across sites, newest first, with search, filters, open-at-claim, edit,
// delete with undo, export and import. Data and actions come as props.
import type { JSX } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ExportFormat } from '../../core/notes/export.js';
import { MAX_NOTE, type Note, VERDICT_GLYPH, VERDICTS, type Verdict } from '../../core/notes/types.js';
import { verdictKey } from '../card/note-panel.js';
import { afterPaint } from '../shared/after-paint.js';
import type { Translate } from '../shared/i18n.js';
import { when } from '../shared/when.js';
import {
  applyFilter,
  isNoFilter,
  NO_FILTER,
  type NotesFilter,
  siteOfNote,
  sortNewestFirst,
} from './filter.js';
import type { ImportReport, NotesActions, NotesData } from './types.js';

export interface NotesAppProps {
  data: NotesData;
  actions: NotesActions;
  t: Translate;
}

/** Rows rendered at first (and per "show more"): 10,000 notes filter in memory, but are not all put in the DOM. */
export const PAGE = 100;
/** Rows in the very first render (more than a tall window shows); the rest of the first PAGE follow after it paints. */
const FIRST_ROWS = 20;
const FORMATS: ExportFormat[] = ['json', 'csv', 'md', 'claimreview'];

function VerdictButtons(props: {
  value: Verdict | null;
  onChange: (v: Verdict | null) => void;
  t: Translate;
}) {
  return (
    <fieldset class="cl-notes-edit__verdicts">
      <legend>{props.t('notes_verdict_group')}</legend>
      {VERDICTS.map((v) => (
        <button
          key={v}
          type="button"
          class="cl-verdict-btn"
          data-verdict={v}
          aria-pressed={props.value === v ? 'true' : 'false'}
          onClick={() => props.onChange(props.value === v ? null : v)}
        >
          <span aria-hidden="true">{VERDICT_GLYPH[v]} </span>
          {props.t(verdictKey(v))}
        </button>
      ))}
    </fieldset>
  );
}

function NoteRow(props: {
  note: Note;
  t: Translate;
  lang: 'ko' | 'en';
  actions: NotesActions;
  onDeleted: (n: Note) => void;
}): JSX.Element {
  const { note: n, t, actions } = props;
  const [editing, setEditing] = useState(false);
  const [verdict, setVerdict] = useState<Verdict | null>(n.verdict);
  const [text, setText] = useState(n.note);
  const fieldId = `cl-edit-${n.id}`;
  const notFound = n.anchor && !n.anchor.found;
  return (
    <li
      class="cl-note"
      data-note-id={n.id}
      data-verdict={n.verdict ?? 'none'}
      data-found={n.anchor ? String(n.anchor.found) : ''}
    >
      <div class="cl-note__head">
        <span class="cl-note__quote">{n.quote.exact}</span>
        {n.verdict ? (
          <span class="cl-verdict-tag" data-verdict={n.verdict}>
            <span aria-hidden="true">{VERDICT_GLYPH[n.verdict]} </span>
            {t(verdictKey(n.verdict))}
          </span>
        ) : (
          <span class="cl-verdict-tag">{t('notes_page_no_verdict')}</span>
        )}
        <time class="cl-note__time" dateTime={n.modified}>
          {when(n.modified, props.lang)}
        </time>
      </div>
      <p class="cl-note__context">
        <span class="cl-visually-hidden">{t('notes_page_quote')}: </span>…{n.quote.prefix}
        <mark>{n.quote.exact}</mark>
        {n.quote.suffix}…
      </p>
      {notFound ? (
        <p class="cl-note__missing" data-missing="">
          <span aria-hidden="true">⚠ </span>
          {t('notes_page_not_found')}: “{n.quote.exact}”
        </p>
      ) : null}
      {editing ? (
        <form
          class="cl-notes-edit"
          onSubmit={(e) => {
            e.preventDefault();
            void actions.save(n, { verdict, note: text }).then(() => setEditing(false));
          }}
        >
          <VerdictButtons value={verdict} onChange={setVerdict} t={t} />
          <label for={fieldId}>{t('notes_note_label')}</label>
          <textarea
            id={fieldId}
            rows={4}
            maxLength={MAX_NOTE}
            value={text}
            onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value.slice(0, MAX_NOTE))}
          />
          <div class="cl-note__actions">
            <button type="submit" class="cl-btn cl-btn--primary">
              {t('notes_page_save')}
            </button>
            <button type="button" class="cl-btn" onClick={() => setEditing(false)}>
              {t('notes_page_cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          {n.note ? <p class="cl-note__text">{n.note}</p> : null}
          <p class="cl-note__page">
            <a href={n.url} target="_blank" rel="noopener noreferrer">
              {n.title || t('notes_page_untitled')}
            </a>{' '}
            <span class="cl-note__site">{siteOfNote(n)}</span>
          </p>
          <div class="cl-note__actions">
            <button type="button" class="cl-btn" onClick={() => actions.open(n)}>
              {t('notes_page_open')}
            </button>
            <button
              type="button"
              class="cl-btn"
              onClick={() => {
                setVerdict(n.verdict);
                setText(n.note);
                setEditing(true);
              }}
            >
              {t('notes_page_edit')}
            </button>
            <button
              type="button"
              class="cl-btn"
              onClick={() => void actions.remove(n).then(() => props.onDeleted(n))}
            >
              {t('notes_page_delete')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}

function Report({ report, t }: { report: ImportReport; t: Translate }): JSX.Element {
  if (report.error)
    return (
      <div class="cl-report" role="alert" data-result="failed">
        {t('notes_page_import_failed', report.error)}
      </div>
    );
  const skipped = report.skipped ?? [];
  return (
    <div
      class="cl-report"
      role="status"
      data-result="done"
      data-added={report.added}
      data-skipped={skipped.length}
    >
      <p>
        {t('notes_page_import_done', [
          String(report.added ?? 0),
          String(report.updated ?? 0),
          String(report.unchanged ?? 0),
        ])}
      </p>
      {skipped.length > 0 ? (
        <>
          <p>{t('notes_page_import_skipped', String(skipped.length))}</p>
          <ul>
            {skipped.slice(0, 50).map((s) => (
              <li key={s.index}>{t('notes_page_import_item', [String(s.index), s.reason])}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

export function NotesApp({ data, actions, t }: NotesAppProps): JSX.Element {
  const [filter, setFilter] = useState<NotesFilter>(NO_FILTER);
  const [limit, setLimit] = useState(FIRST_ROWS);
  useEffect(() => afterPaint(() => setLimit((l) => Math.max(l, PAGE))), []);
  const [deleted, setDeleted] = useState<Note[]>([]);
  const [report, setReport] = useState<ImportReport | null>(null);
  const sorted = useMemo(() => sortNewestFirst(data.notes), [data.notes]);
  const filtering = !isNoFilter(filter);
  // Until every note is read, only the unfiltered list is known (its newest notes); a filter waits for the rest.
  const waiting = !data.complete && filtering;
  const shown = useMemo(
    () => (waiting ? [] : filtering ? applyFilter(sorted, filter) : sorted),
    [sorted, filter, waiting, filtering],
  );
  const matching = data.complete || filtering ? shown.length : data.total;
  const set = (change: Partial<NotesFilter>) => {
    setFilter({ ...filter, ...change });
    setLimit(PAGE);
  };
  return (
    <div class="cl-notes-page">
      <header class="cl-notes-page__header">
        <img src="icons/icon-32.png" alt="" width="28" height="28" />
        <h1>{t('notes_page_heading')}</h1>
      </header>
      <p class="cl-notes-page__local">{t('notes_page_local')}</p>
      {data.setAside > 0 ? (
        <p class="cl-notice" role="alert">
          {t('notes_page_set_aside', String(data.setAside))}
        </p>
      ) : null}
      <search class="cl-filters">
        <label>
          {t('notes_page_search')}
          <input
            type="search"
            value={filter.query}
            onInput={(e) => set({ query: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
        <label>
          {t('notes_page_filter_verdict')}
          <select
            value={filter.verdict}
            onChange={(e) =>
              set({ verdict: (e.currentTarget as HTMLSelectElement).value as NotesFilter['verdict'] })
            }
          >
            <option value="">{t('notes_page_any')}</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {t(verdictKey(v))}
              </option>
            ))}
            <option value="none">{t('notes_page_no_verdict')}</option>
          </select>
        </label>
        <label>
          {t('notes_page_filter_site')}
          <select
            value={filter.site}
            onChange={(e) => set({ site: (e.currentTarget as HTMLSelectElement).value })}
          >
            <option value="">{t('notes_page_any')}</option>
            {data.sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('notes_page_filter_from')}
          <input
            type="date"
            value={filter.from}
            onInput={(e) => set({ from: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
        <label>
          {t('notes_page_filter_to')}
          <input
            type="date"
            value={filter.to}
            onInput={(e) => set({ to: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
      </search>
      {deleted.length > 0 ? (
        <p class="cl-undo" role="status">
          {t('notes_page_deleted')}{' '}
          <button
            type="button"
            class="cl-btn"
            onClick={() => void actions.restore(deleted).then(() => setDeleted([]))}
          >
            {t('notes_page_undo')}
          </button>
        </p>
      ) : null}
      <p
        class="cl-notes-page__count"
        role="status"
        data-shown={matching}
        data-total={data.total}
        data-complete={String(data.complete)}
      >
        {data.total === 0
          ? t('notes_page_empty')
          : waiting
            ? t('notes_page_reading', String(data.total))
            : matching === 0
              ? t('notes_page_none_match')
              : t('notes_page_count', [String(matching), String(data.total)])}
      </p>
      <ol class="cl-note-list" aria-busy={waiting ? 'true' : 'false'}>
        {shown.slice(0, limit).map((n) => (
          <NoteRow
            key={`${n.id}:${n.modified}`}
            note={n}
            t={t}
            lang={data.lang}
            actions={actions}
            onDeleted={(gone) => setDeleted([gone])}
          />
        ))}
      </ol>
      {matching > limit ? (
        <button type="button" class="cl-btn" onClick={() => setLimit(limit + PAGE * 5)}>
          {`${Math.min(limit, matching)} / ${matching} …`}
        </button>
      ) : null}
      <section class="cl-notes-page__section" aria-labelledby="cl-export-h">
        <h2 id="cl-export-h">{t('notes_page_export')}</h2>
        <p class="cl-notes-page__help">{t('notes_page_export_scope')}</p>
        <div class="cl-note__actions">
          {FORMATS.map((f) => (
            <button
              key={f}
              type="button"
              class="cl-btn"
              data-format={f}
              // The whole list is exported: wait until every note is read.
              disabled={!data.complete || shown.length === 0}
              onClick={() => actions.exportNotes(shown, f)}
            >
              {t(`notes_page_export_${f}`)}
            </button>
          ))}
        </div>
      </section>
      <section class="cl-notes-page__section" aria-labelledby="cl-import-h">
        <h2 id="cl-import-h">
          <label for="cl-import">{t('notes_page_import')}</label>
        </h2>
        <input
          id="cl-import"
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (!file) return;
            void actions.importFile(file).then((r) => {
              setReport(r);
              input.value = '';
            });
          }}
        />
        {report ? <Report report={report} t={t} /> : null}
      </section>
    </div>
  );
}
