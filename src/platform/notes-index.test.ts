// Unit tests of the notes store with its index over an in-memory storage.local: the index is written with every
// record, a store from before the index gets one, a damaged or stale index is noticed and rebuilt, and no note is lost.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildIndex, NOTES_INDEX, type Note, parseIndex, serializePage } from '../core/notes/index.js';

const area = new Map<string, unknown>();
const clone = <T>(v: T): T => structuredClone(v);

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        async get(keys: null | string | string[]) {
          const want = keys === null ? [...area.keys()] : typeof keys === 'string' ? [keys] : keys;
          return Object.fromEntries(want.filter((k) => area.has(k)).map((k) => [k, clone(area.get(k))]));
        },
        async set(items: Record<string, unknown>) {
          for (const [k, v] of Object.entries(items)) area.set(k, clone(v));
        },
        async remove(keys: string | string[]) {
          for (const k of typeof keys === 'string' ? [keys] : keys) area.delete(k);
        },
      },
      onChanged: { addListener() {}, removeListener() {} },
    },
  },
}));

const { ensureIndex, readAllNotes, readAllPages, readFirstScreen, rebuildIndex, writePage, writePages } =
  await import('./notes.js');

function note(page: number, minute: number, extra: Partial<Note> = {}): Note {
  const time = new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
  return {
    id: `n-${page}-${minute}`,
    url: `https://www.news.example/a/${page}`,
    title: `Article ${page}`,
    quote: { exact: `${minute}%`, prefix: 'rose by ', suffix: ' in May' },
    position: { start: 10, end: 14 },
    claim: { kind: 'percent', value: minute, unit: '%', sentence: '' },
    verdict: 'checked',
    note: '',
    created: time,
    modified: time,
    ...extra,
  };
}
const key = (page: number) => `notes:news.example/a/${page}`;

/** The stored index, parsed (null when missing or unreadable). */
const storedIndex = () => parseIndex(area.get(NOTES_INDEX));
const byId = (notes: Note[]) => notes.slice().sort((a, b) => (a.id < b.id ? -1 : 1));

/** A store of `pages` pages of `per` notes each, written as the background writes (with the index). */
async function fill(pages: number, per: number): Promise<Note[]> {
  await ensureIndex();
  const all: Note[] = [];
  const changed = new Map<string, Note[]>();
  for (let p = 0; p < pages; p++) {
    const notes = Array.from({ length: per }, (_, i) => note(p, p * per + i));
    changed.set(key(p), notes);
    all.push(...notes);
  }
  await writePages(changed);
  return all;
}

