// Types a number `score` when what it says is an evaluation result, whatever its surface: %, 점, points, "(54.3)", Elo, 상위 10%.
import type { TextDocument } from '../document/index.js';
import { BENCHMARK_BY_ID } from '../knowledge/benchmarks/index.js';
import type { Claim } from '../types.js';
import { type EvaluationLink, evaluationParagraph, isPoints } from './evaluation-link.js';

/** Words that say a sentence reports an evaluation result. */
const SCORE_WORDS =
  /점수|정답률|정확도|성적|만점|득점|평균\s?점|기록|획득|받았|얻었|달성|\bscor(?:e|ed|es|ing)\b|\baccuracy\b|\bpoints?\b|\bElo\b|\brating\b|\bsolv(?:ed|es|ing)\b|\bpass(?:ed)?\b/i;
/** Money-market points (주가 10포인트, the index rose 30 points) are not evaluations. */
const MARKET_WORDS =
  /주가|증시|코스피|코스닥|나스닥|다우|지수가|\bstocks?\b|\bshares\b|\bDow\b|S&P|\bNasdaq\b|환율|금리/i;
/** A percentage read relative to something ("경쟁 모델 대비 약 27%", "110%의 성능", "30% faster") is not a score. */
const RELATIVE_BEFORE = /(?:대비|보다|비해|比)\s*(?:약\s*)?$/;
const RELATIVE_AFTER =
  /^\s*(?:의\s*)?(?:성능|효율|향상|증가|감소|개선|절감|높|낮|늘|줄|빠르|저렴|상승|하락|faster|cheaper|higher|lower|more|less|better|worse|improvement|increase|decrease|gain|drop)/i;
/** Percentiles: 상위 10%, 하위 30%, top 10 percent, 90번째 백분위, 90th percentile. */
const PERCENTILE_BEFORE = /(?:상위|하위|\btop|\bbottom)\s*$/i;
const PERCENTILE_AFTER = /^\s*(?:번째\s*)?(?:백분위|percentile)/i;
/** "a score of 64", "scored 1466", "점수는 85.4": a bare number after these is a score. */
const SCORE_CUE_BEFORE =
  /(?:\bscor(?:e|ed|es|ing)|\brat(?:ing|ed)|\bElo|점수(?:는|가)?)\s+(?:(?:of|an?|at|just|only|impressive|average|about|around)\s+){0,3}$/i;
const POINTS_AFTER = /^\s*(?:points?\b|pts\b|점)/;

function modelBefore(doc: TextDocument, c: Claim): boolean {
  if (doc.text[c.start - 1] !== '(') return false;
  const at = doc.text[c.start - 2] === ' ' ? c.start - 2 : c.start - 1;
  return doc.models.some((m) => m.end === at);
}

function modelInParagraph(doc: TextDocument, c: Claim): boolean {
  const p = doc.paragraphs[doc.paragraphIndex(c.start)]!;
  return doc.models.some((m) => m.start >= p.start && m.end <= p.end);
}

function modelInSentence(doc: TextDocument, c: Claim): boolean {
  return doc.models.some((m) => m.start >= c.sentence.start && m.end <= c.sentence.end);
}

/** "310 out of 400" read as a fraction: the numerator is the score, the denominator the scale. */
function outOfParts(c: Claim): [number, number] | null {
  const m = /^([\d,.]+)\s+(?:out\s+)?of\s+([\d,.]+)/.exec(c.text);
  if (!m) return null;
  const a = Number(m[1]!.replace(/,/g, ''));
  const b = Number(m[2]!.replace(/,/g, ''));
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 && a <= b ? [a, b] : null;
}

/** "245 of those 500 issues", "30문제 중 25문제": items solved out of a stated number. */
const OF_ITEMS_AFTER =
  /^\s+(?:out\s+)?of\s+(?:the\s+|those\s+|these\s+|its\s+)?(\d[\d,]*)\s+(?:problems|questions|tasks|issues|items|puzzles|exercises)\b/i;
const ITEMS_OF_BEFORE = /(\d[\d,]*)\s?(?:문제|문항|과제)\s?(?:중|가운데)\s*$/;
const ITEM_UNITS = new Set([
  '문제',
  '문항',
  '과제',
  'problems',
  'questions',
  'tasks',
  'issues',
  'items',
  'puzzles',
]);

