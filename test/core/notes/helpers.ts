// Builds notes for the notes tests from a text and a quote, as the card would when the reader presses a verdict.
import { describe as selectors } from '../../../src/core/notes/anchor.js';
import type { Note, Verdict } from '../../../src/core/notes/types.js';

let n = 0;

export function noteAt(
  text: string,
  quote: string,
  opts: { nth?: number; verdict?: Verdict | null; note?: string; url?: string; modified?: string } = {},
): Note {
  let at = -1;
  for (let i = 0; i <= (opts.nth ?? 0); i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`no ${quote} in the text`);
  const sel = selectors(text, at, at + quote.length);
  const time = opts.modified ?? '2026-11-20T10:00:00.000Z';
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    url: opts.url ?? 'https://www.example.com/news/1',
    title: 'An article',
    ...sel,
    claim: { kind: 'percent', value: Number.parseFloat(quote) || 0, unit: '%', sentence: '' },
    verdict: opts.verdict === undefined ? 'disputed' : opts.verdict,
    note: opts.note ?? '',
    created: '2026-11-20T10:00:00.000Z',
    modified: time,
  };
}
