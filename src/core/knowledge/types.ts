// Shapes of the engine's knowledge: benchmarks, published results, cost facts, exchange rates, sources.
import type { Source } from '../types.js';

/** A source as stored in the knowledge base: where a fact comes from and when it was checked. */
export interface KnowledgeSource extends Source {
  /** ISO date (YYYY-MM-DD) the fact was last checked against this source. */
  checked: string;
}

/** Text in both UI languages. */
export interface Bilingual {
  ko: string;
  en: string;
}

/** A known weakness of a benchmark (contamination, saturation, label errors, version drift). */
export interface BenchmarkNote {
  kind: 'contamination' | 'saturation' | 'errors' | 'version' | 'selection';
  text: Bilingual;
  /** Source ids from the catalogue in sources.ts. */
  sources: string[];
}

export interface Benchmark {
  /** Kebab-case id, e.g. "aime-2024". */
  id: string;
  name: string;
  /** Korean name used in the UI (falls back to name). */
  nameKo?: string;
  /** Surface forms found in articles, Korean and English; matched case-insensitively. */
  aliases: string[];
  what: Bilingual;
  /** Number of scored items, or null when the set has no fixed size (ratings, votes, rolling sets). */
  items: number | null;
  /** How sure the count is and which split it is. */
  itemsNote?: Bilingual;
  metric: string;
  /** The top of the score scale when it is not 100 % (IMO 42 points, the bar exam's 400, an Elo has none). */
  maxScore?: number;
  /**
   * 'human': an exam people sit (수능, the bar exam, IMO). News about it is mostly about people, so a number links
   * to it as an AI score only where the paragraph names a model or AI.
   */
  audience?: 'human';
  /** An index averaged over other benchmarks or a leaderboard's mean: its figure is not one test's score. */
  composite?: Bilingual;
  /**
   * How a score is built: 'binary' items (right/wrong, one item = 100/n pp), 'sampled' (pass@1 often
   * averaged over several samples per item, so settings matter), 'rating' (Elo-like), 'f1' (partial credit).
   */
  granularity: 'binary' | 'sampled' | 'rating' | 'f1';
  notes: BenchmarkNote[];
  /** Ids of benchmarks with confusingly similar names. */
  lookalikes?: string[];
  /** For a generic name (e.g. bare "AIME"), the specific ids it may stand for. */
  family?: string;
  sources: string[];
  checked: string;
}

/** How a published score was produced; two scores are comparable only with the same settings. */
export type Sampling =
  | 'pass@1-mean-of-k'
  | 'pass@1-single'
  | 'cons@64'
  | 'greedy'
  | 'unknown'
  | 'rating'
  | 'other';

export interface PublishedResult {
  benchmark: string;
  model: string;
  /** The organization whose model it is (org id from orgs.ts). */
  maker: string;
  value: number;
  metric: string;
  sampling: Sampling;
  settings: Bilingual;
  /** 'measured' by the report's authors, or 'copied' from another party's report. */
  provenance: 'measured' | 'copied';
  /** Report id (from reports in results.ts). */
  report: string;
  where: string;
}

export interface Report {
  id: string;
  title: string;
  titleKo: string;
  /** Org id of the author. */
  by: string;
  sources: string[];
  checked: string;
}

export interface Org {
  id: string;
  names: string[];
  kind: 'ai-lab' | 'company' | 'media' | 'analyst' | 'government' | 'academic';
  /** Products whose mention points at this org (ChatGPT → OpenAI). */
  products?: string[];
}

/** A model family as news names it: the grammar in src/core/document/models.ts reads the version, size and tier after a name. */
export interface ModelFamily {
  id: string;
  /** Korean and English names of the family (and sub-family names used alone, such as 오푸스). */
  names: string[];
  /** Tier words specific to the family that belong to the name ("프로", "Sonnet", "Large"). */
  tiers?: string[];
  /** The name is a model name only when a digit follows it directly (o1, o3-mini, Phi-4). */
  needsVersion?: boolean;
  /** Org id (orgs.ts) of the maker. */
  maker: string;
  sources: string[];
  checked: string;
}

/** Monthly average exchange rates against the US dollar, as the source publishes them. */
export interface FxSeries {
  currency: string;
  /** 'per-usd': units of `currency` per 1 USD (KRW, JPY, CNY); 'usd-per': USD per 1 unit (EUR). */
  quotedAs: 'per-usd' | 'usd-per';
  /** 'YYYY-MM' → monthly average in the quoted direction. */
  monthly: Record<string, number>;
  /** Months whose value is a carried-forward estimate, not a recalled published average. */
  estimated: string[];
  precision: Bilingual;
  sources: string[];
  checked: string;
}

/** A compute or cost fact for a named training run, for cost and hardware rules. */
export interface TrainingFact {
  id: string;
  model: string;
  maker: string;
  gpuModel: string;
  gpus?: number;
  gpusNote?: Bilingual;
  gpuHours?: number;
  costUsd?: number;
  rentalUsdPerGpuHour?: number;
  /** The report's own breakdown, when it gives one (DeepSeek-V3 Table 1). */
  stages?: { name: string; gpuHours: number; costUsd?: number }[];
  excludes?: Bilingual;
  sources: string[];
  checked: string;
}
