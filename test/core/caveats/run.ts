// Test helper: enrich + caveats over a built document, and lookups by claim text.
import { applyCaveats } from '../../../src/core/caveats/index.js';
import { enrichClaims } from '../../../src/core/enrich/index.js';
import type { Caveat, Claim } from '../../../src/core/types.js';
import type { Built } from './corpus.js';

export function run(b: Built): Claim[] {
  enrichClaims(b.claims, b.ctx);
  applyCaveats(b.claims, b.ctx);
  return b.claims;
}

export function claimOf(claims: Claim[], text: string): Claim {
  const c = claims.find((x) => x.text === text || x.text.startsWith(text));
  if (!c) throw new Error(`no claim "${text}" in ${claims.map((x) => x.text).join(' | ')}`);
  return c;
}

export function caveatOf(claims: Claim[], text: string, id: string): Caveat {
  const c = claimOf(claims, text).caveats.find((v) => v.id === id);
  if (!c)
    throw new Error(
      `no caveat ${id} on "${text}": ${claimOf(claims, text)
        .caveats.map((v) => v.id)
        .join(', ')}`,
    );
  return c;
}

export function ids(claims: Claim[], text: string): string[] {
  return claimOf(claims, text).caveats.map((v) => v.id);
}
