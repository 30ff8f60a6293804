// Forecasts (guidance, targets, consensus, 전망·예상·추정·목표) told apart from reported results, claim by claim.
import type { Claim, Lang } from '../types.js';
import { topicAt } from './topic.js';

/** Forecast nouns: the figure is what someone expects, aims at or estimates, not what happened. */
const KO_NOUN =
  /(?:목표\s*주가|목표\s*(?:주가수익비율|PER)|목표가|목표치|목표|전망치|예상치|추정치|예측치|컨센서스|가이던스|시장\s*(?:예상|전망|기대)|전망|예상|추정|예측)/;
const KO_NOUN_G = new RegExp(KO_NOUN.source, 'g');
/** A forecast noun that is only the yardstick of a result: "예상보다", "전망치를 웃돌았다". */
const KO_YARDSTICK =
  /^(?:치)?\s*(?:을|를|에)?\s*(?:보다|대비|비해|비교|웃돌|웃도|상회|하회|밑돌|밑도|뛰어넘|넘어섰|넘었|크게 웃|못 미)/;
/** Between a forecast noun and a figure: a comparison makes the figure the gap or the result, not the forecast. */
const KO_COMPARED_IN_GAP = /보다|대비|비해|비교|웃돌|웃도|상회|하회|밑돌|밑도|못 미/;
/** A forecast noun that frames what follows: "전망을 분석한 결과", "컨센서스에 따르면", "전망치 평균은". */
const KO_FRAME =
  /^(?:치)?\s*(?:을|를)\s*(?:분석한|종합한|집계한)\s*결과|^(?:치)?\s*(?:에\s*따르면|평균(?:은|치는)?|치는|는|은)\s/;
/** Verbs (any tense) that state a forecast, and the future forms of Korean ("늘어날 것", "하겠다"). */
const KO_FUTURE_VERB =
  /(?:예상|전망|추정|추산|관측|예측|목표)(?!치)|내다보|내다봤|기대된|기대한|계획|예정|겠[다고]/;
