// Where the evaluation finds the development sets and third-party corpora (../shared, read in place, never copied).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project's root (the eval runs from it). */
export const ROOT = resolve(import.meta.dirname, '../..');

/** ../shared beside the project, or CLAIMLENS_SHARED. The eval has nothing to measure without it: say so plainly. */
export const SHARED = resolve(process.env.CLAIMLENS_SHARED ?? join(ROOT, '../shared'));

export function sharedPath(...parts: string[]): string {
  const p = join(SHARED, ...parts);
  if (!existsSync(p))
    throw new Error(
      `npm run eval reads the development sets from ${SHARED} (set CLAIMLENS_SHARED to move it): ${p} is missing`,
    );
  return p;
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Optional sets kept beside the project by whoever gathered them (real stories that may not be committed). */
export function optionalPath(name: string): string | null {
  const p = resolve(ROOT, '..', name);
  return existsSync(p) ? p : null;
}
