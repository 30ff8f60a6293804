// Loads a gold passage set (../shared/<set>/dev.json, plus ../extra-<set>/*.json when someone gathered more) and analyzes it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/index.js';
import type { Claim } from '../../src/core/types.js';
import type { Passage } from './gold.js';
import { optionalPath, readJson, sharedPath } from './shared.js';

export interface Analyzed {
  p: Passage;
  claims: Claim[];
}

export function analyzePassage(p: Passage): Claim[] {
  return analyze(p.text, {
    lang: p.lang,
    uiLang: 'en',
    ...(p.published ? { publishedAt: p.published } : {}),
  }).claims;
}

/** The development set from ../shared. */
export function devSet(set: 'benchnews' | 'econnews'): Analyzed[] {
  return readJson<Passage[]>(sharedPath(set, 'dev.json')).map((p) => ({ p, claims: analyzePassage(p) }));
}

/** Real passages gathered beside the project (../extra-<set>/*.json): measured and printed, never committed. */
export function extraSet(set: 'benchnews' | 'econnews'): Analyzed[] {
  const dir = optionalPath(`extra-${set}`);
  if (!dir) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const data = readJson<Passage | Passage[]>(join(dir, f));
      return Array.isArray(data) ? data : [data];
    })
    .map((p) => ({ p, claims: analyzePassage(p) }));
}
