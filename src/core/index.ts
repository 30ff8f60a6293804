// The engine's public face: text in, claims (with context and caveats) out. Pure; no DOM, no browser globals.
import { applyCaveats } from './caveats/index.js';
import { detectClaims } from './detect/index.js';
import { buildDocument } from './document/index.js';
import { findModelMentions, type ModelMention } from './document/models.js';
import { enrichClaims } from './enrich/index.js';
import { guessLang, readingOf } from './lang.js';
import { mayHoldClaims } from './may-hold-claims.js';
import type { AnalyzeOptions, Claim, Lang, UiLang } from './types.js';

export { guessLang, latinLanguage, readingOf } from './lang.js';
export type * from './types.js';

export interface Analysis {
  lang: Lang;
  claims: Claim[];
  /**
   * The text's language when ClaimLens does not read it yet (an ISO 639-1 code: 'fr', 'de' …), found when the
   * language was 'auto'. Its claims are empty unless `reading: 'basic'` asked for digits with a currency or %.
   */
  unsupported?: string;
}

function resolveLang(text: string, opts: AnalyzeOptions): Lang {
  return opts.lang && opts.lang !== 'auto' ? opts.lang : guessLang(text);
}

/**
 * Figures that read the same in any Latin-script language: digits with a currency or a percent sign, written
 * without a separator whose meaning changes with the language ("80.000" is eighty thousand in German).
 */
function basicClaim(c: Claim): boolean {
  if (c.kind !== 'money' && c.kind !== 'percent') return false;
  if (!/\d/.test(c.text) || /[a-z]{2,}/i.test(c.text.replace(/\b(?:[A-Z]{3})\b/g, ''))) return false;
  return !/\d[.,]\d{3}(?!\d)|\d,\d/.test(c.text);
}

/** Number grammar only: claims with kind, value, unit, bounds and sentence; no context, no caveats. */
export function detect(text: string, opts: AnalyzeOptions = {}): Claim[] {
  return detectClaims(text, resolveLang(text, opts));
}

/** The whole pipeline: detect → enrich (attribution, subject, benchmark, comparisons) → caveats. */
export function analyze(text: string, opts: AnalyzeOptions = {}): Analysis {
  const auto = !opts.lang || opts.lang === 'auto';
  const reading = auto ? readingOf(text) : { lang: opts.lang as Lang };
  const lang = reading.lang;
  const uiLang: UiLang = opts.uiLang ?? (lang === 'ko' ? 'ko' : 'en');
  if (reading.unsupported) {
    // A language ClaimLens does not read: "438 contre", "80.000 kil" are not English figures. Nothing by default;
    // on request, the figures any reader parses the same way, without the English context and caveats.
    if (opts.reading !== 'basic') return { lang, claims: [], unsupported: reading.unsupported };
    return { lang, claims: detectClaims(text, lang).filter(basicClaim), unsupported: reading.unsupported };
  }
  if (!mayHoldClaims(text, lang)) return { lang, claims: [] };
  // Model names are found once, when first needed: the detector leaves their numbers out (a text where it finds
  // nothing needs none), enrichment links scores to them.
  let models: readonly ModelMention[] | undefined;
  const modelsOf = (): readonly ModelMention[] => (models ??= findModelMentions(text));
  const claims = detectClaims(text, lang, modelsOf);
  // Most paragraphs hold no claim: nothing to enrich or check, and building the caveats' document index is not free.
  if (claims.length === 0) return { lang, claims };
  const document = buildDocument(text, lang, modelsOf());
  const ctx = { text, lang, uiLang, publishedAt: opts.publishedAt, document };
  enrichClaims(claims, ctx);
  applyCaveats(claims, ctx);
  return { lang, claims };
}
