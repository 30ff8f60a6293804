// Real-browser tests of the DOM layer and the content entry (Chromium and Firefox through puppeteer-core).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // One browser at a time: the machine has 2 cores.
    fileParallelism: false,
  },
});
