import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium driven by playwright-core, two files at a time, each file with
// its own browser. Most of a browser test is waiting (a page loading, an animation settling),
// so two overlap well on two cores: the suite took 337 s so, against 561 s one file at a time,
// on the same machine under the same load. No test asserts a duration.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60000,
    hookTimeout: 120000,
  },
});
