// The CLI's logic behind the `claimlens` command, with its I/O injected so tests can run it in-process.
import { parseHTML } from 'linkedom';
import { analyze } from '../core/index.js';
import { extractArticle } from '../dom/extract.js';
import { findPublishedAt } from '../dom/published-at.js';
import { type ExtractRequest, parseArgs, USAGE, UsageError } from './args.js';
import { decodeInput, InputError } from './decode.js';
import { convertNotes, NOTES_USAGE } from './notes.js';
import { buildReport, renderMarkdown } from './report.js';

export interface Io {
  readFile(path: string): Uint8Array;
  readStdin(): Uint8Array;
  out(s: string): void;
  err(s: string): void;
}

const VERSION = '0.1.0';

function readInput(req: { input: string }, io: Io): Uint8Array {
  if (req.input === '-') return io.readStdin();
  try {
    return io.readFile(req.input);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`no such file: ${req.input}`);
    if (code === 'EISDIR') throw new InputError(`${req.input} is a directory, not a file`);
    if (code === 'EACCES') throw new InputError(`permission denied: ${req.input}`);
    throw new InputError(`cannot read ${req.input}: ${(e as Error).message}`);
  }
}

function isHtmlInput(req: ExtractRequest, text: string): boolean {
  if (/\.x?html?$/i.test(req.input)) return true;
  if (req.input === '-' || /\.txt$/i.test(req.input)) return false;
  // Another extension: trust the content, not the name.
  return /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 512));
}

function run(req: ExtractRequest, io: Io): void {
  const bytes = readInput(req, io);
  const htmlByName = /\.x?html?$/i.test(req.input);
  const decoded = decodeInput(bytes, htmlByName || !/\.txt$/i.test(req.input));
  if (decoded.warning) io.err(`claimlens: ${decoded.warning}\n`);
  const raw = decoded.text;
  let text = raw;
  let publishedAt: string | undefined;
  if (isHtmlInput(req, raw)) {
    // A fragment (no <html>, no <body>: a saved article body, a Readability output) is a page's body.
    const page = /<(?:html|body)[\s>]/i.test(raw)
      ? raw
      : `<!DOCTYPE html><html><head></head><body>${raw}</body></html>`;
    const { document } = parseHTML(page);
    text = extractArticle(document as unknown as Document, { wholePage: req.wholePage }).text;
    publishedAt = findPublishedAt(document as unknown as Document);
  }
  const { lang, claims, unsupported } = analyze(text, {
    lang: req.lang,
    ...(req.basic ? { reading: 'basic' as const } : {}),
    ...(req.uiLang ? { uiLang: req.uiLang } : {}),
    ...(publishedAt ? { publishedAt } : {}),
  });
  if (unsupported && !req.basic)
    io.err(
      `claimlens: the text reads as "${unsupported}", a language ClaimLens does not read yet: no claims (--basic reads digits with a currency or %; --lang en forces English)\n`,
    );
  const source = req.input === '-' ? 'stdin' : req.input;
  const report = buildReport(text, lang, claims, source, publishedAt, req.uiLang);
  io.out(req.format === 'md' ? renderMarkdown(report) : JSON.stringify(report, null, 2) + '\n');
}

/** Runs the CLI; returns the exit code. User errors are one line on stderr, never a stack trace. */
export function main(argv: readonly string[], io: Io): number {
  try {
    const parsed = parseArgs(argv);
    if (parsed.command === 'help') {
      io.out(`${USAGE}\n${NOTES_USAGE}\n`);
      return 0;
    }
    if (parsed.command === 'notes-convert') {
      const bytes = readInput(parsed, io);
      const result = convertNotes(decodeInput(bytes, false).text, parsed.format);
      if (!result.ok) throw new InputError(`${parsed.input}: ${result.error}`);
      for (const w of result.warnings) io.err(`claimlens: ${w}\n`);
      io.out(result.out);
      return 0;
    }
    if (parsed.command === 'version') {
      io.out(VERSION + '\n');
      return 0;
    }
    run(parsed, io);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`claimlens: ${e.message}\n${USAGE.split('\n')[0]}\n`);
      return 2;
    }
    if (e instanceof InputError) {
      io.err(`claimlens: ${e.message}\n`);
      return 1;
    }
    io.err(
      `claimlens: internal error: ${(e as Error)?.message ?? String(e)} (please report it with the input)\n`,
    );
    return 70;
  }
}
