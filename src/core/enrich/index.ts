// Context for claims: attribution, subject, benchmark link, comparisons (placeholder until it lands).
import type { Claim, Lang, UiLang } from '../types.js';

export interface DocContext {
  text: string;
  lang: Lang;
  uiLang: UiLang;
  publishedAt?: string | undefined;
}

export function enrichClaims(_claims: Claim[], _ctx: DocContext): void {}
