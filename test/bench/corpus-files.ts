// The shared fixtures as bench input: the seed article and every sentence of the conformance corpora, with their language.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export type TextLang = 'ko' | 'en' | 'zh' | 'ja';

export interface Piece {
  /** Where it came from, relative to test/data. */
  source: string;
  lang: TextLang;
  text: string;
}

function langOf(path: string): TextLang {
  const p = path.toLowerCase();
  if (/(^|[/_])ko([._/]|$)|korean|klue/.test(p)) return 'ko';
  if (/(^|[/_])zh([._/]|$)|chinese/.test(p)) return 'zh';
  if (/(^|[/_])ja([._/]|$)|japanese/.test(p)) return 'ja';
  return 'en';
}

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...jsonFiles(p));
    else if (name.endsWith('.json') && !name.startsWith('_')) out.push(p);
  }
  return out;
}

/** Every distinct `text` of the conformance files (each is one sentence or expression), in file order. */
export function conformancePieces(dataDir: string): Piece[] {
  const root = join(dataDir, 'conformance');
  const seen = new Set<string>();
  const out: Piece[] = [];
  for (const file of jsonFiles(root)) {
    const items: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(items)) continue;
    const source = relative(dataDir, file);
    const lang = langOf(source);
    for (const item of items) {
      const text = (item as { text?: unknown }).text;
      if (typeof text !== 'string' || !text || seen.has(text)) continue;
      seen.add(text);
      out.push({ source, lang, text });
    }
  }
  return out;
}

/** The seed article's text, one piece per paragraph (the content script feeds blocks, not whole pages). */
export function seedPieces(dataDir: string): Piece[] {
  const source = 'seed/hankyung-deepseek-2025-01.txt';
  return readFileSync(join(dataDir, source), 'utf8')
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((text) => ({ source, lang: 'ko' as const, text }));
}
