// Context for claims: evaluation links, score types and comparisons over the document model; attribution, forecasts
// and subject sentence by sentence.
import { buildDocument, type TextDocument } from '../document/index.js';
import { findOrgIn } from '../knowledge/orgs.js';
import type { Attribution, Claim, Lang, UiLang } from '../types.js';
import {
  CLAIMED_PROPERTY,
  type DocSpeakers,
  docSpeakers,
  findAttribution,
  launchMaker,
  PRODUCT_ANAPHOR,
  selfMeasured,
  withSpeakers,
} from './attribution.js';
import { linkComparisons, linkScoreLists } from './compare.js';
import { linkEvaluations } from './evaluation-link.js';
import { KO_FORECAST_TOPIC, markForecasts } from './forecast.js';
import { splitScoreRanges } from './score-ranges.js';
import { typeScores } from './score-type.js';
import { setSubject } from './subject.js';
import { groupBySentence, paragraphStarts, previousSentence } from './text-units.js';
import { topicAt } from './topic.js';

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
 * Over the document model: the evaluation each score is about (its own sentence, else the nearest named before it),
 * the score type, comparisons within a list and across consecutive sentences. Then per sentence that holds claims:
 * attribution (who says it about what), forecasts, comparisons within the sentence and the subject.
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
  let speakersMemo: DocSpeakers | null = null;
  const speakers = (): DocSpeakers => {
    speakersMemo ??= docSpeakers(text);
    return speakersMemo;
  };
  const attributionOf = (start: number, end: number): Attribution | null => {
    const key = start * (text.length + 1) + end;
    let a = found.get(key);
    if (a === undefined) {
      const span = text.slice(start, end);
      const read = selfMeasured(span, findAttribution(span));
      a = read?.kind === 'third-party' ? withSpeakers(read, speakers()) : read;
      found.set(key, a);
    }
    return a;
  };
  const paraStart = paragraphStarts(text);
  let lastForecast: { para: number; cue: string | null } = { para: -1, cue: null };
  // The makers whose products the text presents, from the sentence that presents each on (see makerSays).
  let launchReader: Launches | null = null;
  let nextLaunch = 0;
  for (const group of groupBySentence(claims)) {
    const first = group[0]!;
    const para = paraStart(first.sentence.start);
    const prevCue = lastForecast.para === para ? lastForecast.cue : null;
    const before = previousSentence(text, first.sentence.start, para);
    const prevTopic =
      before !== null && before.start >= para && KO_FORECAST_TOPIC.test(text.slice(before.start, before.end));
    lastForecast = { para, cue: markForecasts(text, first.sentence, group, ctx.lang, prevCue, prevTopic) };
    const sentence = text.slice(first.sentence.start, first.sentence.end);
    let attribution = attributionOf(first.sentence.start, first.sentence.end);
    if (!attribution) {
      // Korean and English news keep reporting the same source in the next sentence of a paragraph.
      const para = paraStart(first.sentence.start);
      const prev = previousSentence(text, first.sentence.start, para);
      if (prev && prev.start >= para) attribution = attributionOf(prev.start, prev.end);
    }
    attribution = selfMeasured(sentence, attribution);
    launchReader ??= new Launches(text, speakers());
    const launchList = launchReader.readTo(first.sentence.end + 1);
    // Groups come in text order: the last launch at or before this sentence is found by walking forward once.
    while (nextLaunch < launchList.length && launchList[nextLaunch]!.at <= first.sentence.end + 1)
      nextLaunch++;
    const launch: Launch | null = nextLaunch > 0 ? launchList[nextLaunch - 1]! : null;
    const near = launch !== null && (launch.para === para || first.sentence.start - launch.at <= NEAR_LAUNCH);
    // "레이요백이 … 배터리를 개발했다고 로이터가 보도했다": the medium relays the maker's own claim.
    if (
      attribution?.kind === 'third-party' &&
      launch !== null &&
      launch.at > first.sentence.start &&
      findOrgIn(attribution.text)?.kind === 'media'
    ) {
      attribution = { text: `${launch.maker} (${attribution.text})`, kind: 'self' };
    }
    linkComparisons(text, group);
    for (const c of group) {
      const own = !attribution && launch ? makerSays(text, c, launch.maker, near, para) : null;
      c.attribution ??= attribution
        ? { ...attribution }
        : own
          ? { text: own, kind: 'self' }
          : { ...UNATTRIBUTED };
      setSubject(text, c, ctx.uiLang);
    }
  }
}

