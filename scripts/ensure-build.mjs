// Builds the client (vite build) only when dist/ is missing or older than its sources, so a
// fresh clone builds once and every later `npm start` is instant. Used by `npm start`,
// `npm run test:e2e` and `npm run bench`; also importable as ensureBuild().
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = path.join(repoRoot, 'dist', 'index.html');
// What the client build reads. The server and tests are not part of the bundle.
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts'];
const IGNORED_DIRS = new Set(['server', 'node_modules']);
const isTestFile = (name) => /\.test\.(ts|tsx)$/.test(name);

function newestMtimeMs(entryPath) {
  if (!existsSync(entryPath)) return 0;
  const stat = statSync(entryPath);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(entryPath, { withFileTypes: true })) {
    if (entry.isDirectory() && IGNORED_DIRS.has(entry.name)) continue;
    if (entry.isFile() && isTestFile(entry.name)) continue;
    newest = Math.max(newest, newestMtimeMs(path.join(entryPath, entry.name)));
  }
  return newest;
}

/** Returns why a build is needed, or null when dist/ is up to date. */
export function buildReason() {
  if (!existsSync(builtIndex)) return 'dist/index.html is missing';
  const builtAt = statSync(builtIndex).mtimeMs;
  for (const source of SOURCES) {
    if (newestMtimeMs(path.join(repoRoot, source)) > builtAt)
      return `${source} changed since the last build`;
  }
  return null;
}

export function ensureBuild() {
  const reason = buildReason();
  if (!reason) return;
  if (!existsSync(path.join(repoRoot, 'index.html'))) {
    throw new Error('Cannot build the client: index.html is missing at the repository root.');
  }
  console.log(`Building the client (${reason}) …`);
  const vite = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    ensureBuild();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
