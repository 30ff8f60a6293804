// Shared lookup: the published result a score claim reproduces, preferring the model its sentence names.
import type { Knowledge } from '../../knowledge/index.js';
import type { PublishedResult } from '../../knowledge/types.js';
import type { Claim } from '../../types.js';
import { type Doc, sentenceOf } from '../doc.js';

function mentionsMaker(kb: Knowledge, sentence: string, r: PublishedResult): number {
  const org = kb.orgs.find((o) => o.id === r.maker);
  if (!org) return 0;
  const names = [...org.names, ...(org.products ?? [])];
  return names.some((n) => sentence.toLowerCase().includes(n.toLowerCase())) ? 1 : 0;
}

/** The best published match for `value` on `benchmark`, or undefined. */
export function bestMatch(
  kb: Knowledge,
  doc: Doc,
  claim: Claim,
  benchmark: string,
  value = claim.value,
): PublishedResult | undefined {
  const found = kb.findResults(benchmark, value);
  if (found.length <= 1) return found[0];
  const s = sentenceOf(doc, claim);
  return [...found].sort(
    (a, b) =>
      mentionsMaker(kb, s, b) - mentionsMaker(kb, s, a) ||
      (a.provenance === 'measured' ? -1 : 1) - (b.provenance === 'measured' ? -1 : 1),
  )[0];
}

export function reportTitle(kb: Knowledge, r: PublishedResult, ui: 'ko' | 'en' = 'en'): string {
  const rep = kb.reports.find((x) => x.id === r.report);
  if (!rep) return r.report;
  return ui === 'ko' ? rep.titleKo : rep.title;
}

export function reportSources(kb: Knowledge, r: PublishedResult): string[] {
  return kb.reports.find((x) => x.id === r.report)?.sources ?? [];
}

export function benchName(kb: Knowledge, id: string, ui: 'ko' | 'en'): string {
  const b = kb.benchmarkById.get(id);
  return b ? (ui === 'ko' ? (b.nameKo ?? b.name) : b.name) : id;
}
