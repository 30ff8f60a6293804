// The reader's notes in extension storage (storage.local only; nothing leaves the device): one record per page under
// "notes:<page key>", read defensively (migrated, invalid notes set aside under NOTES_ASIDE with a notice shown once),
// and the notes index beside them (NOTES_INDEX), written with every record so My notes can start from it.
import browser from 'webextension-polyfill';
import {
  buildIndex,
  indexMatches,
  NOTES_INDEX,
  NOTES_PREFIX,
  type Note,
  type NotesIndex,
  pageEntry,
  pagesToRead,
  parseIndex,
  parsePage,
  serializeIndex,
  serializePage,
  withPages,
} from '../core/notes/index.js';

/** What could not be read, kept for the reader (never dropped): a list of { key, at, items, problems }. */
export const NOTES_ASIDE = 'notesAside';
/** A message for the reader about notes set aside; shown once by My notes, then cleared. */
export const NOTES_NOTICE = 'notesNotice';

interface Aside {
  key: string;
  at: string;
  items: unknown[];
  problems: string[];
}

/** Saves what could not be read beside the store, rewrites the record clean, and leaves one notice. */
async function setAside(key: string, notes: Note[], aside: unknown[], problems: string[]): Promise<void> {
  const stored = await browser.storage.local.get(NOTES_ASIDE);
  const list = Array.isArray(stored[NOTES_ASIDE]) ? (stored[NOTES_ASIDE] as Aside[]) : [];
  list.push({ key, at: new Date().toISOString(), items: aside, problems });
  await browser.storage.local.set({
    [NOTES_ASIDE]: list,
    [NOTES_NOTICE]: list.reduce((n, a) => n + a.items.length, 0),
  });
  await writePage(key, notes);
}

async function readParsed(key: string, raw: unknown): Promise<Note[]> {
  const parsed = parsePage(raw);
  if (parsed.aside.length > 0) {
    console.warn(
      `ClaimLens: ${parsed.aside.length} note(s) on ${key} set aside: ${parsed.problems.join('; ')}`,
    );
    await setAside(key, parsed.notes, parsed.aside, parsed.problems);
  } else if (parsed.migrated) {
    await writePage(key, parsed.notes);
  }
  return parsed.notes;
}

export async function readPage(key: string): Promise<Note[]> {
  const stored = await browser.storage.local.get(key);
  return readParsed(key, stored[key]);
}

export async function writePage(key: string, notes: Note[]): Promise<void> {
  await writePages(new Map([[key, notes]]));
}

/**
 * Writes pages' records (a page with no notes is removed) and the index in one storage.local.set, so a record and its
 * index entry change together. Emptied records are removed first: if the set then fails, the index still lists them,
 * which My notes notices (a listed page it cannot read) and has the index rebuilt. An unreadable or missing index is
 * left for a rebuild (reindex) rather than patched.
 */
export async function writePages(changed: ReadonlyMap<string, Note[]>): Promise<void> {
  const stored = await browser.storage.local.get(NOTES_INDEX);
  const index = parseIndex(stored[NOTES_INDEX]);
  const set: Record<string, string> = {};
  const gone: string[] = [];
  for (const [key, notes] of changed) {
    if (notes.length === 0) gone.push(key);
    else set[key] = serializePage(notes);
  }
  if (gone.length > 0) await browser.storage.local.remove(gone);
  if (index) set[NOTES_INDEX] = serializeIndex(withPages(index, changed));
  if (Object.keys(set).length > 0) await browser.storage.local.set(set);
}

/** Every page's notes (each record checked as readPage does) and whether the stored index matches them. */
export async function readAllPages(): Promise<{ pages: Map<string, Note[]>; indexFresh: boolean }> {
  const all = await browser.storage.local.get(null);
  const pages = new Map<string, Note[]>();
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(NOTES_PREFIX)) continue;
    const notes = await readParsed(key, raw);
    if (notes.length > 0) pages.set(key, notes);
  }
  const index = parseIndex(all[NOTES_INDEX]);
  return { pages, indexFresh: index !== null && indexMatches(index, pages) };
}

/** Every note of every page (My notes), each record checked as readPage does. */
export async function readAllNotes(): Promise<Note[]> {
  const { pages } = await readAllPages();
  return [...pages.values()].flat();
}

/** Some pages' notes (an absent page has none). */
export async function readPages(keys: string[]): Promise<Map<string, Note[]>> {
  const stored = keys.length > 0 ? await browser.storage.local.get(keys) : {};
  const out = new Map<string, Note[]>();
  for (const key of keys) out.set(key, await readParsed(key, stored[key]));
  return out;
}

/**
 * What My notes needs for its first screen: the index, and the pages holding the `limit` newest notes (two reads of
 * a few keys at most, see pagesToRead). Null when the index is missing, unreadable or plainly stale (a listed page
 * is gone or holds another number of notes): then the caller reads everything and has the index rebuilt.
 */
export async function readFirstScreen(
  limit: number,
): Promise<{ index: NotesIndex; pages: Map<string, Note[]> } | null> {
  const stored = await browser.storage.local.get(NOTES_INDEX);
  const index = parseIndex(stored[NOTES_INDEX]);
  if (!index) return null;
  const listed = new Map(index.pages.map((p) => [p.key, p]));
  const pages = new Map<string, Note[]>();
  for (
    let keys = pagesToRead(index, pages, limit);
    keys.length > 0;
    keys = pagesToRead(index, pages, limit)
  ) {
    for (const [key, notes] of await readPages(keys)) {
      const entry = listed.get(key);
      if (!entry || entry.count !== notes.length || pageEntry(key, notes)?.newest !== entry.newest)
        return null;
      pages.set(key, notes);
    }
  }
  return { index, pages };
}

/** Rebuilds the index from every page record (the records are the truth; nothing else is touched). */
export async function rebuildIndex(): Promise<NotesIndex> {
  const { pages } = await readAllPages();
  const index = buildIndex(pages);
  await browser.storage.local.set({ [NOTES_INDEX]: serializeIndex(index) });
  return index;
}

/** Rebuilds the index when it is missing or unreadable (a store from before the index, or a damaged one). */
export async function ensureIndex(): Promise<boolean> {
  const stored = await browser.storage.local.get(NOTES_INDEX);
  if (parseIndex(stored[NOTES_INDEX])) return false;
  await rebuildIndex();
  return true;
}

/** How many notes were set aside since the reader was last told (0 when nothing to say); clears the notice. */
export async function takeNotesNotice(): Promise<number> {
  const stored = await browser.storage.local.get(NOTES_NOTICE);
  const n = stored[NOTES_NOTICE];
  if (n === undefined) return 0;
  await browser.storage.local.remove(NOTES_NOTICE);
  return typeof n === 'number' && n > 0 ? n : 0;
}

/** Calls back with the changed page keys when any page's notes change (another tab, the card, an import). */
export function onNotesChanged(cb: (keys: string[]) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    const keys = Object.keys(changes).filter((k) => k.startsWith(NOTES_PREFIX));
    if (keys.length > 0) cb(keys);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Opens a URL in a new tab; resolves with its tab id. */
export async function openTab(url: string): Promise<number | null> {
  const tab = await browser.tabs.create({ url });
  return tab.id ?? null;
}

/** The URL of one of the extension's own pages (notes.html). */
export function pageUrl(path: string): string {
  return browser.runtime.getURL(path);
}
