// Bench and eval input: the seed article and every sentence of the conformance corpora (read in place from ../shared).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export type TextLang = 'ko' | 'en' | 'zh' | 'ja';

export interface Piece {
  /** Where it came from, relative to the corpus folder. */
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

/** Every distinct `text` of the conformance files under `root` (each one sentence or expression), in file order. */
export function conformancePieces(root: string): Piece[] {
  if (!existsSync(root)) return [];
  const seen = new Set<string>();
  const out: Piece[] = [];
  for (const file of jsonFiles(root)) {
    const items: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(items)) continue;
    const source = relative(root, file);
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

/** An article's text file, one piece per paragraph (the content script feeds blocks, not whole pages). */
export function seedPieces(file: string): Piece[] {
  const source = file;
  return readFileSync(file, 'utf8')
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((text) => ({ source, lang: 'ko' as const, text }));
}
