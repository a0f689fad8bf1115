import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium driven by playwright-core, one file at a time
// (two cores; each file starts its own browser).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 120000,
  },
});
