// Links each score-like claim to the evaluation it is about: its own sentence first, else the nearest one named before.
import type { EvaluationMention, TextDocument } from '../document/index.js';
import { BENCHMARK_BY_ID } from '../knowledge/benchmarks/index.js';
import type { Claim } from '../types.js';

/** Clause breaks: a mention across one of these is less likely to be the number's evaluation. */
const CLAUSE_BREAK = /[,;]|\band\b|\bwhile\b|그리고|\S며\s|\S고\s|반면/;
const CLAUSE_PENALTY = 60;

export interface EvaluationLink {
  mention: EvaluationMention;
  /** The evaluation is named in the claim's own sentence (not carried over from an earlier one). */
  sameSentence: boolean;
}

const POINT_UNITS = new Set(['점', 'points', 'point', 'pts', '포인트']);

/** Claims that may be scores: percentages, points, bare numbers (ratings, "(54.3)"), "N out of M". */
export function scoreCandidate(c: Claim): boolean {
  if (c.kind === 'percent' || c.kind === 'score' || c.kind === 'fraction') return true;
  if (c.kind !== 'count' && c.kind !== 'quantity' && c.kind !== 'rank') return false;
  return c.unit === null || POINTS_OR_NULL(c.unit);
}

function POINTS_OR_NULL(unit: string | null): boolean {
  return unit === null || POINT_UNITS.has(unit);
}

export function isPoints(c: Claim): boolean {
  return c.unit !== null && POINT_UNITS.has(c.unit);
}

/** The nearest mention in the sentence, by characters between, with a penalty across clause breaks. */
function nearestInSentence(
  text: string,
  c: Claim,
  mentions: EvaluationMention[],
): EvaluationMention | undefined {
  let best: EvaluationMention | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const m of mentions) {
    const gap = m.end <= c.start ? text.slice(m.end, c.start) : text.slice(c.end, m.start);
    let cost = gap.length + (CLAUSE_BREAK.test(gap) ? CLAUSE_PENALTY : 0);
    if (m.end <= c.start) cost -= 5; // an evaluation named before its score is the common order
    if (m.kind === 'named') cost += 10; // a known benchmark beats a phrase at about the same distance
    if (cost < bestCost) {
      bestCost = cost;
      best = m;
    }
  }
  return best;
}

/**
 * The evaluation named last before `pos`, in the same paragraph or the one before: a known benchmark first,
 * then a named one. Anaphors are skipped here (they point back themselves).
 */
function nearestBefore(doc: TextDocument, pos: number, firstIndex: number): EvaluationMention | undefined {
  const para = doc.paragraphIndex(pos);
  const floor = doc.paragraphs[Math.max(0, para - 1)]!.start;
  let named: EvaluationMention | undefined;
  for (let i = firstIndex; i >= 0; i--) {
    const m = doc.evaluations[i]!;
    if (m.end > pos) continue;
    if (m.start < floor) break;
    if (m.kind === 'benchmark') {
      // A named phrase in the same paragraph and nearer still loses to a known benchmark of that paragraph.
      if (!named || doc.paragraphIndex(m.start) === doc.paragraphIndex(named.start)) return m;
      return named;
    }
    if (m.kind === 'named' && !named) named = m;
  }
  return named;
}

function lastIndexBefore(mentions: EvaluationMention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** Words that make a paragraph a report of evaluation results. */
export const RESULT_WORDS =
  /점수|정답률|정확도|성적|만점|벤치마크|리더보드|\bscor(?:e|ed|es|ing)\b|\baccuracy\b|\bbenchmarks?\b|\bleaderboards?\b/i;

/** Whether the paragraph of `pos`, or the one before it (news splits a story into short paragraphs), reports results. */
export function evaluationParagraph(doc: TextDocument, pos: number): boolean {
  const i = doc.paragraphIndex(pos);
  const p = doc.paragraphs[i]!;
  const from = doc.paragraphs[Math.max(0, i - 1)]!.start;
  return RESULT_WORDS.test(doc.text.slice(from, p.end));
}

/** The last known benchmark (else named evaluation) before index `from`, anywhere before. */
function lastNamed(ev: EvaluationMention[], from: number): EvaluationMention | undefined {
  let named: EvaluationMention | undefined;
  for (let i = from; i >= 0; i--) {
    const m = ev[i]!;
    if (m.kind === 'benchmark') return m;
    if (m.kind === 'named') named ??= m;
  }
  return named;
}

function paragraphAboutAi(doc: TextDocument, pos: number): boolean {
  const p = doc.paragraphs[doc.paragraphIndex(pos)]!;
  if (doc.models.some((m) => m.start >= p.start && m.end <= p.end)) return true;
  return /\bAI\b|인공지능|\bLLMs?\b|언어\s?모델|language models?|챗봇|chatbots?|\bmodels?\b|모델/.test(
    doc.text.slice(p.start, p.end),
  );
}

/** Links of the score-like claims, by claim; claims with no evaluation in reach are left out. */
export function linkEvaluations(doc: TextDocument, claims: Claim[]): Map<Claim, EvaluationLink> {
  const links = new Map<Claim, EvaluationLink>();
  const ev = doc.evaluations;
  if (ev.length === 0) return links;
  for (const c of claims) {
    if (!scoreCandidate(c)) continue;
    const { start, end } = c.sentence;
    const own = ev.filter((m) => m.start >= start && m.end <= end);
    let mention = own.length ? nearestInSentence(doc.text, c, own) : undefined;
    const sameSentence = !!mention;
    if (mention?.kind === 'anaphor')
      mention = nearestBefore(doc, mention.start, lastIndexBefore(ev, mention.start));
    if (!mention) mention = nearestBefore(doc, c.start, lastIndexBefore(ev, c.start));
    // A paragraph about results ("정답률", "scored", "만점") further down an article is still about the evaluation
    // the article named first.
    if (!mention && evaluationParagraph(doc, c.start)) mention = lastNamed(ev, lastIndexBefore(ev, c.start));
    if (!mention) continue;
    const b = mention.id ? BENCHMARK_BY_ID.get(mention.id) : undefined;
    // An exam people sit (수능, the bar exam) is an AI evaluation only where the paragraph is about AI.
    if (b?.audience === 'human' && !paragraphAboutAi(doc, c.start)) continue;
    links.set(c, { mention, sameSentence });
  }
  return links;
}
