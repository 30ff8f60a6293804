// Export (W3C Web Annotation JSON, CSV, Markdown, ClaimReview) and import: round trips, validation, the skip report.
import { describe, expect, it } from 'vitest';
import { exportNotes, toCsv, toW3C } from '../../../src/core/notes/export.js';
import { parseImport } from '../../../src/core/notes/import.js';
import { noteAt } from './helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: parsed exports are walked freely in the assertions
type Json = any;

const TEXT =
  'DeepSeek said R1 scored 79.8% on AIME 2024, against 79.2% for o1, and spent 557만6000달러 on the final run.';

function sample() {
  return [
    noteAt(TEXT, '79.8%', {
      note: 'Self-reported; 0.6 pp is a fifth of one problem.',
      modified: '2026-11-22T00:00:00.000Z',
    }),
    noteAt(TEXT, '79.2%', { verdict: 'checked', modified: '2026-11-21T00:00:00.000Z' }),
    noteAt(TEXT, '557만6000달러', {
      verdict: 'misleading',
      note: '=HYPERLINK("x") leaves out research costs,\n"quoted" too',
      modified: '2026-11-23T00:00:00.000Z',
    }),
    noteAt(TEXT, 'AIME', {
      verdict: null,
      note: 'Which year’s problems?',
      modified: '2026-11-20T00:00:00.000Z',
    }),
  ];
}

describe('W3C Web Annotation export', () => {
  it('writes one Annotation per note with the quote and position selectors, the note and the verdict', () => {
    const doc = JSON.parse(toW3C(sample()));
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    const items = doc.first.items as Array<Json>;
    expect(items).toHaveLength(4);
    const disputed = items.find((a) => a.target.selector[0].exact === '79.8%')!;
    expect(disputed).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      motivation: 'assessing',
      target: {
        source: 'https://www.example.com/news/1',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: '79.8%',
            prefix: 'DeepSeek said R1 scored ',
            suffix: ' on AIME 2024, against 79.2% for',
          },
          { type: 'TextPositionSelector', start: TEXT.indexOf('79.8%'), end: TEXT.indexOf('79.8%') + 5 },
        ],
      },
    });
    expect(disputed.body).toEqual([
      {
        type: 'TextualBody',
        purpose: 'commenting',
        value: 'Self-reported; 0.6 pp is a fifth of one problem.',
        format: 'text/plain',
      },
      { type: 'TextualBody', purpose: 'assessing', value: 'disputed' },
    ]);
    // Newest first.
    expect(items.map((a) => a.modified)).toEqual([...items.map((a) => a.modified)].sort().reverse());
  });

  it('round-trips through import unchanged', () => {
    const notes = sample();
    const parsed = parseImport(toW3C(notes));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.skipped).toEqual([]);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(parsed.notes.sort(byId)).toEqual(notes.sort(byId));
  });
});

describe('import', () => {
  it('refuses a file that is not an annotation export, with a reason', () => {
    for (const text of ['', '{', 'null', '{"type":"Thing"}', '"text"', '{"@context":"x","items":3}']) {
      const parsed = parseImport(text);
      expect(parsed.ok).toBe(false);
    }
  });

  it('skips each invalid annotation with its place and reason, and keeps the valid ones', () => {
    const doc = JSON.parse(toW3C(sample()));
    const items = doc.first.items as Array<Json>;
    items[0]!.body[1].value = 'true';
    items[1]!.target.source = 'javascript:alert(1)';
    items[2]!.target.selector = [{ type: 'TextPositionSelector', start: 1, end: 2 }];
    items.push({ type: 'Annotation', id: 'urn:uuid:x', target: 'https://a.test/' });
    (items as unknown[]).push('nonsense');
    const parsed = parseImport(JSON.stringify(doc));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.notes).toHaveLength(1);
    expect(parsed.skipped.map((s) => s.index)).toEqual([1, 2, 3, 5, 6]);
    expect(parsed.skipped[0]!.reason).toMatch(/verdict/);
    expect(parsed.skipped[1]!.reason).toMatch(/url/);
    expect(parsed.skipped[2]!.reason).toMatch(/TextQuoteSelector/);
  });

  it('reads a bare array or a single annotation too', () => {
    const one = JSON.parse(toW3C(sample().slice(0, 1))).first.items[0];
    expect(parseImport(JSON.stringify(one))).toMatchObject({ ok: true, skipped: [] });
    expect(parseImport(JSON.stringify([one]))).toMatchObject({ ok: true, skipped: [] });
  });

  it('rejects a note longer than 2,000 characters', () => {
    const doc = JSON.parse(toW3C(sample().slice(0, 1)));
    doc.first.items[0].body[0].value = 'x'.repeat(2001);
    const parsed = parseImport(JSON.stringify(doc));
    expect(parsed).toMatchObject({ ok: true, notes: [] });
  });
});

describe('CSV, Markdown, ClaimReview', () => {
  it('CSV quotes what needs quoting and never starts a cell with a formula', () => {
    const csv = toCsv(sample());
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'url,title,quote,prefix,suffix,verdict,note,kind,value,unit,sentence,created,modified,found_at_last_visit',
    );
    expect(csv).toContain(`"'=HYPERLINK(""x"") leaves out research costs,\n""quoted"" too"`);
    expect(csv).toContain(',Misleading,');
  });

  it('Markdown groups by article and shows the quote in its context', () => {
    const md = exportNotes(sample(), 'md');
    expect(md).toMatch(/^# ClaimLens notes/);
    expect(md).toContain('## [An article](<https://www.example.com/news/1>)');
    expect(md).toContain('- **79.8%** — **Disputed** (2026-11-22)');
    expect(md).toContain('**79.8%**');
  });

  it('ClaimReview covers Disputed and Misleading verdicts only', () => {
    const reviews = JSON.parse(exportNotes(sample(), 'claimreview')) as Array<Json>;
    expect(reviews.map((r) => r.reviewRating.alternateName)).toEqual(['Misleading', 'Disputed']);
    expect(reviews[1]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      datePublished: '2026-11-22',
      claimReviewed: '79.8%',
      itemReviewed: { '@type': 'Claim', appearance: { url: 'https://www.example.com/news/1' } },
    });
  });
});
