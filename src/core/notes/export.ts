// Notes out, for fact-checkers and colleagues: W3C Web Annotation JSON, CSV, Markdown and schema.org ClaimReview.
// One code path for the My notes page and the CLI. Pure.
import type { Note, Verdict } from './types.js';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** English names of the verdicts: the exports' vocabulary (ClaimReview's alternateName, CSV and Markdown by default). */
export const VERDICT_NAMES: Record<Verdict, string> = {
  checked: 'Checked',
  disputed: 'Disputed',
  misleading: 'Misleading',
  'needs-source': 'Needs a source',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function annotationId(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id}` : `urn:claimlens:${id}`;
}

/** One note as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/). */
export function toAnnotation(n: Note): Record<string, unknown> {
  const body: Record<string, unknown>[] = [];
  if (n.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: n.note, format: 'text/plain' });
  if (n.verdict) body.push({ type: 'TextualBody', purpose: 'assessing', value: n.verdict });
  return {
    '@context': ANNO_CONTEXT,
    id: annotationId(n.id),
    type: 'Annotation',
    motivation: n.verdict ? 'assessing' : 'commenting',
    created: n.created,
    modified: n.modified,
    generator: { type: 'Software', name: 'ClaimLens' },
    body,
    target: {
      source: n.url,
      selector: [
        { type: 'TextQuoteSelector', exact: n.quote.exact, prefix: n.quote.prefix, suffix: n.quote.suffix },
        { type: 'TextPositionSelector', start: n.position.start, end: n.position.end },
      ],
    },
    // What the engine had found, which the W3C model has no term for; readers of the model ignore it.
    claimlens: {
      title: n.title,
      kind: n.claim.kind,
      value: n.claim.value,
      unit: n.claim.unit,
      sentence: n.claim.sentence,
      ...(n.anchor ? { anchor: n.anchor } : {}),
    },
  };
}

/** Every note as one AnnotationCollection, newest first. */
export function toW3C(notes: readonly Note[]): string {
  const items = newestFirst(notes).map(toAnnotation);
  return `${JSON.stringify(
    {
      '@context': ANNO_CONTEXT,
      type: 'AnnotationCollection',
      label: 'ClaimLens notes',
      total: items.length,
      first: { type: 'AnnotationPage', startIndex: 0, items },
    },
    null,
    2,
  )}\n`;
}

export function newestFirst(notes: readonly Note[]): Note[] {
  return notes.slice().sort((a, b) => (a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : 0));
}

/** A CSV cell: quoted when needed; a leading = + - @ is neutralized so a spreadsheet never runs it as a formula. */
function cell(v: string | number | null): string {
  let s = v === null ? '' : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_COLUMNS = [
  'url',
  'title',
  'quote',
  'prefix',
  'suffix',
  'verdict',
  'note',
  'kind',
  'value',
  'unit',
  'sentence',
  'created',
  'modified',
  'found_at_last_visit',
] as const;

export function toCsv(notes: readonly Note[], names: Record<Verdict, string> = VERDICT_NAMES): string {
  const rows = newestFirst(notes).map((n) =>
    [
      n.url,
      n.title,
      n.quote.exact,
      n.quote.prefix,
      n.quote.suffix,
      n.verdict ? names[n.verdict] : '',
      n.note,
      n.claim.kind,
      n.claim.value,
      n.claim.unit,
      n.claim.sentence,
      n.created,
      n.modified,
      n.anchor ? (n.anchor.found ? 'yes' : 'no') : '',
    ]
      .map(cell)
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** Markdown text: characters that would start markup are escaped, line breaks kept inside a list item. */
function md(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\r?\n/g, '  \n  ');
}

export function toMarkdown(notes: readonly Note[], names: Record<Verdict, string> = VERDICT_NAMES): string {
  const pages = new Map<string, Note[]>();
  for (const n of newestFirst(notes)) {
    const list = pages.get(n.url);
    if (list) list.push(n);
    else pages.set(n.url, [n]);
  }
  const out = ['# ClaimLens notes', ''];
  for (const [url, list] of pages) {
    const title = list[0]!.title || url;
    out.push(`## [${md(title)}](<${url.replace(/>/g, '%3E')}>)`, '');
    for (const n of list) {
      const verdict = n.verdict ? ` — **${names[n.verdict]}**` : '';
      out.push(`- **${md(n.quote.exact)}**${verdict} (${n.modified.slice(0, 10)})`);
      const context = `${n.quote.prefix}**${n.quote.exact}**${n.quote.suffix}`.replace(/\s+/g, ' ').trim();
      out.push(`  > …${md(context).replace(/\\\*\\\*/g, '**')}…`);
      if (n.note) out.push(`  ${md(n.note)}`);
      if (n.anchor && !n.anchor.found) out.push('  _Not found on the page at the last visit._');
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/** schema.org ClaimReview for the notes that dispute a claim (Disputed, Misleading). */
export function toClaimReview(notes: readonly Note[]): string {
  const reviews = newestFirst(notes)
    .filter((n) => n.verdict === 'disputed' || n.verdict === 'misleading')
    .map((n) => ({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      datePublished: n.modified.slice(0, 10),
      claimReviewed: n.claim.sentence.trim() || n.quote.exact,
      itemReviewed: {
        '@type': 'Claim',
        appearance: { '@type': 'CreativeWork', url: n.url, ...(n.title ? { headline: n.title } : {}) },
        text: n.quote.exact,
      },
      reviewRating: {
        '@type': 'Rating',
        alternateName: VERDICT_NAMES[n.verdict!],
        ...(n.note ? { ratingExplanation: n.note } : {}),
      },
      ...(n.note ? { reviewBody: n.note } : {}),
    }));
  return `${JSON.stringify(reviews, null, 2)}\n`;
}

export type ExportFormat = 'json' | 'csv' | 'md' | 'claimreview';

export function exportNotes(
  notes: readonly Note[],
  format: ExportFormat,
  names: Record<Verdict, string> = VERDICT_NAMES,
): string {
  switch (format) {
    case 'json':
      return toW3C(notes);
    case 'csv':
      return toCsv(notes, names);
    case 'md':
      return toMarkdown(notes, names);
    case 'claimreview':
      return toClaimReview(notes);
  }
}

export const EXPORT_TYPES: Record<ExportFormat, { extension: string; mime: string }> = {
  json: { extension: 'jsonld', mime: 'application/ld+json' },
  csv: { extension: 'csv', mime: 'text/csv' },
  md: { extension: 'md', mime: 'text/markdown' },
  claimreview: { extension: 'claimreview.jsonld', mime: 'application/ld+json' },
};
