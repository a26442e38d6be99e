import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Four projects: pure domain code and the server run in Node; everything that touches
// the DOM or IndexedDB runs in jsdom with fake-indexeddb; sync reliability runs in Node
// with fake-indexeddb.
// CI collects one JSON report per run; a second run (the server on PostgreSQL) names its
// own with TEST_REPORT_NAME so it does not overwrite the first.
const reportDir = process.env.TEST_REPORT_DIR;
const reportName = process.env.TEST_REPORT_NAME || 'unit';
const reporters: (string | [string, Record<string, unknown>])[] = reportDir
  ? ['default', ['json', { outputFile: `${reportDir}/${reportName}.json` }]]
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
      {
        // Sync reliability (SYNC.md): phones on fake-indexeddb against the server in-process,
        // and a real server process killed in a loop. Node, not jsdom: child processes and
        // better-sqlite3 run here, and nothing renders.
        extends: true,
        test: {
          name: 'reliability',
          environment: 'node',
          setupFiles: ['test/reliability/setup-reliability.ts'],
          include: ['test/reliability/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
