// Applies every registered rule to every claim; keeps sourced caveats only, most important first.
import type { DocContext } from '../enrich/index.js';
import { KNOWLEDGE, type Knowledge } from '../knowledge/index.js';
import type { Caveat, Claim } from '../types.js';
import { buildDoc } from './doc.js';
import { RULES } from './registry.js';
import type { Rule } from './rule.js';

const SEVERITY_RANK: Record<Caveat['severity'], number> = { warn: 0, info: 1 };

interface Ordered {
  rule: Rule;
  /** Position in the rule list: ties in severity keep it. */
  order: number;
}

/** For each claim kind, the rules that can fire on it, in list order; built once per rule list. */
const BY_KIND = new WeakMap<readonly Rule[], Map<Claim['kind'], Ordered[]>>();

function kindIndex(rules: readonly Rule[]): Map<Claim['kind'], Ordered[]> {
  let byKind = BY_KIND.get(rules);
  if (!byKind) {
    byKind = new Map();
    BY_KIND.set(rules, byKind);
  }
  return byKind;
}

function rulesFor(
  rules: readonly Rule[],
  byKind: Map<Claim['kind'], Ordered[]>,
  kind: Claim['kind'],
): Ordered[] {
  let list = byKind.get(kind);
  if (!list) {
    list = [];
    rules.forEach((rule, order) => {
      if (!rule.kinds || rule.kinds.includes(kind)) list!.push({ rule, order });
    });
    byKind.set(kind, list);
  }
  return list;
}

/** Runs `rules` (default: the registry) over the claims, in place. */
export function applyCaveats(
  claims: Claim[],
  ctx: DocContext,
  kb: Knowledge = KNOWLEDGE,
  rules: readonly Rule[] = RULES,
): void {
  const doc = buildDoc(claims, ctx);
  const byKind = kindIndex(rules);
  for (const claim of claims) {
    // Most claims get no caveat: nothing is allocated for them beyond what the rules return.
    let found: { c: Caveat; order: number }[] | null = null;
    const list = rulesFor(rules, byKind, claim.kind);
    for (let r = 0; r < list.length; r++) {
      const { rule, order } = list[r]!;
      const got = rule.run(claim, doc, kb);
      if (got.length === 0) continue;
      for (const c of got) {
        // claim.caveats is only appended to below, so it still holds the caveats the claim came with.
        if (!c.sources.length || claim.caveats.some((x) => x.id === c.id)) continue;
        if (found?.some((f) => f.c.id === c.id)) continue;
        if (!found) found = [];
        found.push({ c, order });
      }
    }
    if (!found) continue;
    found.sort((a, b) => SEVERITY_RANK[a.c.severity] - SEVERITY_RANK[b.c.severity] || a.order - b.order);
    for (const f of found) claim.caveats.push(f.c);
  }
}

export { RULES } from './registry.js';
export type { Rule } from './rule.js';
