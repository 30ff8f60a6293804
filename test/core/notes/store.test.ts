// The notes store's records: migrations from older schema versions, corruption kept aside, upsert and merge.
import { describe, expect, it } from 'vitest';
import {
  byPage,
  merge,
  parsePage,
  serializePage,
  storageKey,
  upsert,
} from '../../../src/core/notes/store.js';
import { NOTES_SCHEMA } from '../../../src/core/notes/types.js';
import { checkNote } from '../../../src/core/notes/validate.js';
import { noteAt } from './helpers.js';

const TEXT = 'The lab said R1 scored 79.8% on AIME 2024, against 79.2% for o1, on 30 problems.';

describe('page records', () => {
  it('reads a current record as it is', () => {
    const note = noteAt(TEXT, '79.8%', { note: 'Self-reported.' });
    const parsed = parsePage(serializePage([note]));
    expect(parsed).toEqual({ notes: [note], aside: [], problems: [], migrated: false });
    // An object record (as version 1 kept it) reads the same and is written back as text.
    expect(parsePage({ version: NOTES_SCHEMA, notes: [note] })).toEqual({ ...parsed, migrated: true });
  });

  it('migrates a version 1 record (flat selectors) to the current schema', () => {
    const v1 = {
      version: 1,
      notes: [
        {
          id: 'n-1',
          url: 'https://www.example.com/a',
          title: 'T',
          exact: '79.8%',
          prefix: 'said R1 scored ',
          suffix: ' on AIME 2024',
          start: 23,
          end: 28,
          kind: 'percent',
          value: 79.8,
          unit: '%',
          verdict: 'checked',
          note: '',
          created: '2026-01-02T03:04:05.000Z',
          modified: '2026-01-02T03:04:05.000Z',
        },
      ],
    };
    const parsed = parsePage(v1);
    expect(parsed.migrated).toBe(true);
    expect(parsed.aside).toEqual([]);
    expect(parsed.notes[0]).toMatchObject({
      id: 'n-1',
      quote: { exact: '79.8%', prefix: 'said R1 scored ', suffix: ' on AIME 2024' },
      position: { start: 23, end: 28 },
      claim: { kind: 'percent', value: 79.8, unit: '%', sentence: '' },
      verdict: 'checked',
    });
  });

  it('keeps the valid notes of a corrupted record and sets the rest aside with reasons', () => {
    const good = noteAt(TEXT, '79.8%');
    const other = noteAt(TEXT, '79.2%', { verdict: null, note: 'Compare with the lab’s own table.' });
    const broken = [
      { ...good, id: 'x-1', verdict: 'true' },
      { ...good, id: 'x-2', note: 'n'.repeat(2001) },
      { ...good, id: 'x-3', url: 'javascript:alert(1)' },
      { ...good, id: 'x-4', position: { start: 9, end: 3 } },
      { ...good, id: 'x-5', verdict: null, note: '  ' },
      { ...good, id: 'x-6', created: 'yesterday' },
      { ...good, id: 'x-7', claim: { kind: 'vibes', value: 1, unit: null } },
      'garbage',
      null,
      { ...good }, // the same id twice
    ];
    const parsed = parsePage({ version: NOTES_SCHEMA, notes: [good, ...broken, other] });
    expect(parsed.notes).toEqual([good, other]);
    expect(parsed.aside).toHaveLength(broken.length);
    expect(parsed.problems).toHaveLength(broken.length);
    expect(parsed.problems.join('\n')).toMatch(/verdict/);
    expect(parsed.problems.join('\n')).toMatch(/2000/);
  });

  it('sets aside a record it cannot read at all, or of a newer schema, instead of dropping it', () => {
    for (const raw of [
      'text',
      '{"version": 2, "notes": [',
      42,
      { version: 2 },
      { version: NOTES_SCHEMA + 1, notes: [] },
      { notes: [] },
    ]) {
      const parsed = parsePage(raw);
      expect(parsed.notes).toEqual([]);
      expect(parsed.aside).toEqual([raw]);
      expect(parsed.problems).toHaveLength(1);
    }
    expect(parsePage(undefined)).toEqual({ notes: [], aside: [], problems: [], migrated: false });
  });
});

describe('editing and merging', () => {
  it('upsert replaces by id, else by target, and keeps the first creation time', () => {
    const a = noteAt(TEXT, '79.8%');
    const again = { ...noteAt(TEXT, '79.8%', { verdict: 'checked' }), created: '2026-12-01T00:00:00.000Z' };
    const out = upsert([a], again);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ id: a.id, verdict: 'checked', created: a.created });
  });

  it('merge: same target and quote is one annotation, the newer wins', () => {
    const mine = noteAt(TEXT, '79.8%', { note: 'mine', modified: '2026-11-21T00:00:00.000Z' });
    const older = { ...noteAt(TEXT, '79.8%', { note: 'older', modified: '2026-11-01T00:00:00.000Z' }) };
    const newer = { ...noteAt(TEXT, '79.8%', { note: 'newer', modified: '2026-11-30T00:00:00.000Z' }) };
    const fresh = noteAt(TEXT, '79.2%');
    expect(merge([mine], [older])).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    const r = merge([mine], [newer, fresh]);
    expect(r).toMatchObject({ added: 1, updated: 1, unchanged: 0 });
    expect(r.notes.map((n) => n.note)).toEqual(['newer', '']);
    expect(r.notes[0]!.id).toBe(mine.id);
  });

  it('groups notes of URL variants under one storage key', () => {
    const a = noteAt(TEXT, '79.8%', { url: 'https://www.example.com/a' });
    const b = noteAt(TEXT, '79.2%', { url: 'https://m.example.com/a' });
    const { pages } = byPage([a, b]);
    expect([...pages.keys()]).toEqual([storageKey('https://example.com/a')]);
  });

  it('validates a note sent over a message like a stored one', () => {
    expect(checkNote(noteAt(TEXT, '79.8%')).ok).toBe(true);
    expect(
      checkNote({ ...noteAt(TEXT, '79.8%'), quote: { exact: '', prefix: '', suffix: '' } }),
    ).toMatchObject({
      ok: false,
    });
  });
});
