// The engine's public face: text in, claims (with context and caveats) out. Pure; no DOM, no browser globals.
import { applyCaveats } from './caveats/index.js';
import { detectClaims } from './detect/index.js';
import { buildDocument } from './document/index.js';
import { findModelMentions } from './document/models.js';
import { enrichClaims } from './enrich/index.js';
import { guessLang } from './lang.js';
import type { AnalyzeOptions, Claim, Lang, UiLang } from './types.js';

export { guessLang } from './lang.js';
export type * from './types.js';

export interface Analysis {
  lang: Lang;
  claims: Claim[];
}

function resolveLang(text: string, opts: AnalyzeOptions): Lang {
  return opts.lang && opts.lang !== 'auto' ? opts.lang : guessLang(text);
}

/** Number grammar only: claims with kind, value, unit, bounds and sentence; no context, no caveats. */
export function detect(text: string, opts: AnalyzeOptions = {}): Claim[] {
  return detectClaims(text, resolveLang(text, opts));
}

/** The whole pipeline: detect → enrich (attribution, subject, benchmark, comparisons) → caveats. */
export function analyze(text: string, opts: AnalyzeOptions = {}): Analysis {
  const lang = resolveLang(text, opts);
  const uiLang: UiLang = opts.uiLang ?? (lang === 'ko' ? 'ko' : 'en');
  // Model names are found once: the detector leaves their numbers out, enrichment links scores to them.
  const models = findModelMentions(text);
  const claims = detectClaims(text, lang, models);
  // Most paragraphs hold no claim: nothing to enrich or check, and building the caveats' document index is not free.
  if (claims.length === 0) return { lang, claims };
  const document = buildDocument(text, lang, models);
  const ctx = { text, lang, uiLang, publishedAt: opts.publishedAt, document };
  enrichClaims(claims, ctx);
  applyCaveats(claims, ctx);
  return { lang, claims };
}
