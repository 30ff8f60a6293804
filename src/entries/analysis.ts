// The background's answer to bg:analyze: the core's claims for one piece of page text, each with the card's
// precomputed facts (display value, conversion, difference), so content.js carries neither engine nor knowledge.
import { type Analysis, analyze as coreAnalyze } from '../core/index.js';
import type { AnalyzeOptions, UiLang } from '../core/types.js';
import type { AnalyzedClaim, AnalyzeReply, AnalyzeRequest } from '../shared/messages.js';
import { cardFacts } from '../ui/card/model.js';

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
  const out: AnalyzedClaim[] = claims.map((c) => ({
    ...c,
    facts: cardFacts(c, claims, lang, req.publishedAt),
  }));
  return { lang: result.lang, claims: out };
}
