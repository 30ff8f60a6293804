// My notes entry: shows the first screen from the notes index and the pages of the newest notes, then reads every
// note; wires the page's actions (changes go through the background, the store's one writer; export downloads a file
// made here; nothing leaves the device).
import { render } from 'preact';
import { EXPORT_TYPES, type ExportFormat, exportNotes, VERDICT_NAMES } from '../core/notes/export.js';
import { parseImport } from '../core/notes/import.js';
import {
  byPage,
  type NotesIndex,
  sitesOfIndex,
  storageKey,
  totalNotes,
  withPages,
} from '../core/notes/index.js';
import type { Note } from '../core/notes/types.js';
import { VERDICTS } from '../core/notes/types.js';
import {
  onNotesChanged,
  readAllPages,
  readFirstScreen,
  readPages,
  sendToBackground,
  t,
  takeNotesNotice,
} from '../platform/index.js';
import type { NotesImportReply } from '../shared/notes-messages.js';
import { verdictKey } from '../ui/card/note-panel.js';
import { sitesOf } from '../ui/notes/filter.js';
import { NotesApp, PAGE } from '../ui/notes/notes-app.js';
import type { NotesActions, NotesData } from '../ui/notes/types.js';
import { afterPaint } from '../ui/shared/after-paint.js';
import '../ui/notes/notes.css';

const root = document.getElementById('app')!;
// The language the strings are served in (Chromium started with --lang=ko serves Korean while getUILanguage says en).
const lang: 'ko' | 'en' = t('content_ui_lang') === 'ko' ? 'ko' : 'en';
let data: NotesData = { notes: [], complete: false, total: 0, sites: [], setAside: 0, lang };
/** The notes read so far, by page key: the first screen's pages, then every page once `complete`. */
let pages = new Map<string, Note[]>();
/** The index the first screen was read from (kept up to date with the pages re-read since); null once complete. */
let index: NotesIndex | null = null;
/** Pages changed (by any tab or the background) and not yet read again. */
const changed = new Set<string>();
/** Whether every page is being read; pages re-read meanwhile are read again after it (it may have read them before). */
let reading = true;
const rereadAfter = new Set<string>();

function show(): void {
  render(<NotesApp data={data} actions={actions} t={t} />, root);
}

function showPages(): void {
  const notes = [...pages.values()].flat();
  data = index
    ? { ...data, notes, complete: false, total: totalNotes(index), sites: sitesOfIndex(index) }
    : { ...data, notes, complete: true, total: notes.length, sites: sitesOf(notes) };
  show();
}

/** Reads every page; has the index rebuilt if it did not match them (written by an older version, or damaged). */
async function readAll(): Promise<void> {
  reading = true;
  const all = await readAllPages().finally(() => {
    reading = false;
  });
  for (const k of rereadAfter) changed.add(k);
  rereadAfter.clear();
  pages = all.pages;
  index = null;
  if (!all.indexFresh) sendToBackground({ type: 'bg:notes-reindex' }).catch(() => undefined);
  showPages();
  performance.measure('claimlens:notes-complete', 'claimlens:notes-start');
  if (changed.size > 0) await refresh([]);
}

/** Reads again the pages that changed (and `keys`), instead of the whole store. */
async function refresh(keys: Array<string | null>): Promise<void> {
  for (const k of keys) if (k) changed.add(k);
  const todo = [...changed];
  changed.clear();
  if (reading) for (const k of todo) rereadAfter.add(k);
  const fresh = await readPages(todo);
  for (const [key, notes] of fresh) {
    if (notes.length > 0) pages.set(key, notes);
    else pages.delete(key);
  }
  if (index) index = withPages(index, fresh);
  showPages();
}

function download(text: string, format: ExportFormat): void {
  const { extension, mime } = EXPORT_TYPES[format];
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `claimlens-notes-${new Date().toISOString().slice(0, 10)}.${extension}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** CSV and Markdown name verdicts in the reader's language; JSON and ClaimReview keep the exchange vocabulary. */
function verdictNames(): Record<Note['verdict'] & string, string> {
  if (lang === 'en') return VERDICT_NAMES;
  return Object.fromEntries(VERDICTS.map((v) => [v, t(verdictKey(v))])) as typeof VERDICT_NAMES;
}

const actions: NotesActions = {
  open(note) {
    void sendToBackground({ type: 'bg:notes-open', url: note.url, id: note.id });
  },
  async save(note, change) {
    await sendToBackground({
      type: 'bg:notes-save',
      note: { ...note, verdict: change.verdict, note: change.note, modified: new Date().toISOString() },
    });
    await refresh([storageKey(note.url)]);
  },
  async remove(note) {
    await sendToBackground({ type: 'bg:notes-delete', url: note.url, id: note.id });
    await refresh([storageKey(note.url)]);
  },
  async restore(notes) {
    await sendToBackground({ type: 'bg:notes-restore', notes });
    await refresh([...byPage(notes).pages.keys()]);
  },
  exportNotes(notes, format) {
    download(exportNotes(notes, format, verdictNames()), format);
  },
  async importFile(file) {
    const parsed = parseImport(await file.text());
    if (!parsed.ok) return { error: parsed.error };
    const reply = (await sendToBackground({
      type: 'bg:notes-import',
      notes: parsed.notes,
    })) as NotesImportReply;
    await readAll();
    return {
      added: reply.added,
      updated: reply.updated,
      unchanged: reply.unchanged,
      skipped: [
        ...parsed.skipped,
        ...(reply.skipped
          ? [{ index: 0, reason: `${reply.skipped} note(s) with an address that cannot hold notes` }]
          : []),
      ],
    };
  },
};

async function main(): Promise<void> {
  document.documentElement.lang = lang;
  document.title = t('notes_page_title');
  performance.mark('claimlens:notes-start');
  let timer = 0;
  onNotesChanged((keys) => {
    for (const k of keys) changed.add(k);
    clearTimeout(timer);
    // While everything is being read, readAll picks the changes up when it is done.
    timer = window.setTimeout(() => void (reading ? undefined : refresh([])), 150);
  });
  // The first screen: the index and the pages of the newest notes (a few keys), not the whole store.
  const [first, setAside] = await Promise.all([
    readFirstScreen(PAGE).catch(() => null),
    takeNotesNotice().catch(() => 0),
  ]);
  data = { ...data, setAside };
  if (first) {
    performance.measure('claimlens:notes-read', 'claimlens:notes-start');
    pages = first.pages;
    // Every listed page read (a small store): already complete; the full read below only checks the index.
    index = first.pages.size === first.index.pages.length ? null : first.index;
    showPages();
    performance.measure('claimlens:notes-ready', 'claimlens:notes-start');
    afterPaint(() => {
      performance.measure('claimlens:notes-painted', 'claimlens:notes-start');
      void readAll();
    });
  } else {
    // No usable index (a store from before it, or a damaged one): read everything, and have the index rebuilt.
    await readAll();
    performance.measure('claimlens:notes-read', 'claimlens:notes-start');
    performance.measure('claimlens:notes-ready', 'claimlens:notes-start');
  }
}

void main();
