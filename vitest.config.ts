// Unit, conformance and property tests: node, no browser. The e2e suite has its own config.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx', 'src/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/browser/**', 'test/bench/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
  },
});
