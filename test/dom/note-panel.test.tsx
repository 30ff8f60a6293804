// @vitest-environment happy-dom
// The card's verdict buttons and note field: names, pressed state, a second press clears, a debounced save as the
// reader types, the 2,000-character limit, and a note typed just before the card closes is not lost.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  NOTE_DEBOUNCE_MS,
  NotePanel,
  type NotePanelProps,
  type NoteState,
} from '../../src/ui/card/note-panel.js';

const NAMES: Record<string, string> = {
  notes_verdict_checked: 'Checked',
  notes_verdict_disputed: 'Disputed',
  notes_verdict_misleading: 'Misleading',
  notes_verdict_needs_source: 'Needs a source',
  notes_note_label: 'Your note',
};
const t = (key: string, subs?: string | string[]) =>
  NAMES[key] ?? (subs === undefined ? key : `${key}(${[subs].flat().join('|')})`);

function mount(saves: NoteState[], props: Partial<NotePanelProps> = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(
      <NotePanel
        claimId="c-1"
        t={t}
        lang="en"
        verdict={null}
        note=""
        modified={null}
        onSave={(s) => {
          saves.push(s);
          return Promise.resolve('2026-12-01T10:00:00.000Z');
        }}
        {...props}
      />,
      root,
    );
  });
  const buttons = () => [...root.querySelectorAll<HTMLButtonElement>('button.cl-verdict')];
  const field = () => root.querySelector('textarea')!;
  return { root, buttons, field };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('NotePanel', () => {
  it('names its buttons and its field, in a natural order', () => {
    const { root, buttons, field } = mount([]);
    expect(buttons().map((b) => b.textContent?.replace(/^[✓✗!?]/, ''))).toEqual([
      'Checked',
      'Disputed',
      'Misleading',
      'Needs a source',
    ]);
    expect(buttons().every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
    const label = root.querySelector(`label[for="${field().id}"]`);
    expect(label?.textContent).toBe('Your note');
    expect(field().maxLength).toBe(2000);
    const order = [...root.querySelectorAll('button, textarea')];
    expect(order.indexOf(field())).toBe(order.length - 1);
  });

  it('saves a verdict at once; a second press on it clears it', async () => {
    const saves: NoteState[] = [];
    const { buttons } = mount(saves);
    await act(() => buttons()[1]!.click());
    expect(buttons()[1]!.getAttribute('aria-pressed')).toBe('true');
    await act(() => buttons()[2]!.click());
    expect(buttons().map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'true', 'false']);
    await act(() => buttons()[2]!.click());
    expect(saves.map((s) => s.verdict)).toEqual(['disputed', 'misleading', null]);
    expect(buttons().every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
  });

  it('saves the note once typing pauses, not on every keystroke', async () => {
    vi.useFakeTimers();
    const saves: NoteState[] = [];
    const { field, root } = mount(saves, { verdict: 'checked' });
    for (const text of ['S', 'Se', 'Self-reported.']) {
      await act(() => {
        field().value = text;
        field().dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
    expect(saves).toEqual([]);
    await act(() => {
      vi.advanceTimersByTime(NOTE_DEBOUNCE_MS + 10);
    });
    expect(saves).toEqual([{ verdict: 'checked', note: 'Self-reported.' }]);
    await act(() => Promise.resolve());
    expect(root.querySelector('.cl-notes__status')?.textContent).toMatch(/^notes_changed_at/);
  });

  it('cuts a pasted note at 2,000 characters', async () => {
    vi.useFakeTimers();
    const saves: NoteState[] = [];
    const { field } = mount(saves);
    await act(() => {
      field().value = 'x'.repeat(2500);
      field().dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => {
      vi.advanceTimersByTime(NOTE_DEBOUNCE_MS + 10);
    });
    expect(saves[0]!.note).toHaveLength(2000);
  });

  it('saves a note still waiting for its pause when the card closes', async () => {
    vi.useFakeTimers();
    const saves: NoteState[] = [];
    const { field, root } = mount(saves);
    await act(() => {
      field().value = 'Typed, then Escape.';
      field().dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => render(null, root));
    expect(saves).toEqual([{ verdict: null, note: 'Typed, then Escape.' }]);
  });
});