/** A paragraph about an evaluation of a model or product. */
const EVALUATION =
  /벤치마크|리더보드|평가에서|시험에서|테스트에서|\bbenchmarks?\b|\bleaderboard\b|\bevaluations?\b|\bexams?\b/i;

/** Sentence ends, for the launch search (a sentence with no claim can still present the product). */
const SENTENCE_END = /[.!?。](?=\s|$)|\n/g;

export interface Launch {
  /** Where the presenting sentence ends. */
  at: number;
  maker: string;
  para: number;
}

/** How far after a product's presentation (in UTF-16 units, a few short paragraphs) its properties are still its maker's. */
const NEAR_LAUNCH = 800;

/**
 * Every sentence that presents a maker's own product, in text order (cheap literal tests first), read only as far
 * as the claims need: the sentences after the last claim's are never read.
 */
export class Launches {
  readonly list: Launch[] = [];
  private readonly ends = new RegExp(SENTENCE_END.source, 'g');
  private from = 0;
  private prevFrom = 0;
  private para = 0;
  /** End of the last sentence read (-1: none yet). */
  private last = -1;
  private done = false;

  constructor(
    private readonly text: string,
    private readonly speakers: DocSpeakers,
  ) {}

  /** The launches so far, after reading on until a sentence ending after `pos` (or the text's end) is read. */
  readTo(pos: number): Launch[] {
    const text = this.text;
    while (!this.done && this.last <= pos) {
      const m = this.ends.exec(text);
      const e = m ? m.index + 1 : text.length;
      // An abbreviation's stop ("Apple Inc. (AAPL) on Tuesday launched …") can cut a sentence: the fragment
      // before is read with it when the fragment alone names no maker.
      const maker =
        e - this.from > 8
          ? (launchMaker(text.slice(this.from, e), this.speakers) ??
            (this.prevFrom < this.from ? launchMaker(text.slice(this.prevFrom, e), this.speakers) : null))
          : null;
      this.prevFrom = this.from;
      if (maker) this.list.push({ at: e, maker, para: this.para });
      if (m?.[0] === '\n') {
        this.para = e;
        this.prevFrom = e;
      }
      this.from = e;
      this.last = e;
      if (!m) this.done = true;
    }
    return this.list;
  }
}

/**
 * The maker, when an unattributed claim is about the product it presented: nearby (same paragraph, or the few
 * short paragraphs after) when the sentence is about the product ("이 제품은", "The chip is supposed to") or
 * measures a product property; further on only for an evaluation score. Figures about money, sales and statistics stay unattributed.
 */
function makerSays(text: string, c: Claim, maker: string, near: boolean, para: number): string | null {
  const s = text.slice(c.sentence.start, c.sentence.end);
  const topic = topicAt(s, c.start - c.sentence.start, c.end - c.sentence.start);
  if (topic === 'financial') return null;
  const score = c.kind === 'score' || c.unit === '점';
  if (!near) {
    // Further on: only a score in a paragraph about an evaluation or about the maker and its models.
    if (!score) return null;
    const end = text.indexOf('\n', c.end);
    const paragraph = text.slice(para, end < 0 ? text.length : end);
    const org = findOrgIn(maker);
    const same = org !== undefined && findOrgIn(paragraph)?.id === org.id;
    return same || EVALUATION.test(paragraph) ? maker : null;
  }
  if (score) return maker;
  return topic === 'product' || PRODUCT_ANAPHOR.test(s) || CLAIMED_PROPERTY.test(s) ? maker : null;
}
