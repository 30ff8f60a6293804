// The background's answer to bg:analyze: the core's claims for one piece of page text, each with the card's
// precomputed facts (display value, conversion, difference), so content.js carries neither engine nor knowledge.

import { cardFacts } from '../core/card-facts.js';
import { type Analysis, analyze as coreAnalyze } from '../core/index.js';
import type { AnalyzeOptions, Claim, Source, UiLang } from '../core/types.js';
import type { AnalyzeReply, AnalyzeRequest, WireClaim } from '../shared/messages.js';

export type EngineAnalyze = (text: string, opts: AnalyzeOptions) => Analysis;

/** `uiLang` is the caveats' language when the request does not name one (the background's UI language). */
export function analyzeForContent(
  req: AnalyzeRequest,
  uiLang: UiLang,
  analyze: EngineAnalyze = coreAnalyze,
): AnalyzeReply {
  const lang = req.uiLang ?? uiLang;
  const opts: AnalyzeOptions = { lang: req.lang, uiLang: lang };
  if (req.publishedAt !== undefined) opts.publishedAt = req.publishedAt;
  const result = analyze(req.text, opts);
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
  if (req.summary) return { lang: result.lang, claims: claims.map(summaryOf), sources };
  const out: WireClaim[] = claims.map((c) => ({
    ...c,
    caveats: c.caveats.map((v) => ({ ...v, sources: v.sources.map(ref) })),
    facts: cardFacts(c, claims, lang, req.publishedAt),
  }));
  return { lang: result.lang, claims: out, sources };
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
