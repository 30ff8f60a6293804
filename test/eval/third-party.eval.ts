// Other people's text stays out of the repository: no sentence of ../shared's articles, pages or corpora appears in a
// tracked file (the project's tests carry sentences written here).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Passage } from './gold.js';
import { ROOT, readJson, SHARED, sharedPath } from './shared.js';

/** Long enough that two writers do not produce it by chance; short enough to catch a trimmed quote. */
const KEY = 32;
const fold = (s: string): string => s.replace(/\s+/g, ' ');

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?。…"”])\s+|\n+/)
    .map((s) => fold(s).trim())
    .filter((s) => s.length >= KEY);
}

function corpusTexts(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return corpusTexts(p);
    if (!n.endsWith('.json')) return [];
    const data = readJson<unknown>(p);
    return Array.isArray(data)
      ? data.flatMap((x) =>
          typeof (x as { text?: unknown })?.text === 'string' ? [(x as { text: string }).text] : [],
        )
      : [];
  });
}

function thirdPartyKeys(): Map<string, string> {
  const texts: [string, string][] = [
    ['seed', readFileSync(sharedPath('seed', 'hankyung-deepseek-2025-01.txt'), 'utf8')],
  ];
  for (const set of ['benchnews', 'econnews'])
    for (const p of readJson<Passage[]>(sharedPath(set, 'dev.json'))) texts.push([`${set}/${p.id}`, p.text]);
  for (const t of corpusTexts(sharedPath('conformance'))) texts.push(['conformance', t]);
  const keys = new Map<string, string>();
  for (const [from, t] of texts) for (const s of sentences(t)) keys.set(s.slice(0, KEY), from);
  return keys;
}

const TEXT_FILE = /\.(ts|tsx|mts|mjs|js|json|md|html|txt|css)$/;

describe(`third-party text (${SHARED})`, () => {
  it('no tracked file carries a sentence of the seed, the development sets or the conformance corpora', () => {
    const keys = thirdPartyKeys();
    const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((f) => TEXT_FILE.test(f) && f !== 'package-lock.json');
    const found: string[] = [];
    const all = process.env.EVAL_VERBOSE === '1';
    for (const f of files) {
      let text: string;
      try {
        text = fold(readFileSync(join(ROOT, f), 'utf8'));
      } catch {
        continue; // listed but deleted in the work tree
      }
      for (let i = 0; i + KEY <= text.length; i++) {
        const from = keys.get(text.slice(i, i + KEY));
        if (from) {
          found.push(`${f}: "${text.slice(i, i + KEY)}…" (${from})`);
          i += KEY;
        }
      }
    }
    console.log(`third-party text: ${found.length} sentence(s) found in ${files.length} tracked files`);
    if (all) console.log(found.join('\n'));
    expect(found.slice(0, 20)).toEqual([]);
  });
});
