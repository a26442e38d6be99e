import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Three projects: pure domain code and the server run in Node; everything that
// touches the DOM or IndexedDB runs in jsdom with fake-indexeddb.
const reportDir = process.env.TEST_REPORT_DIR;
const reporters: (string | [string, Record<string, unknown>])[] = reportDir
  ? ['default', ['json', { outputFile: `${reportDir}/unit.json` }]]
  : ['default'];

export default defineConfig({
  plugins: [react()],
  test: {
    reporters,
    projects: [
      {
        extends: true,
        test: {
          name: 'domain',
          environment: 'node',
          include: ['src/domain/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'client',
          environment: 'jsdom',
          setupFiles: ['test/helpers/setup-client.ts'],
          include: [
            'src/{app,data,sync,features,ui,a11y,i18n,pwa}/**/*.test.{ts,tsx}',
            'test/integration/**/*.test.{ts,tsx}',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['src/server/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
