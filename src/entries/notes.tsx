// My notes entry: reads every note from extension storage, renders the page, and wires its actions (changes go
// through the background, the store's one writer; export downloads a file made here; nothing leaves the device).
import { render } from 'preact';
import { EXPORT_TYPES, type ExportFormat, exportNotes, VERDICT_NAMES } from '../core/notes/export.js';
import { parseImport } from '../core/notes/import.js';
import type { Note } from '../core/notes/types.js';
import { VERDICTS } from '../core/notes/types.js';
import { onNotesChanged, readAllNotes, sendToBackground, t, takeNotesNotice } from '../platform/index.js';
import type { NotesImportReply } from '../shared/notes-messages.js';
import { verdictKey } from '../ui/card/note-panel.js';
import { NotesApp } from '../ui/notes/notes-app.js';
import type { NotesActions, NotesData } from '../ui/notes/types.js';
import '../ui/notes/notes.css';

const root = document.getElementById('app')!;
// The language the strings are served in (Chromium started with --lang=ko serves Korean while getUILanguage says en).
const lang: 'ko' | 'en' = t('content_ui_lang') === 'ko' ? 'ko' : 'en';
let data: NotesData = { notes: [], setAside: 0, lang };

function show(): void {
  render(<NotesApp data={data} actions={actions} t={t} />, root);
}

async function reload(): Promise<void> {
  data = { ...data, notes: await readAllNotes() };
  show();
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
    await reload();
  },
  async remove(note) {
    await sendToBackground({ type: 'bg:notes-delete', url: note.url, id: note.id });
    await reload();
  },
  async restore(notes) {
    await sendToBackground({ type: 'bg:notes-restore', notes });
    await reload();
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
    await reload();
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
  const [notes, setAside] = await Promise.all([readAllNotes(), takeNotesNotice().catch(() => 0)]);
  performance.measure('claimlens:notes-read', 'claimlens:notes-start');
  data = { notes, setAside, lang };
  show();
  // How long the page took to show every note (read + first render), for measuring with 10,000 notes.
  performance.measure('claimlens:notes-ready', 'claimlens:notes-start');
  let timer = 0;
  onNotesChanged(() => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void reload(), 150);
  });
}

void main();
