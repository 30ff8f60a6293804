// The reader's notes in extension storage (storage.local only; nothing leaves the device): one record per page under
// "notes:<page key>", read defensively (migrated, invalid notes set aside under NOTES_ASIDE with a notice shown once).
import browser from 'webextension-polyfill';
import { NOTES_PREFIX, type Note, parsePage, serializePage } from '../core/notes/index.js';

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
  if (notes.length === 0) await browser.storage.local.remove(key);
  else await browser.storage.local.set({ [key]: serializePage(notes) });
}

/** Every note of every page (My notes), each record checked as readPage does. */
export async function readAllNotes(): Promise<Note[]> {
  const all = await browser.storage.local.get(null);
  const out: Note[] = [];
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(NOTES_PREFIX)) continue;
    for (const n of await readParsed(key, raw)) out.push(n);
  }
  return out;
}

/** How many notes were set aside since the reader was last told (0 when nothing to say); clears the notice. */
export async function takeNotesNotice(): Promise<number> {
  const stored = await browser.storage.local.get(NOTES_NOTICE);
  const n = stored[NOTES_NOTICE];
  if (n === undefined) return 0;
  await browser.storage.local.remove(NOTES_NOTICE);
  return typeof n === 'number' && n > 0 ? n : 0;
}

/** Calls back when any page's notes change (another tab, the card, an import). */
export function onNotesChanged(cb: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((k) => k.startsWith(NOTES_PREFIX))) cb();
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
