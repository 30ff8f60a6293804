// The notes index: built from page records, kept with every write, read defensively (any damage → null, so the caller
// rebuilds it), and the pages My notes must read for its first screen (checked against a full sort on random stores).
import { describe, expect, it } from 'vitest';
import {
  buildIndex,
  EMPTY_INDEX,
  INDEX_SCHEMA,
  indexMatches,
  type NotesIndex,
  pageEntry,
  pagesToRead,
  parseIndex,
  serializeIndex,
  sitesOfIndex,
  totalNotes,
  withPages,
} from '../../../src/core/notes/notes-index.js';
import type { Note } from '../../../src/core/notes/types.js';
import { sortNewestFirst } from '../../../src/ui/notes/filter.js';
import { makeRng } from '../../bench/prng.js';
import { noteAt } from './helpers.js';

const TEXT = 'Prices rose 3.5% in May and 4.1% in June, the agency said.';

function note(page: number, minute: number, quote = '3.5%'): Note {
  const modified = new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
  return noteAt(TEXT, quote, { url: `https://www.news${page % 3}.example/a/${page}`, modified });
}

function pagesOf(notes: Note[]): Map<string, Note[]> {
  const out = new Map<string, Note[]>();
  for (const n of notes) {
    const key = `notes:${new URL(n.url).hostname.replace(/^www\./, '')}${new URL(n.url).pathname}`;
    out.set(key, [...(out.get(key) ?? []), n]);
  }
  return out;
}

describe('building and keeping the index', () => {
  it('lists pages newest first with their counts and sites; an empty page is not listed', () => {
    const pages = pagesOf([note(1, 5), note(1, 9, '4.1%'), note(2, 7)]);
    pages.set('notes:empty.example/x', []);
    const index = buildIndex(pages);
    expect(index.version).toBe(INDEX_SCHEMA);
    expect(index.pages).toEqual([
      { key: 'notes:news1.example/a/1', count: 2, newest: '2026-01-01T00:09:00.000Z', site: 'news1.example' },
      { key: 'notes:news2.example/a/2', count: 1, newest: '2026-01-01T00:07:00.000Z', site: 'news2.example' },
    ]);
    expect(totalNotes(index)).toBe(3);
    expect(sitesOfIndex(index)).toEqual(['news1.example', 'news2.example']);
    expect(pageEntry('k', [])).toBeNull();
  });

  it('withPages gives the index a rebuild would give (page changed, added, emptied)', () => {
    const a = note(1, 5);
    const b = note(2, 7);
    const c = note(3, 1);
    const before = pagesOf([a, b, c]);
    const index = buildIndex(before);
    const after = new Map(before);
    const changed = new Map<string, Note[]>([
      ['notes:news1.example/a/1', [{ ...a, modified: '2026-02-01T00:00:00.000Z' }]],
      ['notes:news2.example/a/2', []],
      ['notes:news1.example/a/4', [note(4, 3)]],
    ]);
    for (const [k, v] of changed) {
      if (v.length > 0) after.set(k, v);
      else after.delete(k);
    }
    const kept = withPages(index, changed);
    expect(kept).toEqual(buildIndex(after));
    expect(indexMatches(kept, after)).toBe(true);
    expect(indexMatches(index, after)).toBe(false);
  });

  it('indexMatches notices a changed count, a changed time, a missing and an extra page', () => {
    const pages = pagesOf([note(1, 5), note(2, 7)]);
    const index = buildIndex(pages);
    expect(indexMatches(index, pages)).toBe(true);
    const [first, second] = index.pages;
    expect(indexMatches({ ...index, pages: [{ ...first!, count: 2 }, second!] }, pages)).toBe(false);
    expect(indexMatches({ ...index, pages: [{ ...first!, newest: second!.newest }, second!] }, pages)).toBe(
      false,
    );
    expect(indexMatches({ ...index, pages: [first!] }, pages)).toBe(false);
    expect(indexMatches(EMPTY_INDEX, new Map())).toBe(true);
    expect(indexMatches(EMPTY_INDEX, pages)).toBe(false);
  });
});

