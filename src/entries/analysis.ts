// The background's answer to bg:analyze: the core's claims for one piece of page text, each with the card's
// precomputed facts (display value, conversion, difference), so content.js carries neither engine nor knowledge.

import { cardFacts } from '../core/card-facts.js';
import { type Analysis, analyze as coreAnalyze } from '../core/index.js';
import type { AnalyzeOptions, Claim, Source, UiLang } from '../core/types.js';
import type { AnalyzeReply, AnalyzeRequest, WireClaim } from '../shared/messages.js';

export type EngineAnalyze = (text: string, opts: AnalyzeOptions) => Analysis;

/**
 * Recent full analyses by piece and options, so a card's request (claimAt) re-uses the analysis its piece got when the
 * page was painted instead of analysing ~16,000 characters again. Bounded by the characters it holds.
 */
const CACHE_CHARS = 1_000_000;
const cache = new Map<string, { analysis: Analysis; chars: number }>();
let cachedChars = 0;

function cachedAnalyze(analyze: EngineAnalyze, text: string, opts: AnalyzeOptions): Analysis {
  // The engine function is part of the key's meaning: tests pass their own; the cache is for the real one.
  if (analyze !== coreAnalyze) return analyze(text, opts);
  const key = `${opts.lang}\u0000${opts.uiLang}\u0000${opts.publishedAt ?? ''}\u0000${opts.reading ?? ''}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) {
    // Most recently used last: Map keeps insertion order.
    cache.delete(key);
    cache.set(key, hit);
    return hit.analysis;
  }
  const analysis = analyze(text, opts);
  cache.set(key, { analysis, chars: text.length });
  cachedChars += text.length;
  for (const [k, v] of cache) {
    if (cachedChars <= CACHE_CHARS) break;
    cache.delete(k);
    cachedChars -= v.chars;
  }
  return analysis;
}

/** `uiLang` is the caveats' language when the request does not name one (the background's UI language). */
export function analyzeForContent(
  req: AnalyzeRequest,
  uiLang: UiLang,
  analyze: EngineAnalyze = coreAnalyze,
): AnalyzeReply {
  const lang = req.uiLang ?? uiLang;
  const opts: AnalyzeOptions = { lang: req.lang, uiLang: lang };
  if (req.publishedAt !== undefined) opts.publishedAt = req.publishedAt;
  if (req.reading === 'basic') opts.reading = 'basic';
  const result = cachedAnalyze(analyze, req.text, opts);
  const lang0 = result.unsupported
    ? { lang: result.lang, unsupported: result.unsupported }
    : { lang: result.lang };
  const { claims } = result;
  // Caveats of many claims cite the same sources: send each once (smaller messages, one copy in the page's heap).
  const sources: Source[] = [];
  const index = new Map<string, number>();
  const ref = (s: Source): number => {
    const key = `${s.url} ${s.title}`;
    let i = index.get(key);
    if (i === undefined) {
      i = sources.push(s) - 1;
      index.set(key, i);
    }
    return i;
  };
  if (req.summary) return { ...lang0, claims: claims.map(summaryOf), sources };
  // A card's claim: facts for it alone; the claim it is compared with goes along (its id maps the comparison).
  let wanted: readonly Claim[] = claims;
  if (req.claimAt) {
    const { start, end } = req.claimAt;
    const claim = claims.find((c) => c.start === start && c.end === end);
    const other = claim?.comparedWith ? claims.find((c) => c.id === claim.comparedWith) : undefined;
    wanted = claim ? (other ? [claim, other] : [claim]) : [];
  }
  const out: WireClaim[] = wanted.map((c) => ({
    ...c,
    caveats: c.caveats.map((v) => ({ ...v, sources: v.sources.map(ref) })),
    facts: cardFacts(c, claims, lang, req.publishedAt),
  }));
  return { ...lang0, claims: out, sources };
}

/** What the page keeps of a claim before its card is opened: no texts, no facts, caveats as id and severity. */
function summaryOf(c: Claim): WireClaim {
  const out: WireClaim = {
    id: c.id,
    text: c.text,
    start: c.start,
    end: c.end,
    kind: c.kind,
    value: c.value,
    unit: c.unit,
    approx: c.approx,
    sentence: c.sentence,
    caveats: c.caveats.map((v) => ({ id: v.id, severity: v.severity, title: '', detail: '', sources: [] })),
    summary: true,
  };
  if (c.range) out.range = c.range;
  if (c.bound) out.bound = c.bound;
  if (c.per !== undefined) out.per = c.per;
  if (c.vague) out.vague = true;
  // The popup's list labels forecasts before any card is opened.
  if (c.status) out.status = c.status;
  return out;
}

const WARM_UP = [
  '딥시크는 개발비가 약 557만6000달러(78억8000만원)라며 AIME 2024에서 79.8%를 얻었다고 밝혔다.',
  'The company said revenue rose 12% to $5.6 million, about three times more than in 2023.',
];
let warm = false;

/**
 * Runs the engine once on a short sample, so the first page's analysis does not pay for a cold engine (compiling its
 * patterns and code). Called when a tab starts loading, while the page is still on its way (the worker is awake then).
 */
export function warmEngine(uiLang: UiLang, analyze: EngineAnalyze = coreAnalyze): void {
  if (warm) return;
  warm = true;
  for (const text of WARM_UP) analyzeForContent({ type: 'bg:analyze', text, lang: 'auto' }, uiLang, analyze);
}