/** "늘어날 것", "지속될 것으로": a verb in the future adnominal form (final consonant ㄹ) before 것. */
const KO_WILL = /([가-힣])\s*것(?:으로|이라|이다|”|"|’|')/g;

function koWill(pred: string): RegExpExecArray | null {
  KO_WILL.lastIndex = 0;
  for (let m = KO_WILL.exec(pred); m; m = KO_WILL.exec(pred)) {
    if ((m[1]!.charCodeAt(0) - 0xac00) % 28 === 8) return m;
  }
  return null;
}
/** Korean past finite verbs: a result ("늘었다", "기록했으며", "집계됐고"). */
const KO_PAST = /(?:었|았|했|됐|였|웠|켰|렸|쳤)(?:다|고|으며|며|지만|는데|으나|다고|다며)/;
/** Clause ends: connective endings, commas and semicolons. */
const KO_CLAUSE_END = /(?:며|면서|지만|으나|는데|[었았했됐였]고|고서는|않고는|으면|하면|려면|다면)\s|[,;]/;
/** An anaphor that carries the previous sentence's forecast over: "이같은 매출은 … 늘어난 것이며". */
const KO_ANAPHOR = /^\s*(?:이같은|이 같은|이러한|이와 같은|이는|이 경우)\s*/;
/** A sentence with a topic of its own ("매출은", "삼성전자는") starts a new subject; one without continues the last. */
const KO_OWN_TOPIC = /^\s*(?:\S+\s+){0,3}?\S+(?:은|는)\s/;
/** Forecast nouns that make a whole sentence about forecasts when nothing in it is done. */
const KO_SENTENCE_NOUN = /전망치|예상치|추정치|컨센서스|가이던스|목표치|목표주가|기대감|눈높이/;

const EN_NOUN =
  /\b(?:forecasts?|estimates?|guidance|targets?|consensus|projections?|outlook|expectations?|expected|projected|predicted|estimated)\b/i;
const EN_NOUN_BEFORE = new RegExp(
  `${EN_NOUN.source}\\s+(?:(?:of|for|at|was|is|were|to|calls for|range of|range|with|sees)\\s+)?(?:(?:a|an)\\s+)?(?:(?:about|around|roughly|some|up to|as much as|between|approximately|nearly)\\s+)?$`,
  'i',
);
/** "projections for the same rate of growth as the previous month at 2.2%": a short phrase, no verb or comma. */
const EN_NOUN_PHRASE_BEFORE = new RegExp(
  `${EN_NOUN.source}(?: (?!(?:rose|fell|was|were|is|are|grew|came|reported|beat|missed)\\b)[\\w'’-]+){1,12} (?:at|of|to|around|near|for|(?:was|is|were)(?: an?)?)\\s*$`,
  'i',
);
/** Words that may stand between a figure and its forecast noun ("T$1 billion average forecast"). */
const EN_NOUN_AFTER =
  /^\s*(?:(?:average|mean|median|consensus|analysts?[’']?|market|company[’']?s?|own|full-year|annual|quarterly|sales|revenue|profit|earnings|price|growth|previous|earlier|original|initial|revised|official)\s+){0,3}(forecast|estimate|guidance|target|consensus|projection|outlook|expected|projected|predicted|estimated)\b/i;
/** Future and forecasting verbs before a figure in its clause. */
const EN_FUTURE =
  /\b(?:will|would|shall|looking for|called for|calls for|had expected|had anticipated|had predicted|had forecast|expects?|expected to|expecting|forecasts?|forecast(?:ed)? that|projects?|projected to|anticipates?|sees|guided|targets?|targeting|aims? (?:to|for)|plans? to|is set to|are set to|is likely to|are likely to|on track to|estimates?)\b/gi;
const EN_CLAUSE_END = /[,;:]|\b(?:but|while|whereas|after|even as|compared with|compared to|versus|than)\b/gi;
const EN_ANAPHOR = /^\s*(?:That|This|These|Those)\s+(?:compared?|compares|were|was|is|are|would|represent)/;
const EN_COMPARE =
  /\bcompared? (?:with|to)\b|\bversus\b|\bvs\.?|\bbeat(?:ing|s)?\b|\bmiss(?:ed|ing)?\b|\babove\b|\bbelow\b|\btopp(?:ed|ing)\b/i;
const KO_COMPARE = /대비|비교|웃돌|상회|하회|밑돌|뛰어넘|못 미|미달|넘어섰/;

/** A count that names who forecasts ("20 analysts", "14개 증권사"): never the forecast itself. */
const AGENT_AFTER =
  /^\s*(?:개\s*|곳\s*|명\s*(?:의\s*)?)?(?:증권사|기관|연구기관|애널리스트|전문가|이코노미스트|analysts?|economists?|brokers?|brokerages|firms? polled|respondents|forecasters)/i;

type Verdict = { cue: string } | 'result' | null;

function eojeolsBetween(s: string): number {
  const t = s.trim();
  return t ? t.split(/\s+/).length : 0;
}

/** The text between `from` and `to` with other claims' surfaces blanked out (so a list or range reads as one slot). */
function gapWithout(sentence: string, from: number, to: number, spans: [number, number][]): string {
  let out = sentence.slice(from, to);
  for (const [a, b] of spans) {
    if (a >= from && b <= to) out = `${out.slice(0, a - from)}${' '.repeat(b - a)}${out.slice(b - from)}`;
  }
  return out;
}

/** Global copies of the patterns lastMatch scans with, compiled once. */
const GLOBAL = new Map<RegExp, RegExp>();

function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  let g = GLOBAL.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    GLOBAL.set(re, g);
  }
  g.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = g.exec(s); m; m = g.exec(s)) last = m;
  return last;
}

/**
 * clause.trimEnd().split(/\s+/).slice(-n).join(' '), reading back from the end only: the clause before a figure
 * can be most of a long sentence, and each of its claims asks.
 */
export function lastWords(clause: string, n: number): string {
  let end = clause.length;
  while (end > 0 && isSpaceCode(clause.charCodeAt(end - 1))) end--;
  let i = end;
  // Whether every run of spaces kept is one plain space already (then nothing is left to normalize).
  let plain = true;
  for (let runs = 0; i > 0; ) {
    const c = clause.charCodeAt(i - 1);
    if (!isSpaceCode(c)) {
      i--;
      continue;
    }
    if (++runs === n) break;
    if (c !== 0x20 || (i > 1 && isSpaceCode(clause.charCodeAt(i - 2)))) plain = false;
    i--;
    while (i > 0 && isSpaceCode(clause.charCodeAt(i - 1))) i--;
  }
  // At a run of spaces (the n-th from the end): the words after it; at the start: all of them, a leading run of
  // spaces giving an empty first word, as split does.
  const words = clause.slice(i, end);
  return plain ? words : words.replace(/\s+/g, ' ');
}

/** What \s matches (ECMAScript WhiteSpace and LineTerminator), by char code: no one-character strings. */
function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    (c > 0x7f &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}

