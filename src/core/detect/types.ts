// Internal shapes of the number grammar: a parsed number, a unit match and a raw claim before ids and sentences.
import type { Claim, ClaimKind } from '../types.js';

/** A number as read from the text, before units. */
export interface NumRead {
  start: number;
  end: number;
  value: number;
  /** Contains at least one digit 0-9 (ASCII or full-width). */
  digits: boolean;
  /** Count of numeral characters/syllables (Hangul or Han) that are not digits. */
  numerals: number;
  /** Plain digit run only (no 만/억, no scale word, no numeral words). */
  plain: boolean;
  /** Has a decimal point or comma grouping (never a year, list number or name). */
  formatted: boolean;
  /** The digit run started with 0 and is longer than one digit (codes, not amounts). */
  leadingZero: boolean;
  /** Number written with words (English) or native Korean numerals. */
  words?: boolean;
  ordinal?: boolean;
  fraction?: boolean;
  vague?: [number, number];
  /** "tenfold": a multiplier by itself. */
  fold?: boolean;
  /** 1억6천400여만원: "여" inside the figure (more than / about). */
  approx?: boolean;
}

/** What follows a number. */
export type UnitKind = ClaimKind | 'date' | 'year' | 'skip';

export interface UnitInfo {
  kind: UnitKind;
  /** ISO code, '%', 'pp', 'x', counter, noun or time unit. */
  unit: string | null;
  /** Multiply the number by this (cents → 0.01 of the currency, basis points → 0.01 pp). */
  mul?: number;
  /** Time unit for durations. */
  per?: string;
}

export interface UnitMatch extends UnitInfo {
  end: number;
  /** Must touch the number ("10x", "5m"). */
  tight?: boolean;
  /** An English noun taken as the count's unit ("16,000 chips"). */
  noun?: boolean;
}

/** A claim as the grammar reads it, before id, sentence and caveats: the same fields as the public Claim. */
export type RawClaim = Pick<
  Claim,
  'start' | 'end' | 'kind' | 'value' | 'unit' | 'per' | 'range' | 'bound' | 'approx' | 'vague' | 'outOf'
>;

/** Per-call scanning state: the text, language and a work counter (for linear-time tests). */
export interface ScanCtx {
  text: string;
  lang: 'ko' | 'en' | 'zh' | 'ja';
  /** First and last non-space index: a number spanning them is the whole input. */
  first: number;
  last: number;
  steps: number;
  /**
   * Where model names end (제미나이 3 프로, grok-4.1-thinking): a number in parentheses right after one is its score.
   * Asked for only there, so the model-name scan runs on first use (most texts never ask); undefined when none.
   */
  modelEnds: () => ReadonlySet<number> | undefined;
}
