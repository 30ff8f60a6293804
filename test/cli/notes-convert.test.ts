// `claimlens notes convert`: an exported notes file to CSV, Markdown or ClaimReview, with the notes page's own code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/args.js';
import { type Io, main } from '../../src/cli/run.js';
import { exportNotes, toW3C } from '../../src/core/notes/export.js';
import { noteAt } from '../core/notes/helpers.js';

const TEXT =
  'The lab said R1 scored 79.8% on AIME 2024, against 79.2% for o1, and spent 557만6000달러 on the run.';
const NOTES = [
  noteAt(TEXT, '79.8%', { note: 'Self-reported.', modified: '2026-11-22T00:00:00.000Z' }),
  noteAt(TEXT, '557만6000달러', { verdict: 'misleading', modified: '2026-11-23T00:00:00.000Z' }),
  noteAt(TEXT, '79.2%', { verdict: 'checked', modified: '2026-11-21T00:00:00.000Z' }),
];

function run(argv: string[], stdin: string): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: Io = {
    readFile: (p) => readFileSync(p),
    readStdin: () => new TextEncoder().encode(stdin),
    out: (s) => {
      out += s;
    },
    err: (s) => {
      err += s;
    },
  };
  return { code: main(argv, io), out, err };
}

describe('claimlens notes convert', () => {
  it('parses its arguments', () => {
    expect(parseArgs(['notes', 'convert', '--format', 'csv', 'x.jsonld'])).toEqual({
      command: 'notes-convert',
      format: 'csv',
      input: 'x.jsonld',
    });
    expect(parseArgs(['notes', 'convert', '--format=claimreview', '-'])).toMatchObject({
      format: 'claimreview',
    });
    expect(() => parseArgs(['notes', 'convert', 'x.jsonld'])).toThrow(UsageError);
    expect(() => parseArgs(['notes', 'convert', '--format', 'xml', 'x'])).toThrow(UsageError);
    expect(() => parseArgs(['notes', 'list'])).toThrow(UsageError);
  });

  it('writes what the notes page writes, for each format', () => {
    const json = toW3C(NOTES);
    for (const format of ['csv', 'md', 'claimreview'] as const) {
      const r = run(['notes', 'convert', '--format', format, '-'], json);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      expect(r.out).toBe(exportNotes(NOTES, format));
    }
    const reviews = JSON.parse(run(['notes', 'convert', '--format', 'claimreview', '-'], json).out);
    // Disputed and Misleading only, newest first; the Checked note is not a review.
    expect(
      reviews.map((r: { reviewRating: { alternateName: string } }) => r.reviewRating.alternateName),
    ).toEqual(['Misleading', 'Disputed']);
  });

  it('lists skipped annotations on stderr and fails on a file that is not an export', () => {
    const doc = JSON.parse(toW3C(NOTES));
    doc.first.items[0].target.source = 'ftp://x';
    const r = run(['notes', 'convert', '--format', 'csv', '-'], JSON.stringify(doc));
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/skipped annotation 1: url/);
    expect(r.out.trim().split('\r\n')).toHaveLength(3);
    const bad = run(['notes', 'convert', '--format', 'md', '-'], '{ nope');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/not JSON/);
    expect(bad.out).toBe('');
  });
});
