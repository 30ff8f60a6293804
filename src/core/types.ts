// The data model shared by every layer: what a numerical claim and a caveat are (see DESIGN.md).

export type ClaimKind =
  | 'money'
  | 'percent'
  | 'percentage_point'
  | 'count'
  | 'multiplier'
  | 'fraction'
  | 'rank'
  | 'duration'
  | 'rate'
  | 'score'
  | 'quantity';

/** Every kind, once: validation and the highlighter's one highlight per kind read it. */
export const CLAIM_KINDS: readonly ClaimKind[] = [
  'money',
  'percent',
  'percentage_point',
  'count',
  'multiplier',
  'fraction',
  'rank',
  'duration',
  'rate',
  'score',
  'quantity',
];

export type Lang = 'ko' | 'en' | 'zh' | 'ja';
export type UiLang = 'ko' | 'en';
export type Bound = 'at-least' | 'at-most' | 'more-than' | 'less-than';

export interface Source {
  title: string;
  url: string;
}

export interface Caveat {
  /** Rule id, e.g. "benchmark.margin-within-noise". */
  id: string;
  severity: 'info' | 'warn';
  /** Short, in the UI language. */
  title: string;
  /** The reasoning with this claim's own figures. */
  detail: string;
  /** At least one: no source, no caveat. */
  sources: Source[];
}

/**
 * What a figure is, when its sentence says: a forecast (guidance, a target, analysts' consensus, an estimate of
 * what is to come) or, next to a forecast it is compared with, the reported result.
 */
export type ClaimStatus = 'forecast' | 'result';

export interface Attribution {
  /** The source as written: "딥시크", "NYT", "the company". */
  text: string;
  kind: 'self' | 'third-party' | 'unattributed';
}

export interface Claim {
  /** Stable for the same text at the same place: derived from quote + position. */
  id: string;
  /** Exact surface text, e.g. "557만6000달러", "$5.6 million", "79.8%". */
  text: string;
  /** UTF-16 offsets into the scanned text, end exclusive. */
  start: number;
  end: number;
  kind: ClaimKind;
  /** Normalized: "557만6000달러" → 5576000, "10분의 1" → 0.1, "79.8%" → 79.8. For a range, its low end. */
  value: number;
  /** ISO 4217 for money ("USD", "KRW"), "%", "pp", "x", a counter or noun ("개", "명", "GPU"), a time unit ("month"). */
  unit: string | null;
  /** For rates: "hour" in 시간당 2달러 / $2 per hour. */
  per?: string;
  range?: [number, number];
  /** The top of the scale the text states for a score: "35 of 42 points" → 42, "500점 만점에 470점" → 500. */
  outOf?: number;
  bound?: Bound;
  /** 약, 가량, 정도, 수-, about, roughly, nearly, some. */
  approx: boolean;
  /** A vague magnitude (수억, several, 수십): value/range are an interpretation, not a figure. */
  vague?: boolean;
  sentence: { start: number; end: number };
  /** What the number is about when found: a benchmark, "training cost" … */
  subject?: string;
  /** Knowledge-base id when the number is a benchmark score. */
  benchmark?: string;
  attribution?: Attribution;
  /** Id of the claim it is compared with in the same sentence. */
  comparedWith?: string;
  /** Absent for an ordinary figure; 'forecast' is never a result; 'result' only beside a forecast of the same measure. */
  status?: ClaimStatus;
  /** The words that made it a forecast, as written: "전망", "목표주가", "guidance", "average forecast". */
  statusCue?: string;
  caveats: Caveat[];
}

export interface AnalyzeOptions {
  /** Language of the text; "auto" (default) guesses from the script. */
  lang?: Lang | 'auto';
  /** Language of caveat titles and details. Defaults to the text's language when ko/en, else en. */
  uiLang?: UiLang;
  /** The article's publication date (ISO 8601), used to pick reference exchange rates. */
  publishedAt?: string;
  /**
   * 'basic' reads a text in a language ClaimLens does not read yet (French, German, …) for what needs no grammar:
   * figures in digits with a currency or a percent sign. Default 'full'.
   */
  reading?: 'full' | 'basic';
}
