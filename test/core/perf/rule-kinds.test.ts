// A rule's `kinds` list is only a shortcut: called on claims of any other kind, the rule returns nothing.
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../../src/core/caveats/doc.js';
import { RULES } from '../../../src/core/caveats/registry.js';
import { detectClaims } from '../../../src/core/detect/index.js';
import { enrichClaims } from '../../../src/core/enrich/index.js';
import { KNOWLEDGE } from '../../../src/core/knowledge/index.js';
import { guessLang } from '../../../src/core/lang.js';
import type { ClaimKind, UiLang } from '../../../src/core/types.js';
import { perfPieces } from './corpus.js';

describe('rule kinds', () => {
  it('every rule with a kinds list returns nothing for the other kinds, on every test text', () => {
    const outside = new Map<string, number>();
    const kindsSeen = new Set<ClaimKind>();
    const wrong: string[] = [];
    for (const p of perfPieces()) {
      const lang = guessLang(p.text);
      const claims = detectClaims(p.text, lang);
      if (!claims.length) continue;
      for (const uiLang of ['ko', 'en'] as UiLang[]) {
        const ctx = { text: p.text, lang, uiLang, publishedAt: '2025-01-27' };
        const copy = structuredClone(claims);
        enrichClaims(copy, ctx);
        const doc = buildDoc(copy, ctx);
        for (const c of copy) {
          kindsSeen.add(c.kind);
          for (const rule of RULES) {
            if (!rule.kinds || rule.kinds.includes(c.kind)) continue;
            outside.set(rule.id, (outside.get(rule.id) ?? 0) + 1);
            if (rule.run(c, doc, KNOWLEDGE).length && wrong.length < 5)
              wrong.push(`${rule.id} on ${c.kind} "${c.text}"`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(kindsSeen.size).toBeGreaterThan(8);
    for (const rule of RULES) if (rule.kinds) expect(outside.get(rule.id) ?? 0).toBeGreaterThan(1000);
  }, 60_000);
});
