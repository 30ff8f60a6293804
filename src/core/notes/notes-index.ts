// The notes index: one small record listing every page that holds notes (count, newest change, site), newest first,
// so My notes can show its first screen by reading the index and a few pages instead of the whole store.
import type { Note } from './types.js';
import { siteOf } from './url.js';
import { isoTime, isRecord } from './validate.js';

/**
 * Storage key of the index. Not under NOTES_PREFIX ("notes:"): it is derived data, never a page's record, and the
 * page records stay the source of truth (the index is rebuilt from them whenever it is missing, unreadable or stale).
 */
export const NOTES_INDEX = 'notesIndex';

/** Version of the index's shape. Any other version is not migrated but rebuilt: the records hold everything. */
export const INDEX_SCHEMA = 1;

export interface PageEntry {
  /** The page's storage key (NOTES_PREFIX + page key). */
  key: string;
  /** How many notes the page's record holds. */
  count: number;
  /** The latest `modified` of its notes (ISO time): orders pages for the newest-first list. */
  newest: string;
  /** The site its notes are listed under (www/m/amp dropped), for the site filter. */
  site: string;
}

export interface NotesIndex {
  version: typeof INDEX_SCHEMA;
  /** Newest first (ties by key, so the same notes always give the same index). */
  pages: PageEntry[];
}

export const EMPTY_INDEX: NotesIndex = { version: INDEX_SCHEMA, pages: [] };

function siteOfUrl(url: string): string {
  try {
    return siteOf(new URL(url).hostname);
  } catch {
    return '';
  }
}

/** The index entry of one page's notes; null when it has none (the page is not listed). */
export function pageEntry(key: string, notes: readonly Note[]): PageEntry | null {
  if (notes.length === 0) return null;
  let newest = notes[0]!.modified;
  for (const n of notes) if (n.modified > newest) newest = n.modified;
  return { key, count: notes.length, newest, site: siteOfUrl(notes[0]!.url) };
}

function byNewest(a: PageEntry, b: PageEntry): number {
  if (a.newest !== b.newest) return a.newest < b.newest ? 1 : -1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** The index of a whole store, from every page's notes. */
export function buildIndex(pages: Iterable<readonly [string, readonly Note[]]>): NotesIndex {
  const out: PageEntry[] = [];
  for (const [key, notes] of pages) {
    const e = pageEntry(key, notes);
    if (e) out.push(e);
  }
  return { version: INDEX_SCHEMA, pages: out.sort(byNewest) };
}

/** The index after some pages were written (a page with no notes left is dropped from it). */
export function withPages(index: NotesIndex, changed: ReadonlyMap<string, readonly Note[]>): NotesIndex {
  const kept = index.pages.filter((p) => !changed.has(p.key));
  for (const [key, notes] of changed) {
    const e = pageEntry(key, notes);
    if (e) kept.push(e);
  }
  return { version: INDEX_SCHEMA, pages: kept.sort(byNewest) };
}

export function serializeIndex(index: NotesIndex): string {
  return JSON.stringify(index);
}

/**
 * Reads the stored index; null when it is missing, not JSON, of another version or malformed in any entry — the
 * caller then rebuilds it from the records. Never throws.
 */
export function parseIndex(stored: unknown): NotesIndex | null {
  if (typeof stored !== 'string') return null;
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return null;
  }
  if (!isRecord(raw) || raw.version !== INDEX_SCHEMA || !Array.isArray(raw.pages)) return null;
  const pages: PageEntry[] = [];
  const seen = new Set<string>();
  for (const p of raw.pages) {
    if (!isRecord(p)) return null;
    const { key, count, newest, site } = p;
    if (typeof key !== 'string' || seen.has(key) || typeof site !== 'string') return null;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) return null;
    if (typeof newest !== 'string' || isoTime(newest) === null) return null;
    seen.add(key);
    pages.push({ key, count, newest, site });
  }
  return { version: INDEX_SCHEMA, pages: pages.sort(byNewest) };
}

/** Whether the index says exactly what the records hold (same pages, counts and newest changes). */
export function indexMatches(index: NotesIndex, pages: ReadonlyMap<string, readonly Note[]>): boolean {
  const expected = buildIndex(pages);
  if (expected.pages.length !== index.pages.length) return false;
  const listed = new Map(index.pages.map((p) => [p.key, p]));
  return expected.pages.every((e) => {
    const p = listed.get(e.key);
    return p !== undefined && p.count === e.count && p.newest === e.newest && p.site === e.site;
  });
}

export function totalNotes(index: NotesIndex): number {
  return index.pages.reduce((n, p) => n + p.count, 0);
}

export function sitesOfIndex(index: NotesIndex): string[] {
  return [...new Set(index.pages.map((p) => p.site).filter(Boolean))].sort();
}

/**
 * Which pages to read, beyond those already read, so that the `limit` newest notes of the whole store are all among
 * the read ones. A page's notes are no newer than its `newest`: once `limit` read notes are newer than every unread
 * page's newest, no unread page can place a note among the first `limit`. The first call (nothing read) asks
 * for the newest pages that hold `limit` notes; the second for every page as new as the limit-th note found or newer —
 * so two reads at most.
 */
export function pagesToRead(
  index: NotesIndex,
  read: ReadonlyMap<string, readonly Note[]>,
  limit: number,
): string[] {
  const unread = index.pages.filter((p) => !read.has(p.key));
  if (unread.length === 0) return [];
  const times: string[] = [];
  for (const notes of read.values()) for (const n of notes) times.push(n.modified);
  if (read.size === 0 || times.length < limit) {
    if (read.size > 0) return unread.map((p) => p.key);
    const out: string[] = [];
    let n = 0;
    for (const p of unread) {
      if (n >= limit) break;
      out.push(p.key);
      n += p.count;
    }
    return out;
  }
  times.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  const threshold = times[limit - 1]!;
  // Not only newer pages: one as new as the threshold may hold a note of that very time that sorts before it (by id).
  return unread.filter((p) => p.newest >= threshold).map((p) => p.key);
}
