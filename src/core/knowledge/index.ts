// The engine's knowledge base as one object, handed to every caveat rule (tests may pass their own).
import { BENCHMARK_BY_ID, BENCHMARKS, findBenchmarkMentions } from './benchmarks/index.js';
import { FX_SERIES, nearestMonth, perUsd } from './fx-rates.js';
import { findOrgIn, ORGS } from './orgs.js';
import { findResults, findResultsAnywhere, PUBLISHED_RESULTS, REPORTS } from './results.js';
import { SOURCES, sourcesOf } from './sources.js';
import { DEEPSEEK_TOTAL_HARDWARE, TRAINING_BY_ID, TRAINING_FACTS } from './training.js';

export const KNOWLEDGE = {
  benchmarks: BENCHMARKS,
  benchmarkById: BENCHMARK_BY_ID,
  findBenchmarkMentions,
  results: PUBLISHED_RESULTS,
  reports: REPORTS,
  findResults,
  findResultsAnywhere,
  training: TRAINING_FACTS,
  trainingById: TRAINING_BY_ID,
  deepseekTotalHardware: DEEPSEEK_TOTAL_HARDWARE,
  fx: FX_SERIES,
  perUsd,
  nearestMonth,
  orgs: ORGS,
  findOrgIn,
  sources: SOURCES,
  sourcesOf,
};

export type Knowledge = typeof KNOWLEDGE;
export type * from './types.js';
