// End-to-end suite: the built extension in real Chromium and Firefox (puppeteer-core). One file at a time, long timeouts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    pool: 'forks',
    maxWorkers: 1,
    retry: 0,
  },
});
