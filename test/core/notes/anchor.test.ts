// Re-anchoring on edited texts: insertions, deletions, repeated numbers, whitespace changes, rewrites near a number.
import { describe, expect, it } from 'vitest';
import { anchorAll } from '../../../src/core/notes/anchor.js';
import { noteAt } from './helpers.js';

const ARTICLE = [
  'A Chinese lab said its R1 model scored 79.8% on AIME 2024, against 79.2% for the rival o1 model.',
  'The lab put the final training run at 557만6000달러, a figure that leaves out earlier research.',
  'Analysts noted that 79.8% on a 30-problem test is a margin of less than one problem.',
  'Shares of chip makers fell 17% on the day the model was released.',
].join('\n');

function place(text: string, note: ReturnType<typeof noteAt>) {
  const [hit] = anchorAll(text, [note]);
  return hit ? { ...hit, text: text.slice(hit.start, hit.end) } : null;
}

describe('re-anchoring', () => {
  it('finds an unchanged quote by its quote and context', () => {
    const note = noteAt(ARTICLE, '79.8%');
    expect(place(ARTICLE, note)).toMatchObject({
      start: note.position.start,
      method: 'quote',
      text: '79.8%',
    });
  });

  it('tells repeated numbers apart by their context', () => {
    const second = noteAt(ARTICLE, '79.8%', { nth: 1 });
    const hit = place(ARTICLE, second);
    expect(hit?.start).toBe(second.position.start);
    expect(hit?.start).toBeGreaterThan(ARTICLE.indexOf('Analysts'));
  });

  it('follows a paragraph inserted before the claim', () => {
    const note = noteAt(ARTICLE, '79.8%', { nth: 1 });
    const edited = `An editor's note added at the top of the article, several lines long.\n${ARTICLE}`;
    const hit = place(edited, note);
    expect(hit).toMatchObject({ method: 'quote', text: '79.8%' });
    expect(hit!.start).toBe(edited.indexOf('79.8%', edited.indexOf('Analysts')));
  });

  it('follows a paragraph inserted right before the claim sentence (one side of the context changes)', () => {
    const text = 'Intro line.\n79.8% of the problems were solved, said the lab.';
    const note = noteAt(text, '79.8%');
    const edited =
      'Intro line.\nA new paragraph about something else entirely.\n79.8% of the problems were solved, said the lab.';
    expect(place(edited, note)).toMatchObject({
      method: 'quote',
      text: '79.8%',
      start: edited.indexOf('79.8%'),
    });
  });

  it('follows deletions before the claim', () => {
    const note = noteAt(ARTICLE, '557만6000달러');
    const edited = ARTICLE.slice(ARTICLE.indexOf('\n') + 1);
    expect(place(edited, note)).toMatchObject({
      method: 'quote',
      text: '557만6000달러',
      start: edited.indexOf('557만'),
    });
  });

  it('ignores whitespace changes (re-wrapped lines, doubled or non-breaking spaces)', () => {
    const note = noteAt(ARTICLE, '79.8%');
    const edited = ARTICLE.replace('R1 model scored', 'R1\n   model\u00a0 scored').replace(
      'on AIME 2024',
      'on  AIME\t2024',
    );
    const hit = place(edited, note);
    expect(hit).toMatchObject({ method: 'quote', text: '79.8%' });
    expect(hit!.start).toBe(edited.indexOf('79.8%'));
  });

  it('keeps a quote whose inner spacing changed', () => {
    const text = 'The deal was worth $5.6 million in cash and shares, the filing said.';
    const note = noteAt(text, '$5.6 million');
    const edited = text.replace('$5.6 million', '$5.6\u00a0million');
    expect(place(edited, note)).toMatchObject({ text: '$5.6\u00a0million' });
  });

  it('falls back to the position when both sides of the context were rewritten', () => {
    const text = 'Sales rose by 17% over the last year according to the company statement.';
    const note = noteAt(text, '17%');
    const edited = 'Profits up by 17% in twelve months, its statement to investors shows now.';
    // Same offset by construction: the rewrite kept the number where it was.
    expect(edited.indexOf('17%')).toBe(text.indexOf('17%'));
    expect(place(edited, note)).toMatchObject({ method: 'position', text: '17%' });
  });

  it('finds a lightly edited sentence near the old position with the fuzzy search', () => {
    const note = noteAt(ARTICLE, '17%');
    const edited = `${'Filler paragraph. '.repeat(10)}\n${ARTICLE.replace('Shares of chip makers fell 17% on the day', 'Shares of chipmakers slid 17% on that day')}`;
    const hit = place(edited, note);
    expect(hit).toMatchObject({ method: 'fuzzy', text: '17%' });
    expect(hit!.start).toBe(edited.indexOf('17%'));
  });

  it('places an edited number at its sentence with the fuzzy search (the reader learns it changed)', () => {
    const note = noteAt(ARTICLE, '79.8%');
    const edited = `Update.\n${ARTICLE.replace('scored 79.8% on AIME', 'scored 79.9% on AIME')}`;
    const hit = place(edited, note);
    expect(hit).toMatchObject({ method: 'fuzzy', text: '79.9%' });
  });

  it('does not place a note whose sentence was removed', () => {
    const note = noteAt(ARTICLE, '17%');
    const edited = ARTICLE.split('\n').slice(0, 3).join('\n');
    expect(place(edited, note)).toBeNull();
  });

  it('does not move a removed number onto another occurrence with a different context', () => {
    const note = noteAt(ARTICLE, '79.8%');
    const edited = `Intro.\n${ARTICLE.split('\n').slice(1).join('\n')}`;
    expect(place(edited, note)).toBeNull();
  });

  it('anchors many notes in one long text', () => {
    const paragraphs = Array.from(
      { length: 400 },
      (_, i) => `Paragraph ${i}: the figure was ${i + 0.5}% in region ${i}.`,
    );
    const text = paragraphs.join('\n');
    const notes = Array.from({ length: 50 }, (_, i) => noteAt(text, `${i * 8 + 0.5}%`));
    const edited = `Added at the top.\n${text}`;
    const hits = anchorAll(edited, notes);
    expect(hits.every((h, i) => h !== null && edited.slice(h.start, h.end) === `${i * 8 + 0.5}%`)).toBe(true);
  });

  it('never throws on odd input', () => {
    const note = noteAt('x 1% y', '1%');
    expect(anchorAll('', [note])).toEqual([null]);
    expect(
      anchorAll('\u0000\ud800 1%', [{ ...note, position: { start: 99, end: 120 } }])[0],
    ).not.toBeUndefined();
  });
});
