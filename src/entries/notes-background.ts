// Background: the one writer of the reader's notes store. Every change goes through one queue (the card in several
// tabs and My notes may write at once), keyed by the page's canonical URL.
import { byPage, canonicalUrl, merge, type Note, remove, storageKey, upsert } from '../core/notes/index.js';
import {
  ensureIndex,
  openTab,
  readPage,
  readPages,
  rebuildIndex,
  writePage,
  writePages,
} from '../platform/index.js';
import type { NotesImportReply, NotesPageReply, NotesToBackground } from '../shared/notes-messages.js';

let queue: Promise<unknown> = Promise.resolve();

/** Runs store changes one after another; a failed one does not stop the next. */
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

/** Tabs opened from My notes and the note whose card each should open (until its page asks for its notes). */
const pendingOpen = new Map<number, string>();

async function change(url: string, fn: (notes: Note[]) => Note[]): Promise<Note[]> {
  const key = storageKey(url);
  if (!key) throw new Error('not a page that can hold notes');
  return serial(async () => {
    const next = fn(await readPage(key));
    await writePage(key, next);
    return next;
  });
}

/** Merges (or, for undo, puts back) notes page by page: one read of their pages, one write of them and the index. */
async function importNotes(notes: Note[], restore: boolean): Promise<NotesImportReply> {
  const { pages, unkeyed } = byPage(notes);
  const total = { added: 0, updated: 0, unchanged: 0, skipped: unkeyed };
  await serial(async () => {
    const existing = await readPages([...pages.keys()]);
    const changed = new Map<string, Note[]>();
    for (const [key, incoming] of pages) {
      const before = existing.get(key) ?? [];
      const r = restore
        ? { notes: incoming.reduce(upsert, before), added: incoming.length, updated: 0, unchanged: 0 }
        : merge(before, incoming);
      total.added += r.added;
      total.updated += r.updated;
      total.unchanged += r.unchanged;
      changed.set(key, r.notes);
    }
    await writePages(changed);
  });
  return total;
}

/** Builds the notes index if it is missing or unreadable (after an install or update), in turn with the writes. */
export function ensureNotesIndex(): Promise<boolean> {
  return serial(ensureIndex);
}

export async function handleNotes(msg: NotesToBackground, from: { tabId: number | null }): Promise<unknown> {
  switch (msg.type) {
    case 'bg:notes-page': {
      const url = canonicalUrl(msg);
      const key = url ? storageKey(url) : null;
      const open = from.tabId === null ? null : (pendingOpen.get(from.tabId) ?? null);
      if (from.tabId !== null) pendingOpen.delete(from.tabId);
      const reply: NotesPageReply = { url, notes: key ? await readPage(key) : [], open };
      return reply;
    }
    case 'bg:notes-save': {
      const { note } = msg;
      const empty = note.verdict === null && note.note.trim() === '';
      await change(note.url, (notes) => (empty ? remove(notes, note.id) : upsert(notes, note)));
      return { ok: true };
    }
    case 'bg:notes-delete':
      await change(msg.url, (notes) => remove(notes, msg.id));
      return { ok: true };
    case 'bg:notes-anchored': {
      const at = new Date().toISOString();
      const found = new Set(msg.found);
      const missing = new Set(msg.missing);
      await change(msg.url, (notes) =>
        notes.map((n) =>
          found.has(n.id) || missing.has(n.id) ? { ...n, anchor: { found: found.has(n.id), at } } : n,
        ),
      );
      return { ok: true };
    }
    case 'bg:notes-open': {
      const tabId = await openTab(msg.url);
      if (tabId !== null) pendingOpen.set(tabId, msg.id);
      return { ok: tabId !== null };
    }
    case 'bg:notes-import':
      return importNotes(msg.notes, false);
    case 'bg:notes-restore':
      return importNotes(msg.notes, true);
    case 'bg:notes-reindex':
      await serial(rebuildIndex);
      return { ok: true };
  }
}
