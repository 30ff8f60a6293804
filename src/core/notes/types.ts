// The reader's notes on claims: the stored annotation (W3C Web Annotation selectors + the claim + verdict + note).
import type { ClaimKind } from '../types.js';

/** The reader's verdict on a claim; null when only a note was written. */
export type Verdict = 'checked' | 'disputed' | 'misleading' | 'needs-source';
export const VERDICTS: readonly Verdict[] = ['checked', 'disputed', 'misleading', 'needs-source'];

/** A short glyph per verdict: the claim is marked by shape on the page and in every list, not only by colour. */
export const VERDICT_GLYPH: Record<Verdict, string> = {
  checked: '✓',
  disputed: '✗',
  misleading: '!',
  'needs-source': '?',
};

/** Longest note the reader may write (the card's field and every import hold to it). */
export const MAX_NOTE = 2000;
/** Characters of context kept on each side of the quote (the TextQuoteSelector's prefix and suffix). */
export const CONTEXT_CHARS = 32;
/** Longest quote kept: a claim's surface text is short; anything longer is not a claim we made. */
export const MAX_QUOTE = 500;
/** Longest sentence kept with a note (shown on My notes and exported as the claim reviewed). */
export const MAX_SENTENCE = 600;
export const MAX_URL = 2048;
export const MAX_TITLE = 300;

/** The schema version of stored page records; older ones are migrated when read (see store.ts). */
export const NOTES_SCHEMA = 2;

/** W3C TextQuoteSelector: https://www.w3.org/TR/annotation-model/#text-quote-selector */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector over the article text (UTF-16 offsets, as the engine counts). */
export interface TextPosition {
  start: number;
  end: number;
}

/** What the engine had found: kept so a note says what number it was about even when the page changed. */
export interface ClaimInfo {
  kind: ClaimKind;
  value: number;
  unit: string | null;
  /** The claim's sentence when it was annotated (may be empty). */
  sentence: string;
}

/** Whether the note was placed on the page at the last visit. */
export interface AnchorState {
  found: boolean;
  /** ISO time of the visit that said so. */
  at: string;
}

export interface Note {
  /** Random, assigned when first saved ("urn:uuid:…" in exports). */
  id: string;
  /** The article's canonical URL (tracking parameters and fragment dropped): what an export names as the source. */
  url: string;
  title: string;
  quote: TextQuote;
  position: TextPosition;
  claim: ClaimInfo;
  verdict: Verdict | null;
  note: string;
  created: string;
  modified: string;
  anchor?: AnchorState;
}

export { CLAIM_KINDS } from '../types.js';
