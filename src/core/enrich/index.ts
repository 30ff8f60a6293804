// Context for claims: attribution per sentence; evaluation links, score types and comparisons over the document model.
import { buildDocument, type TextDocument } from '../document/index.js';
import type { Attribution, Claim, Lang, UiLang } from '../types.js';
import { findAttribution, selfMeasured } from './attribution.js';
import { linkComparisons, linkScoreLists } from './compare.js';
import { linkEvaluations } from './evaluation-link.js';
import { splitScoreRanges } from './score-ranges.js';
import { typeScores } from './score-type.js';
import { setSubject } from './subject.js';
import { groupBySentence, paragraphStarts, previousSentence } from './text-units.js';

export interface DocContext {
  text: string;
  lang: Lang;
  uiLang: UiLang;
  /** ISO 8601 publication date; picks the month of reference exchange rates. */
  publishedAt?: string | undefined;
  /** The document model (paragraphs, sentences, evaluations, models), built once per text by analyze(). */
  document?: TextDocument | undefined;
}

const UNATTRIBUTED: Attribution = { text: '', kind: 'unattributed' };

/**
 * Fills attribution (per sentence), then over the document model: the evaluation each score is about (its own
 * sentence, else the nearest named before it), the score type, comparisons within a sentence and across
 * consecutive sentences of a paragraph, and the subject.
 */
export function enrichClaims(claims: Claim[], ctx: DocContext): void {
  const { text } = ctx;
  const doc = ctx.document ?? buildDocument(text, ctx.lang);
  typeScores(doc, claims, linkEvaluations(doc, claims));
  splitScoreRanges(text, claims);
  linkScoreLists(text, claims, doc.paragraphIndex, doc.models);
  // Attribution per sentence span: the previous sentence looked up for one group is often the sentence of
  // the group before, so each span is read once.
  const found = new Map<number, Attribution | null>();
  const attributionOf = (start: number, end: number): Attribution | null => {
    const key = start * (text.length + 1) + end;
    let a = found.get(key);
    if (a === undefined) {
      a = findAttribution(text.slice(start, end));
      found.set(key, a);
    }
    return a;
  };
  const paraStart = paragraphStarts(text);
  for (const group of groupBySentence(claims)) {
    const first = group[0]!;
    const sentence = text.slice(first.sentence.start, first.sentence.end);
    let attribution = attributionOf(first.sentence.start, first.sentence.end);
    if (!attribution) {
      // Korean and English news keep reporting the same source in the next sentence of a paragraph.
      const para = paraStart(first.sentence.start);
      const prev = previousSentence(text, first.sentence.start, para);
      if (prev && prev.start >= para) attribution = attributionOf(prev.start, prev.end);
    }
    attribution = selfMeasured(sentence, attribution);
    linkComparisons(text, group);
    for (const c of group) {
      c.attribution ??= attribution ? { ...attribution } : { ...UNATTRIBUTED };
      setSubject(text, c, ctx.uiLang);
    }
  }
}
