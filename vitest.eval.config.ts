// `npm run eval`: the engine measured on the development sets and third-party corpora read in place from ../shared,
// plus the engine's equivalence checks (fast paths = reference paths) re-run over those corpora.
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const shared = resolve(process.env.CLAIMLENS_SHARED ?? resolve(import.meta.dirname, '../shared'));

export default defineConfig({
  test: {
    include: [
      'test/eval/**/*.eval.ts',
      'test/core/perf/*.test.ts',
      'test/core/detect/next-candidate.test.ts',
    ],
    environment: 'node',
    env: { CLAIMLENS_EVAL_CORPORA: resolve(shared, 'conformance') },
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // One file at a time: the floors file is read per file and, with EVAL_WRITE_FLOORS=1, rewritten.
    fileParallelism: false,
  },
});
