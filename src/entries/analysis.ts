// The background's answer to bg:analyze: the core's claims for one piece of page text, each with the card's
// precomputed facts (display value, conversion, difference), so content.js carries neither engine nor knowledge.
import { type Analysis, analyze as coreAnalyze } from '../core/index.js';
import type { AnalyzeOptions } from '../core/types.js';
import type { AnalyzedClaim, AnalyzeReply, AnalyzeRequest } from '../shared/messages.js';
import { cardFacts } from '../ui/card/model.js';

export type EngineAnalyze = (text: string, opts: AnalyzeOptions) => Analysis;

export function analyzeForContent(req: AnalyzeRequest, analyze: EngineAnalyze = coreAnalyze): AnalyzeReply {
  const opts: AnalyzeOptions = { lang: req.lang, uiLang: req.uiLang };
  if (req.publishedAt !== undefined) opts.publishedAt = req.publishedAt;
  const { lang, claims } = analyze(req.text, opts);
  const out: AnalyzedClaim[] = claims.map((c) => ({
    ...c,
    facts: cardFacts(c, claims, req.uiLang, req.publishedAt),
  }));
  return { lang, claims: out };
}