beforeEach(() => {
  area.clear();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('the index kept with the records', () => {
  it('is built on a fresh install (empty) and follows every write: added, changed and emptied pages', async () => {
    expect(await ensureIndex()).toBe(true);
    expect(storedIndex()).toEqual(buildIndex([]));
    await writePage(key(1), [note(1, 1)]);
    await writePage(key(2), [note(2, 2), note(2, 3)]);
    await writePage(key(1), [note(1, 1, { modified: '2026-03-01T00:00:00.000Z' })]);
    await writePage(key(2), []);
    expect(area.has(key(2))).toBe(false);
    const { pages, indexFresh } = await readAllPages();
    expect(indexFresh).toBe(true);
    expect(storedIndex()).toEqual(buildIndex(pages));
    expect(storedIndex()!.pages.map((p) => [p.key, p.count])).toEqual([[key(1), 1]]);
    expect(await ensureIndex()).toBe(false);
  });

  it('gives the first screen from a few pages of a large store', async () => {
    const all = await fill(50, 20);
    const first = await readFirstScreen(100);
    expect(first).not.toBeNull();
    expect([...first!.pages.keys()]).toEqual([key(49), key(48), key(47), key(46), key(45)]);
    expect(first!.index.pages).toHaveLength(50);
    expect(byId(await readAllNotes())).toEqual(byId(all));
  });
});

describe('migration: a store from before the index', () => {
  it('has no first screen until the index is built from its records (version 1 and 2), and loses nothing', async () => {
    const v2 = [note(1, 1), note(1, 2)];
    const v1 = note(2, 3);
    area.set(key(1), serializePage(v2));
    // Version 1 kept the selectors flat on the note, and the record as an object.
    area.set(key(2), {
      version: 1,
      notes: [
        {
          id: v1.id,
          url: v1.url,
          title: v1.title,
          exact: v1.quote.exact,
          prefix: v1.quote.prefix,
          suffix: v1.quote.suffix,
          start: v1.position.start,
          end: v1.position.end,
          kind: v1.claim.kind,
          value: v1.claim.value,
          unit: v1.claim.unit,
          sentence: v1.claim.sentence,
          verdict: v1.verdict,
          note: v1.note,
          created: v1.created,
          modified: v1.modified,
        },
      ],
    });
    area.set('settings', { version: 1 });
    expect(await readFirstScreen(100)).toBeNull();
    expect(await ensureIndex()).toBe(true);
    const first = await readFirstScreen(100);
    expect(byId([...first!.pages.values()].flat())).toEqual(byId([...v2, v1]));
    expect(storedIndex()!.pages.map((p) => [p.key, p.count])).toEqual([
      [key(2), 1],
      [key(1), 2],
    ]);
    expect(area.get('settings')).toEqual({ version: 1 });
    expect((await readAllPages()).indexFresh).toBe(true);
  });
});

describe('a damaged or stale index', () => {
  it.each([
    ['not JSON', '{"version":1,"pages":[{"key"'],
    ['another version', JSON.stringify({ version: 99, pages: [] })],
    ['an object, not text', { version: 1, pages: [] }],
    ['malformed entries', JSON.stringify({ version: 1, pages: [{ key: 'notes:x', count: -1 }] })],
  ])(
    '%s: no first screen from it, writes leave it for the rebuild, which restores it; no note lost',
    async (_, bad) => {
      const all = await fill(10, 3);
      area.set(NOTES_INDEX, bad);
      expect(await readFirstScreen(20)).toBeNull();
      expect((await readAllPages()).indexFresh).toBe(false);
      // A write meanwhile still lands in its record (the index is not patched from a damaged one).
      const added = note(3, 999);
      await writePage(key(3), [...all.filter((n) => n.url.endsWith('/3')), added]);
      expect(area.get(NOTES_INDEX)).toEqual(bad);
      expect(await ensureIndex()).toBe(true);
      const { pages, indexFresh } = await readAllPages();
      expect(indexFresh).toBe(true);
      expect(byId([...pages.values()].flat())).toEqual(byId([...all, added]));
      expect((await readFirstScreen(20))!.pages.has(key(3))).toBe(true);
    },
  );

  it('a record written around the index (another version, a crash between writes) is noticed and rebuilt', async () => {
    const all = await fill(10, 3);
    // Changed behind the index: a page's count differs from what the index says.
    const extra = note(9, 500);
    area.set(key(9), serializePage([...all.filter((n) => n.url.endsWith('/9')), extra]));
    expect(await readFirstScreen(5)).toBeNull();
    expect((await readAllPages()).indexFresh).toBe(false);
    // A page the index does not list at all: the first screen cannot tell, the full read after it does.
    await rebuildIndex();
    area.set(key(20), serializePage([note(20, 1)]));
    expect(await readFirstScreen(5)).not.toBeNull();
    expect((await readAllPages()).indexFresh).toBe(false);
    await rebuildIndex();
    expect((await readAllPages()).indexFresh).toBe(true);
    expect(await readAllNotes()).toHaveLength(all.length + 2);
  });

  it('a listed page that is gone or unreadable: no first screen; the unreadable notes are set aside, not lost', async () => {
    await fill(4, 2);
    area.delete(key(3));
    expect(await readFirstScreen(2)).toBeNull();
    await rebuildIndex();
    area.set(key(2), 'not json');
    expect(await readFirstScreen(2)).toBeNull();
    const aside = area.get('notesAside') as Array<{ key: string; items: unknown[] }>;
    expect(aside).toEqual([expect.objectContaining({ key: key(2), items: ['not json'] })]);
  });
});
