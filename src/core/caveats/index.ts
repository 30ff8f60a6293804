// Applies every registered rule to every claim; keeps sourced caveats only, most important first.
import type { DocContext } from '../enrich/index.js';
import { KNOWLEDGE, type Knowledge } from '../knowledge/index.js';
import type { Caveat, Claim } from '../types.js';
import { buildDoc } from './doc.js';
import { RULES } from './registry.js';
import type { Rule } from './rule.js';

const SEVERITY_RANK: Record<Caveat['severity'], number> = { warn: 0, info: 1 };

/** Runs `rules` (default: the registry) over the claims, in place. */
export function applyCaveats(
  claims: Claim[],
  ctx: DocContext,
  kb: Knowledge = KNOWLEDGE,
  rules: readonly Rule[] = RULES,
): void {
  const doc = buildDoc(claims, ctx);
  for (const claim of claims) {
    const found: { c: Caveat; order: number }[] = [];
    const seen = new Set(claim.caveats.map((c) => c.id));
    rules.forEach((rule, order) => {
      for (const c of rule.run(claim, doc, kb)) {
        if (!c.sources.length || seen.has(c.id)) continue;
        seen.add(c.id);
        found.push({ c, order });
      }
    });
    found.sort((a, b) => SEVERITY_RANK[a.c.severity] - SEVERITY_RANK[b.c.severity] || a.order - b.order);
    claim.caveats.push(...found.map((f) => f.c));
  }
}

export { RULES } from './registry.js';
export type { Rule } from './rule.js';