describe('reading the stored index', () => {
  const index = buildIndex(pagesOf([note(1, 5), note(2, 7)]));

  it('reads what it wrote', () => {
    expect(parseIndex(serializeIndex(index))).toEqual(index);
  });

  it('gives null (rebuild) for a missing, damaged, other-version or malformed index, never throwing', () => {
    const text = serializeIndex(index);
    const entry = index.pages[0]!;
    const damaged: unknown[] = [
      undefined,
      null,
      '',
      text.slice(0, text.length / 2),
      JSON.parse(text),
      JSON.stringify({ ...index, version: INDEX_SCHEMA + 1 }),
      JSON.stringify({ ...index, version: 0 }),
      JSON.stringify({ version: INDEX_SCHEMA }),
      JSON.stringify({ version: INDEX_SCHEMA, pages: {} }),
      JSON.stringify({ version: INDEX_SCHEMA, pages: [null] }),
      JSON.stringify({ version: INDEX_SCHEMA, pages: [entry, entry] }),
      JSON.stringify({ version: INDEX_SCHEMA, pages: [{ ...entry, count: 0 }] }),
      JSON.stringify({ version: INDEX_SCHEMA, pages: [{ ...entry, count: 1.5 }] }),
      JSON.stringify({ version: INDEX_SCHEMA, pages: [{ ...entry, newest: 'yesterday' }] }),
      JSON.stringify({ version: INDEX_SCHEMA, pages: [{ ...entry, key: 7 }] }),
      JSON.stringify({ version: INDEX_SCHEMA, pages: [{ ...entry, site: undefined }] }),
    ];
    for (const d of damaged) expect(parseIndex(d), String(d)).toBeNull();
  });

  it('puts a stored index back in order (an index written out of order still reads right)', () => {
    const reversed = JSON.stringify({ ...index, pages: index.pages.slice().reverse() });
    expect(parseIndex(reversed)).toEqual(index);
  });
});

describe('the pages of the first screen', () => {
  /** Reads pages as My notes does (at most two reads) and returns the newest `limit` notes found, and how many reads. */
  function firstScreen(index: NotesIndex, store: Map<string, Note[]>, limit: number) {
    const read = new Map<string, Note[]>();
    let reads = 0;
    for (
      let keys = pagesToRead(index, read, limit);
      keys.length > 0;
      keys = pagesToRead(index, read, limit)
    ) {
      reads++;
      for (const k of keys) read.set(k, store.get(k) ?? []);
    }
    return { notes: sortNewestFirst([...read.values()].flat()).slice(0, limit), reads, pages: read.size };
  }

  it('reads only the newest pages of a large store', () => {
    const notes: Note[] = [];
    for (let p = 0; p < 500; p++) for (let i = 0; i < 20; i++) notes.push(note(p, p * 20 + i));
    const store = pagesOf(notes);
    const got = firstScreen(buildIndex(store), store, 100);
    expect(got.pages).toBe(5);
    expect(got.reads).toBe(1);
    expect(got.notes).toEqual(sortNewestFirst(notes).slice(0, 100));
  });

  it('on random stores, gives exactly the newest notes of the whole store, in at most two reads', () => {
    const rng = makeRng(12);
    for (let round = 0; round < 200; round++) {
      const notes: Note[] = [];
      const pages = rng.int(1, 60);
      const count = rng.int(0, 400);
      // Times often collide (same minute) so ties between pages are exercised too.
      for (let i = 0; i < count; i++) notes.push(note(rng.int(0, pages - 1), rng.int(0, 300)));
      const store = pagesOf(notes);
      const limit = rng.pick([1, 5, 20, 100]);
      const got = firstScreen(buildIndex(store), store, limit);
      expect(got.reads).toBeLessThanOrEqual(2);
      expect(got.notes).toEqual(sortNewestFirst(notes).slice(0, limit));
    }
  });

  it('reads everything when the index promised more notes than the pages hold (a stale index)', () => {
    const store = pagesOf([note(1, 5), note(2, 7), note(3, 9)]);
    const stale = buildIndex(store);
    stale.pages[0] = { ...stale.pages[0]!, count: 100 };
    const got = firstScreen(stale, store, 50);
    expect(got.pages).toBe(3);
  });
});
