// The document as rules see it: claims indexed once by id, sentence and paragraph, plus the UI language.

import type { DocContext } from '../enrich/index.js';
import { groupBySentence, paragraphAt, paragraphStarts } from '../enrich/text-units.js';
import type { Claim, UiLang } from '../types.js';

export interface Doc {
  ctx: DocContext;
  text: string;
  ui: UiLang;
  byId: Map<string, Claim>;
  /** Claims of a sentence, keyed by sentence start. */
  bySentence: Map<number, Claim[]>;
  /** Claims of a paragraph, keyed by paragraph start. */
  byParagraph: Map<number, Claim[]>;
  /** Paragraph start of each sentence start that holds claims (so rules never search the text for it). */
  paragraphOf: Map<number, number>;
  /** Every claim in text order (for whole-article lookups by kind: linear, done once per rule call site). */
  all: Claim[];
  /** Per-document memo for whole-text facts (computed once, not per claim). */
  memo: Map<string, unknown>;
}

interface Index {
  byId: Map<string, Claim>;
  bySentence: Map<number, Claim[]>;
  byParagraph: Map<number, Claim[]>;
  paragraphOf: Map<number, number>;
  all: Claim[];
}

function buildIndex(claims: Claim[], text: string): Index {
  const byId = new Map<string, Claim>();
  const bySentence = new Map<number, Claim[]>();
  const byParagraph = new Map<number, Claim[]>();
  const paragraphOf = new Map<number, number>();
  const paraStart = paragraphStarts(text);
  for (const group of groupBySentence(claims)) {
    const first = group[0]!;
    bySentence.set(first.sentence.start, group);
    const p = paraStart(first.sentence.start);
    paragraphOf.set(first.sentence.start, p);
    const list = byParagraph.get(p);
    if (list) list.push(...group);
    else byParagraph.set(p, [...group]);
    for (const c of group) byId.set(c.id, c);
  }
  let sorted = true;
  for (let i = 1; i < claims.length && sorted; i++) sorted = claims[i - 1]!.start <= claims[i]!.start;
  // A stable sort of sorted claims is a copy.
  const all = sorted ? claims.slice() : [...claims].sort((a, b) => a.start - b.start);
  return { byId, bySentence, byParagraph, paragraphOf, all };
}

/**
 * The indexes are built on first use: many documents (a block with a date and a count) never reach a
 * rule that looks at other claims, and then building them would be wasted work.
 */
class LazyDoc implements Doc {
  readonly text: string;
  readonly ui: UiLang;
  readonly memo = new Map<string, unknown>();
  private index: Index | null = null;
  constructor(
    private readonly claims: Claim[],
    readonly ctx: DocContext,
  ) {
    this.text = ctx.text;
    this.ui = ctx.uiLang;
  }
  private get ix(): Index {
    if (!this.index) this.index = buildIndex(this.claims, this.text);
    return this.index;
  }
  get byId(): Map<string, Claim> {
    return this.ix.byId;
  }
  get bySentence(): Map<number, Claim[]> {
    return this.ix.bySentence;
  }
  get byParagraph(): Map<number, Claim[]> {
    return this.ix.byParagraph;
  }
  get paragraphOf(): Map<number, number> {
    return this.ix.paragraphOf;
  }
  get all(): Claim[] {
    return this.ix.all;
  }
}

export function buildDoc(claims: Claim[], ctx: DocContext): Doc {
  return new LazyDoc(claims, ctx);
}

export function sentenceOf(doc: Doc, c: Claim): string {
  return doc.text.slice(c.sentence.start, c.sentence.end);
}

export function sentenceClaims(doc: Doc, c: Claim): Claim[] {
  return doc.bySentence.get(c.sentence.start) ?? [c];
}

export function paragraphClaims(doc: Doc, c: Claim): Claim[] {
  const p = doc.paragraphOf.get(c.sentence.start) ?? paragraphAt(doc.text, c.sentence.start).start;
  return doc.byParagraph.get(p) ?? [c];
}

/** Text around a claim inside its sentence: `before` chars before, `after` chars after. */
export function near(doc: Doc, c: Claim, before = 40, after = 25): string {
  return doc.text.slice(
    Math.max(c.sentence.start, c.start - before),
    Math.min(c.sentence.end, c.end + after),
  );
}

/** Whether the whole text matches `re`, computed once per document and key. */
export function docMentions(doc: Doc, key: string, re: RegExp): boolean {
  const k = `mentions:${key}`;
  let v = doc.memo.get(k) as boolean | undefined;
  if (v === undefined) {
    v = re.test(doc.text);
    doc.memo.set(k, v);
  }
  return v;
}

export const DEEPSEEK_RE = /딥시크|deepseek/i;
