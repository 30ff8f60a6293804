// What a caveat rule is, and the one helper that builds a caveat in the UI language with its sources.
import type { Knowledge } from '../knowledge/index.js';
import type { Bilingual } from '../knowledge/types.js';
import type { Caveat, Claim } from '../types.js';
import type { Doc } from './doc.js';

export interface Rule {
  /** Module name; caveat ids start with a family prefix (benchmark., cost., …). */
  id: string;
  /**
   * The claim kinds the rule can fire on, when it starts by returning nothing for every other kind:
   * applyCaveats then never calls it for those (most claims are counts, dates and the like). Leave it
   * out when any kind can get a caveat. test/core/perf checks each list against the rule's own code.
   */
  kinds?: readonly Claim['kind'][];
  run(claim: Claim, doc: Doc, kb: Knowledge): Caveat[];
}

export interface CaveatSpec {
  id: string;
  severity: Caveat['severity'];
  title: Bilingual;
  detail: Bilingual;
  /** Source ids from the knowledge catalogue. */
  sources: string[];
}

/** Builds a caveat in the document's UI language; returns [] if no source resolves (no source, no caveat). */
export function caveat(doc: Doc, kb: Knowledge, spec: CaveatSpec): Caveat[] {
  const sources = kb.sourcesOf([...new Set(spec.sources)]);
  if (!sources.length) return [];
  return [
    {
      id: spec.id,
      severity: spec.severity,
      title: spec.title[doc.ui],
      detail: spec.detail[doc.ui],
      sources,
    },
  ];
}

/** Picks the Korean or English string. */
export function tr(doc: Doc, ko: string, en: string): string {
  return doc.ui === 'ko' ? ko : en;
}
