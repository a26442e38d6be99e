import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium (playwright-core) against the built app
// served by the real server. They run one file at a time: two cores, one browser.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: process.env.TEST_REPORT_DIR
      ? ['default', ['json', { outputFile: `${process.env.TEST_REPORT_DIR}/e2e.json` }]]
      : ['default'],
  },
});
