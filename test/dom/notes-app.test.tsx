// @vitest-environment happy-dom
// My notes before every note is read (first screen from the index) and after: the count says the store's total, the
// first render holds a screenful of rows and the rest follow, a filter waits for the full list, export waits too.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../src/core/notes/types.js';
import { NotesApp, PAGE } from '../../src/ui/notes/notes-app.js';
import type { NotesActions, NotesData } from '../../src/ui/notes/types.js';

const t = (key: string, subs?: string | string[]) =>
  subs === undefined ? key : `${key}(${[subs].flat().join('|')})`;

function note(i: number): Note {
  const time = new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString();
  return {
    id: `n-${String(i).padStart(5, '0')}`,
    url: `https://www.news${i % 2}.example/a/${Math.floor(i / 20)}`,
    title: 'T',
    quote: { exact: `${i}%`, prefix: 'p ', suffix: ' s' },
    position: { start: 0, end: 3 },
    claim: { kind: 'percent', value: i, unit: '%', sentence: '' },
    verdict: i % 2 ? 'checked' : 'disputed',
    note: '',
    created: time,
    modified: time,
  };
}

const actions: NotesActions = {
  open: vi.fn(),
  save: vi.fn(async () => undefined),
  remove: vi.fn(async () => undefined),
  restore: vi.fn(async () => undefined),
  exportNotes: vi.fn(),
  importFile: vi.fn(async () => ({})),
};

const root = document.createElement('div');
document.body.append(root);
const mount = (data: NotesData) => act(() => render(<NotesApp data={data} actions={actions} t={t} />, root));
const count = () => root.querySelector('.cl-notes-page__count')!;
const rows = () => root.querySelectorAll('.cl-note').length;

afterEach(() => {
  act(() => render(null, root));
  vi.useRealTimers();
});

describe('My notes from the index, then complete', () => {
  const all = Array.from({ length: 300 }, (_, i) => note(i));
  const newest = all.slice(-120);
  const partial: NotesData = {
    notes: newest,
    complete: false,
    total: 10_001,
    sites: ['news0.example', 'news1.example'],
    setAside: 0,
    lang: 'en',
  };

  it('shows the newest notes first with the store total; a screenful first, the rest of the page after paint', async () => {
    vi.useFakeTimers();
    mount(partial);
    expect(count().getAttribute('data-total')).toBe('10001');
    expect(count().getAttribute('data-complete')).toBe('false');
    expect(count().textContent).toBe('notes_page_count(10001|10001)');
    expect(rows()).toBeLessThan(PAGE);
    expect(root.querySelector('.cl-note')!.getAttribute('data-note-id')).toBe('n-00299');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(200);
    });
    expect(rows()).toBe(PAGE);
    // The site filter lists every site from the index, export waits for every note.
    expect([...root.querySelectorAll('select')[1]!.querySelectorAll('option')].map((o) => o.value)).toEqual([
      '',
      'news0.example',
      'news1.example',
    ]);
    expect(
      [...root.querySelectorAll<HTMLButtonElement>('button[data-format]')].every((b) => b.disabled),
    ).toBe(true);
  });

  it('a filter chosen before every note is read waits for them, then applies to all', () => {
    mount(partial);
    const verdict = root.querySelectorAll('select')[0]!;
    act(() => {
      verdict.value = 'disputed';
      verdict.dispatchEvent(new Event('change'));
    });
    expect(count().textContent).toBe('notes_page_reading(10001)');
    expect(rows()).toBe(0);
    mount({ ...partial, notes: all, complete: true, total: all.length });
    expect(count().getAttribute('data-shown')).toBe('150');
    expect(count().textContent).toBe('notes_page_count(150|300)');
    expect(root.querySelector('.cl-note')!.getAttribute('data-verdict')).toBe('disputed');
    expect([...root.querySelectorAll<HTMLButtonElement>('button[data-format]')].some((b) => b.disabled)).toBe(
      false,
    );
  });
});
