// Builds page-sync-entry.ts into one classic script (IIFE) with Vite, from the same
// sources and node_modules as the app, so the code injected into the page is the app's
// own sync engine and database layer. Not minified: a CPU profile then names functions.
import path from 'node:path';
import { build } from 'vite';
import { repoRoot } from '../../test/e2e/helpers/start-server';

export async function buildPageSyncBundle(): Promise<string> {
  const output = await build({
    configFile: false,
    root: repoRoot,
    publicDir: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: false,
      emptyOutDir: false,
      lib: {
        entry: path.join(repoRoot, 'bench/sync/page-sync-entry.ts'),
        formats: ['iife'],
        name: 'cunwuBenchSyncBundle',
      },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if (!('output' in result)) continue;
    for (const item of result.output) {
      if (item.type === 'chunk' && item.isEntry) return item.code;
    }
  }
  throw new Error('the page bundle produced no entry chunk');
}
