// Unit, conformance and property tests: node, no browser. The e2e suite has its own config.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx', 'src/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/browser/**', 'test/bench/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    // Property and fuzz tests build 100k-node pages; on a loaded 2-core machine 5 s is not enough. Speed is
    // asserted by ratios inside the tests, never by this timeout.
    testTimeout: 30_000,
  },
});
