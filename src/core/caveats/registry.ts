// The one list of caveat rules, most important family first (ties in severity keep this order).

import type { Rule } from './rule.js';
import { arithmetic } from './rules/arithmetic.js';
import { benchmarkContamination } from './rules/benchmark-contamination.js';
import { benchmarkCrossCheck } from './rules/benchmark-cross-check.js';
import { benchmarkScore } from './rules/benchmark-score.js';
import { benchmarkSettings } from './rules/benchmark-settings.js';
import { bounds } from './rules/bounds.js';
import { costComparison } from './rules/cost-comparison.js';
import { costTrainingRun } from './rules/cost-training-run.js';
import { currencyPair } from './rules/currency-pair.js';
import { falsePrecision } from './rules/false-precision.js';
import { hardwareCount } from './rules/hardware-count.js';
import { percentPoints } from './rules/percent-points.js';
import { relativeChange } from './rules/relative-change.js';
import { reportedResults } from './rules/reported-results.js';
import { selectedEvaluations } from './rules/selected-evaluations.js';
import { selfReported } from './rules/self-reported.js';
import { vagueQuantity } from './rules/vague-quantity.js';

export const RULES: readonly Rule[] = [
  benchmarkCrossCheck,
  benchmarkScore,
  benchmarkSettings,
  costTrainingRun,
  costComparison,
  hardwareCount,
  selfReported,
  reportedResults,
  currencyPair,
  arithmetic,
  percentPoints,
  relativeChange,
  falsePrecision,
  bounds,
  vagueQuantity,
  selectedEvaluations,
  benchmarkContamination,
];