function koVerdict(s: string, cs: number, ce: number, spans: [number, number][]): Verdict {
  // A forecast noun framing the rest of the sentence.
  KO_NOUN_G.lastIndex = 0;
  for (let m = KO_NOUN_G.exec(s); m && m.index < cs; m = KO_NOUN_G.exec(s)) {
    // "컨센서스(증권사 전망치 평균)는": a gloss in brackets between the noun and its particle.
    const rest = s
      .slice(m.index + m[0].length)
      .replace(/^[^\s(]{0,3}\([^)]{0,24}\)/, (g) => g.replace(/\([^)]*\)$/, ''));
    if (KO_FRAME.test(rest)) return { cue: m[0] };
  }
  // A forecast noun just before the figure in its clause: "목표주가를 기존 21만원에서".
  const before = gapWithout(s, 0, cs, spans);
  const clauseStart = lastMatch(KO_CLAUSE_END, before);
  const clause = before.slice(clauseStart ? clauseStart.index + clauseStart[0].length : 0);
  const near = lastWords(clause, 4);
  const noun = lastMatch(KO_NOUN, near);
  if (noun) {
    const rest = near.slice(noun.index + noun[0].length);
    if (!KO_YARDSTICK.test(rest) && !KO_COMPARED_IN_GAP.test(rest)) return { cue: noun[0] };
  }
  // The predicate of the figure's clause: "… 10조원으로 예상된다" or "… 10% 늘었다".
  const after = gapWithout(s, ce, s.length, spans);
  const end = KO_CLAUSE_END.exec(after);
  const pred = after.slice(0, end ? end.index + end[0].length : after.length);
  const fut = KO_FUTURE_VERB.exec(pred) ?? koWill(pred);
  const past = KO_PAST.exec(pred);
  if (fut && (!past || fut.index <= past.index)) {
    if (!KO_YARDSTICK.test(pred.slice(fut.index + fut[0].length))) return { cue: fut[0].trim() };
  }
  if (past) return 'result';
  return null;
}

function enVerdict(s: string, cs: number, ce: number, spans: [number, number][]): Verdict {
  const before = gapWithout(s, 0, cs, spans);
  const flat = before.replace(/\s+/g, ' ');
  const nb = EN_NOUN_BEFORE.exec(flat) ?? EN_NOUN_PHRASE_BEFORE.exec(flat);
  if (nb) return { cue: nb[0].trim().split(/\s+/)[0]! };
  const na = EN_NOUN_AFTER.exec(s.slice(ce));
  if (na) return { cue: na[0].trim() };
  const clauseStart = lastMatch(EN_CLAUSE_END, before);
  const clause = before.slice(clauseStart ? clauseStart.index + clauseStart[0].length : 0);
  const fut = lastMatch(EN_FUTURE, clause);
  if (fut) return { cue: fut[0] };
  return null;
}

/** Kinds a forecast can be: amounts, changes, counts and ranks ("세계 1위로 올라설 것"), not durations. */
const FORECAST_KINDS = new Set<Claim['kind']>([
  'rank',
  'money',
  'percent',
  'percentage_point',
  'multiplier',
  'count',
  'quantity',
  'rate',
]);

/**
 * Sets `status`/`statusCue` on the claims of one sentence: forecasts, and — when a sentence sets a result
 * beside a forecast of the same kind — the result. `prevTopicForecast`: the previous sentence's topic is a forecast
 * ("실적 전망치는 … 상향 조정됐다"), which a sentence without a topic of its own continues. Returns the first forecast's cue, or null. `prevForecast`: the previous sentence (same paragraph)
 * held a forecast (its cue), which an anaphor ("이같은 매출은", "That compared with") carries over.
 */
