// `claimlens notes convert --format csv|md|claimreview <file>`: converts a My notes export (W3C Web Annotation JSON)
// with the same code as the notes page. The notes themselves live in the browser; this only reads an exported file.
import { exportNotes } from '../core/notes/export.js';
import { parseImport } from '../core/notes/import.js';

export type NotesFormat = 'csv' | 'md' | 'claimreview';

export interface NotesConvertRequest {
  command: 'notes-convert';
  format: NotesFormat;
  /** "-" for standard input. */
  input: string;
}

export const NOTES_USAGE = `       claimlens notes convert --format csv|md|claimreview <notes.jsonld|->
Converts notes exported from My notes (W3C Web Annotation JSON) to CSV, Markdown or ClaimReview JSON-LD
(Disputed and Misleading verdicts). Annotations that fail validation are skipped and listed on stderr.`;

const FORMATS: readonly string[] = ['csv', 'md', 'claimreview'];

/** Parses the arguments after `notes`; throws `usage(message)` on a mistake. */
export function parseNotesArgs(argv: readonly string[], usage: (m: string) => Error): NotesConvertRequest {
  if (argv[0] !== 'convert')
    throw usage(`unknown notes command "${argv[0] ?? ''}" (try: claimlens notes convert)`);
  let format: NotesFormat | null = null;
  const positional: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--format') {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || !FORMATS.includes(value))
        throw usage(`--format must be one of ${FORMATS.join('|')}, not "${value ?? ''}"`);
      format = value as NotesFormat;
    } else if (arg === '-' || !arg.startsWith('-')) positional.push(arg);
    else throw usage(`unknown option "${arg}"`);
  }
  if (!format) throw usage(`--format is required: ${FORMATS.join('|')}`);
  if (positional.length !== 1) throw usage('one exported notes file (or - for standard input)');
  return { command: 'notes-convert', format, input: positional[0]! };
}

/** Converts the file's text; returns the output and the lines for stderr, or an error message. */
export function convertNotes(
  text: string,
  format: NotesFormat,
): { ok: true; out: string; warnings: string[] } | { ok: false; error: string } {
  const parsed = parseImport(text);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  return {
    ok: true,
    out: exportNotes(parsed.notes, format),
    warnings: parsed.skipped.map((s) => `skipped annotation ${s.index}: ${s.reason}`),
  };
}
