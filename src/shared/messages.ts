// Typed messages between the extension's parts, named by direction (to content script, to background).

import type { CardFacts } from '../core/card-facts.js';
import type { Verdict } from '../core/notes/types.js';
import type { Caveat, Claim, Lang, Source, UiLang } from '../core/types.js';
import type { NotesToBackground } from './notes-messages.js';

/** What the popup needs of a claim: enough to list and jump, without the page's whole text. */
export interface ClaimSummary {
  id: string;
  text: string;
  kind: Claim['kind'];
  value: number;
  unit: string | null;
  /** The sentence, shortened for a list row. */
  snippet: string;
  caveatCount: number;
  warnCount: number;
  /** A forecast, or a result set beside one: the list labels it (absent for ordinary figures). */
  status?: Claim['status'];
  /** The reader's verdict on this claim, when they gave one. */
  verdict?: Verdict;
}

/** Popup or background → content script (browser.tabs.sendMessage). */
export type ToContent =
  /** `wait`: answer once the running pass is done (the popup asks once more instead of polling). */
  | { type: 'cs:list'; wait?: boolean }
  | { type: 'cs:open'; id: string }
  | { type: 'cs:step'; direction: 1 | -1 }
  | { type: 'cs:disable' }
  /** Read this page although it is in a language ClaimLens does not read yet: digits with a currency or % only. */
  | { type: 'cs:read-basic' };

export interface ListReply {
  url: string;
  claims: ClaimSummary[];
  /** True while a long page is still being scanned. */
  pending: boolean;
  /** The page is in a language ClaimLens does not read yet (ISO 639-1); `basic` once the reader asked to read it anyway. */
  language?: { unsupported: string; basic: boolean };
}

/** Content script or popup → background (browser.runtime.sendMessage). */
export type ToBackground =
  | { type: 'bg:count'; count: number; warn: number }
  | { type: 'bg:error'; where: string; message: string }
  | { type: 'bg:get-settings' }
  | { type: 'bg:site-state'; tabId: number }
  | { type: 'bg:set-site'; tabId: number; origin: string; enabled: boolean }
  | { type: 'bg:annotate-tab'; tabId: number }
  /** The content script's first card on a page: inject card.js (the card UI) into its frame. */
  | { type: 'bg:load-card' }
  | AnalyzeRequest
  | NotesToBackground;

/**
 * Content script → background: analyze one piece of the page's text (the engine runs in the extension's background,
 * off the page's main thread and out of content.js; the text never leaves the browser). Reply: AnalyzeReply.
 */
export interface AnalyzeRequest {
  type: 'bg:analyze';
  text: string;
  lang: Lang | 'auto';
  /** Caveat language; by default the one the extension's UI strings are shown in. */
  uiLang?: UiLang;
  publishedAt?: string;
  /**
   * Summaries only: what painting, the badge and the popup need (position, kind, value, how many caveats and how
   * grave), not the card's texts. A 2 MB page's replies shrink about threefold; a card asks for its piece in full.
   */
  summary?: boolean;
  /** 'basic': the reader asked to read a page in a language ClaimLens does not read yet (digits with a currency or %). */
  reading?: 'basic';
  /**
   * One claim in full (its card): [start, end) of the claim in `text`. The reply holds that claim, with card facts,
   * and the claim it is compared with; the background answers from its cached analysis of the same piece.
   */
  claimAt?: { start: number; end: number };
}

/**
 * A claim as the content script keeps it: the core's claim plus what its card needs precomputed. A summary has
 * `summary: true`, no `facts`, and caveats reduced to id and severity until its card asks for the rest.
 */
export type AnalyzedClaim = Claim & { facts?: CardFacts; summary?: true };

/** On the wire a caveat names its sources by index into the reply's `sources` (each source sent once per reply). */
export type WireCaveat = Omit<Caveat, 'sources'> & { sources: number[] };
export type WireClaim = Omit<AnalyzedClaim, 'caveats'> & { caveats: WireCaveat[] };

export interface AnalyzeReply {
  lang: Lang;
  /** The piece is in a language ClaimLens does not read yet (ISO 639-1 code): see AnalyzeOptions.reading. */
  unsupported?: string;
  claims: WireClaim[];
  sources: Source[];
}

/** Longest text one bg:analyze may carry (the content script sends pieces of ~16,000). */
export const MAX_ANALYZE_CHARS = 200_000;

/** Why ClaimLens cannot read a tab's page at all. */
export type Unsupported = 'browser-page' | 'store' | 'pdf' | 'file';

/** Background → popup reply to bg:site-state: what ClaimLens may do on a tab's site. */
export interface SiteState {
  tabId: number;
  url: string | null;
  /** "https://www.hankyung.com"; null when the page has no web origin or its URL is not visible. */
  origin: string | null;
  unsupported: Unsupported | null;
  /** The site is on the built-in list of news sites (content script runs by default). */
  onDefaultList: boolean;
  /** The user turned ClaimLens on permanently for this (non-default) site. */
  userEnabled: boolean;
  /** The user switched ClaimLens off for this site (settings.disabledOrigins). */
  disabled: boolean;
  /** Last counts the tab's content script reported (badge), if any. */
  count: number | null;
  warn: number | null;
}

export interface Settings {
  version: 1;
  /** Origins the user switched off, even if on the default list. */
  disabledOrigins: string[];
  /** Annotate the whole page, not only the detected article. */
  wholePage: boolean;
  /** Show the card's "In perspective" row; absent means on (settings saved before the option existed). */
  perspectives?: boolean;
}

export const DEFAULT_SETTINGS: Settings = { version: 1, disabledOrigins: [], wholePage: false };
