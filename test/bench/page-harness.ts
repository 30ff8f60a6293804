// Page-side harness for the incremental proof: the DOM layer's Annotator with a counting analyzer (bench-only bundle).
import { analyze } from '../../src/core/index.js';
import type { AnalyzeOptions } from '../../src/core/types.js';
import { Annotator } from '../../src/dom/annotator.js';

export interface HarnessCounters {
  calls: number;
  /** UTF-16 units handed to the analyzer. */
  chars: number;
  passes: number;
  claims: number;
}

const counters: HarnessCounters = { calls: 0, chars: 0, passes: 0, claims: 0 };
let lastPassAt = 0;

function countingAnalyze(text: string, opts: AnalyzeOptions) {
  counters.calls++;
  counters.chars += text.length;
  return analyze(text, opts);
}

const controller = new AbortController();
const annotator = new Annotator({
  signal: controller.signal,
  analyze: countingAnalyze,
  onPass: (stats) => {
    counters.passes++;
    counters.claims = stats.count;
    lastPassAt = performance.now();
  },
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resolves true once at least one pass ended and `quietMs` went by without another (false on timeout). */
async function settle(quietMs: number, timeoutMs: number): Promise<boolean> {
  const t0 = performance.now();
  const p0 = counters.passes;
  while (performance.now() - t0 < timeoutMs) {
    await sleep(50);
    if (counters.passes > p0 && performance.now() - lastPassAt >= quietMs) return true;
  }
  return false;
}

const api = {
  counters,
  /** Starts the annotator; resolves once its passes have settled. */
  start: (quietMs: number, timeoutMs: number): Promise<boolean> => {
    void annotator.start();
    return settle(quietMs, timeoutMs);
  },
  reset: (): void => {
    counters.calls = 0;
    counters.chars = 0;
  },
  settle,
  /** When the last pass ended (performance.now()). */
  lastPassAt: (): number => lastPassAt,
};

(globalThis as unknown as { __claimlensBench: typeof api }).__claimlensBench = api;
