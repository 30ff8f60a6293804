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
let waiters: Array<() => void> = [];

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
    const w = waiters;
    waiters = [];
    for (const f of w) f();
  },
});

function nextPass(timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    waiters.push(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

const api = {
  counters,
  /** Resolves after the initial pass (or a timeout). */
  start: async (timeoutMs: number): Promise<boolean> => {
    const done = nextPass(timeoutMs);
    void annotator.start();
    return done;
  },
  reset: (): void => {
    counters.calls = 0;
    counters.chars = 0;
  },
  nextPass,
};

(globalThis as unknown as { __claimlensBench: typeof api }).__claimlensBench = api;
