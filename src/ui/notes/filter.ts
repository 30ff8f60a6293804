// The My notes page's search and filters, pure: newest first; text search in quotes, notes, sentences and titles;
// verdict, site and date range.
import type { Note, Verdict } from '../../core/notes/types.js';
import { siteOf } from '../../core/notes/url.js';

export interface NotesFilter {
  query: string;
  verdict: Verdict | 'none' | '';
  site: string;
  /** YYYY-MM-DD, inclusive; '' for open. */
  from: string;
  to: string;
}

export const NO_FILTER: NotesFilter = { query: '', verdict: '', site: '', from: '', to: '' };

const sites = new Map<string, string>();

/** The note's site (www/m/amp prefixes dropped); memoized by URL: thousands of notes share a few hundred pages. */
export function siteOfNote(n: Note): string {
  let site = sites.get(n.url);
  if (site === undefined) {
    try {
      site = siteOf(new URL(n.url).hostname);
    } catch {
      site = '';
    }
    if (sites.size > 20_000) sites.clear();
    sites.set(n.url, site);
  }
  return site;
}

/** Newest first; notes changed at the same time by id, so the first screen (read from a few pages) lists its notes in
 * the order the whole store later gives them. */
export function sortNewestFirst(notes: readonly Note[]): Note[] {
  return notes
    .slice()
    .sort((a, b) =>
      a.modified !== b.modified ? (a.modified < b.modified ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
}

export function isNoFilter(f: NotesFilter): boolean {
  return !f.query.trim() && !f.verdict && !f.site && !f.from && !f.to;
}

/** The notes that pass the filter, in the order given. */
export function applyFilter(notes: readonly Note[], f: NotesFilter): Note[] {
  const words = f.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return notes.filter((n) => {
    if (f.verdict === 'none' ? n.verdict !== null : f.verdict && n.verdict !== f.verdict) return false;
    if (f.site && siteOfNote(n) !== f.site) return false;
    const day = n.modified.slice(0, 10);
    if (f.from && day < f.from) return false;
    if (f.to && day > f.to) return false;
    if (words.length === 0) return true;
    const hay = `${n.quote.exact}\n${n.note}\n${n.claim.sentence}\n${n.title}`.toLocaleLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

export function sitesOf(notes: readonly Note[]): string[] {
  return [...new Set(notes.map(siteOfNote).filter(Boolean))].sort();
}