export function markForecasts(
  text: string,
  sentence: { start: number; end: number },
  group: Claim[],
  lang: Lang,
  prevForecast: string | null,
  prevTopicForecast = false,
): string | null {
  const s = text.slice(sentence.start, sentence.end);
  const spans = group.map((c) => [c.start - sentence.start, c.end - sentence.start] as [number, number]);
  const ko = lang === 'ko' || /[가-힣]/.test(s);
  const verdicts: Verdict[] = group.map((c) => {
    if (!FORECAST_KINDS.has(c.kind)) return null;
    const cs = c.start - sentence.start;
    const ce = c.end - sentence.start;
    if (c.kind === 'count' && (AGENT_AFTER.test(s.slice(ce)) || AGENT_AFTER.test(c.unit ?? '')))
      return 'result';
    // A product's promised property is a claim about the product (self-reported), not a business forecast.
    const v = ko ? koVerdict(s, cs, ce, spans) : enVerdict(s, cs, ce, spans);
    if (v && v !== 'result' && !ko && topicAt(s, cs, ce) === 'product' && !EN_NOUN.test(v.cue)) return null;
    return v;
  });
  // A list ("매출액 10조원, 영업이익 1조원 … 으로 예상") shares the predicate of its last item.
  for (let i = group.length - 2; i >= 0; i--) {
    if (verdicts[i] !== null || !FORECAST_KINDS.has(group[i]!.kind)) continue;
    const gap = s.slice(group[i]!.end - sentence.start, group[i + 1]!.start - sentence.start);
    if (/^[^.!?]{0,24}$/.test(gap) && !/[었았했됐였]/.test(gap) && eojeolsBetween(gap) <= 4) {
      const next = verdicts[i + 1];
      if (next && next !== 'result' && !AGENT_AFTER.test(gap)) verdicts[i] = next;
    }
  }
  // "forecast … to between 16 percent to 17 percent, from 18.4 to 19.4 percent": a figure joined to a forecast by
  // a bare connector shares it.
  for (let i = 1; i < group.length; i++) {
    const prev = verdicts[i - 1];
    if (verdicts[i] !== null || !prev || prev === 'result' || !FORECAST_KINDS.has(group[i]!.kind)) continue;
    const gap = s.slice(group[i - 1]!.end - sentence.start, group[i]!.start - sentence.start);
    if (/^\s*,?\s*(?:from|to|and|or|through|-|–|~)?\s*$/i.test(gap)) verdicts[i] = prev;
  }
  // The sentence's closing verb says "forecast" ("…로 예상하고 있다", "…할 것으로 전망했다") for figures
  // whose own clause says nothing.
  if (ko) {
    const tail = trimClosing(s).slice(-16);
    const closing = /(?:예상|전망|추정|추산|예측|관측|내다봤|내다보고\s*있|기대된)[가-힣\s]*$/.exec(tail);
    if (closing) {
      group.forEach((c, i) => {
        if (
          verdicts[i] === null &&
          FORECAST_KINDS.has(c.kind) &&
          !AGENT_AFTER.test(s.slice(c.end - sentence.start))
        ) {
          verdicts[i] = {
            cue: /예상|전망|추정|추산|예측|관측|내다보|내다봤|기대/.exec(closing[0])?.[0] ?? closing[0],
          };
        }
      });
    }
  }
  // A sentence about forecasts that reports nothing as done ("…11조7,000억원으로 가장 많고 … 기대감을 보이고
  // 있다"): its figures are forecasts.
  if (ko && !KO_PAST.test(s)) {
    const noun = KO_SENTENCE_NOUN.exec(s);
    if (noun && !KO_YARDSTICK.test(s.slice(noun.index + noun[0].length))) {
      group.forEach((c, i) => {
        if (
          verdicts[i] === null &&
          FORECAST_KINDS.has(c.kind) &&
          !AGENT_AFTER.test(s.slice(c.end - sentence.start))
        ) {
          verdicts[i] = { cue: noun[0] };
        }
      });
    }
  }
  const carried = prevTopicForecast && !KO_OWN_TOPIC.test(s) ? '전망치' : prevForecast;
  if (
    carried &&
    (ko ? KO_ANAPHOR.test(s) || (prevTopicForecast && !KO_OWN_TOPIC.test(s)) : EN_ANAPHOR.test(s))
  ) {
    group.forEach((c, i) => {
      if (verdicts[i] === null && FORECAST_KINDS.has(c.kind)) verdicts[i] = { cue: carried };
    });
  }
  let any: string | null = null;
  group.forEach((c, i) => {
    const v = verdicts[i];
    if (v && v !== 'result') {
      c.status = 'forecast';
      c.statusCue = v.cue;
      any ??= v.cue;
    }
  });
  // A result beside a forecast of the same measure: say which is which.
  if (any && (ko ? KO_COMPARE : EN_COMPARE).test(s)) {
    for (const c of group) {
      if (c.status) continue;
      const same = group.some((f) => f.status === 'forecast' && f.kind === c.kind && f.unit === c.unit);
      if (same && FORECAST_KINDS.has(c.kind)) c.status = 'result';
    }
  }
  return any;
}

/** s.replace(/["'”’)\s.]+$/, ''), reading back from the end (the regex tries every space of the sentence). */
export function trimClosing(s: string): string {
  let e = s.length;
  while (e > 0 && /["'”’)\s.]/.test(s[e - 1]!)) e--;
  return s.slice(0, e);
}

/** "전망치는", "컨센서스가": a sentence whose topic is a forecast. */
export const KO_FORECAST_TOPIC =
  /(?:전망치|예상치|추정치|컨센서스|가이던스|목표치|목표주가)(?:는|은|가|이)\s/;
