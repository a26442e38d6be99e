// Compiles the township server (src/server/main.ts and what it imports) into one ES module,
// dist-server/main.js, so `npm start` runs plain JavaScript: compiling TypeScript at run time
// (tsx) costs the server about 50 MB of memory for its whole life. npm packages stay
// external (loaded from node_modules as usual), except the few that Node cannot load as
// they ship (JSON imported without an import attribute). Rebuilds only when an input file
// is newer than the output, like ensure-build.mjs does for the client.
//
//   node scripts/build-server.mjs           build when needed
//   import { ensureServerBuild } from …     the same, for start.mjs
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SERVER_ENTRY = path.join(repoRoot, 'dist-server', 'main.js');
const META_FILE = path.join(repoRoot, 'dist-server', 'meta.json');
/** packages bundled into the output instead of imported at run time */
const BUNDLED_PACKAGES = new Set(['chinese-days']);

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Returns why a build is needed, or null when dist-server/ is up to date. */
export function serverBuildReason() {
  if (!existsSync(SERVER_ENTRY) || !existsSync(META_FILE)) return 'dist-server/ is missing';
  const builtAt = statSync(SERVER_ENTRY).mtimeMs;
  const inputs = Object.keys(JSON.parse(readFileSync(META_FILE, 'utf8')).inputs ?? {});
  for (const input of [...inputs, 'package-lock.json', 'scripts/build-server.mjs']) {
    const file = path.join(repoRoot, input);
    // A deleted input means the import graph changed: build again.
    if (!existsSync(file) || statSync(file).mtimeMs > builtAt) return `${input} changed`;
  }
  return null;
}

export async function buildServer() {
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: ['src/server/main.ts'],
    outfile: SERVER_ENTRY,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
    plugins: [
      {
        name: 'external-packages',
        setup(builder) {
          builder.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path.startsWith('node:') || !BUNDLED_PACKAGES.has(packageName(args.path))
              ? { path: args.path, external: true }
              : undefined,
          );
        },
      },
    ],
  });
  writeFileSync(META_FILE, JSON.stringify({ inputs: result.metafile.inputs }));
}

/** Builds the server when its sources changed since the last build. */
export async function ensureServerBuild() {
  const reason = serverBuildReason();
  if (reason === null) return;
  console.log(`Building the server (${reason})…`);
  await buildServer();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  ensureServerBuild().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