function itemsSolved(doc: TextDocument, c: Claim): number | null {
  const after = OF_ITEMS_AFTER.exec(doc.text.slice(c.end, c.end + 40));
  if (after && c.unit === null) return Number(after[1]!.replace(/,/g, ''));
  const before = ITEMS_OF_BEFORE.exec(doc.text.slice(Math.max(c.sentence.start, c.start - 14), c.start));
  if (before && (c.unit === null || ITEM_UNITS.has(c.unit))) return Number(before[1]!.replace(/,/g, ''));
  return null;
}

function isScore(doc: TextDocument, c: Claim, link: EvaluationLink | undefined, sentence: string): boolean {
  const t = doc.text;
  const before = t.slice(Math.max(c.sentence.start, c.start - 30), c.start);
  const after = t.slice(c.end, Math.min(c.sentence.end, c.end + 14));
  const b = link?.mention.id ? BENCHMARK_BY_ID.get(link.mention.id) : undefined;
  const market = MARKET_WORDS.test(sentence);
  if (c.kind === 'score') return true;
  if (c.kind === 'percent') {
    if (RELATIVE_BEFORE.test(before) || RELATIVE_AFTER.test(after)) return false;
    const percentile =
      PERCENTILE_BEFORE.test(t.slice(c.sentence.start, c.start)) || PERCENTILE_AFTER.test(after);
    if (!link) return evaluationParagraph(doc, c.start) && modelInParagraph(doc, c) && !market;
    // On a points exam (수능, the bar exam) a percentage is a score only as a percentile of test takers.
    if (b?.maxScore && b.maxScore !== 100 && !percentile) return false;
    if (link.sameSentence) return true;
    return (
      percentile || modelInSentence(doc, c) || SCORE_WORDS.test(sentence) || evaluationParagraph(doc, c.start)
    );
  }
  if (c.kind === 'fraction') return !!outOfParts(c) && SCORE_CUE_BEFORE.test(before);
  if (market) return false;
  if (isPoints(c)) return !!link || SCORE_WORDS.test(sentence);
  if (c.kind === 'count' && link && itemsSolved(doc, c)) return true;
  if (c.unit !== null || c.kind !== 'count') return false;
  // Bare numbers: a rating or a score only with a cue.
  if (SCORE_CUE_BEFORE.test(before) || POINTS_AFTER.test(after)) return !!link || SCORE_WORDS.test(sentence);
  if (modelBefore(doc, c)) return !!link || SCORE_WORDS.test(sentence);
  // "passing scores range from 260 to 272" after the bar exam: within the scale of the evaluation named.
  if (b?.maxScore && c.value <= b.maxScore && SCORE_WORDS.test(sentence)) return true;
  if (b?.granularity === 'rating' && link?.sameSentence) return true;
  // "431.6점을 기록, 427.9의 다른 모델보다": a decimal beside a model among points scores.
  return !Number.isInteger(c.value) && !!link && modelInSentence(doc, c) && SCORE_WORDS.test(sentence);
}

/** Sets kind 'score', the knowledge-base benchmark and the named evaluation (subject) of each score. */
export function typeScores(doc: TextDocument, claims: Claim[], links: Map<Claim, EvaluationLink>): void {
  for (const c of claims) {
    const link = links.get(c);
    if (c.kind !== 'score' && !link && c.kind !== 'count' && c.kind !== 'fraction') continue;
    const sentence = doc.text.slice(c.sentence.start, c.sentence.end);
    if (!isScore(doc, c, link, sentence)) continue;
    if (c.kind === 'fraction') {
      const parts = outOfParts(c);
      if (parts) {
        c.value = parts[0];
        c.outOf = parts[1];
      }
    }
    if (c.kind === 'count') {
      const of = itemsSolved(doc, c);
      if (of && c.value <= of) c.outOf = of;
    }
    c.kind = 'score';
    if (!link) continue;
    if (link.mention.id) c.benchmark = link.mention.id;
    else c.subject ??= link.mention.name;
  }
  statedMaximum(doc, claims);
}

/** "140점 만점에 120점", "300점 만점 중 271.4점": the maximum a sentence states is the scale of its other scores. */
function statedMaximum(doc: TextDocument, claims: Claim[]): void {
  let max: Claim | undefined;
  for (const c of claims) {
    if (max && c.sentence.start !== max.sentence.start) max = undefined;
    if (/^\s*만점/.test(doc.text.slice(c.end, c.end + 4))) {
      max = c;
      continue;
    }
    if (max && c.kind === 'score' && c.outOf === undefined && c.value <= max.value) c.outOf = max.value;
  }
}
