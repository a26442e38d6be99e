// `npm start`: build the client and the server if needed (ensure-build.mjs,
// build-server.mjs), then run the compiled server, dist-server/main.js. Signals are
// forwarded so Ctrl+C and a process manager's SIGTERM reach the server's graceful shutdown,
// and the server's exit code becomes ours.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureServerBuild, SERVER_ENTRY } from './build-server.mjs';
import { ensureBuild } from './ensure-build.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

try {
  ensureBuild();
  await ensureServerBuild();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const server = spawn(process.execPath, ['--enable-source-maps', SERVER_ENTRY], {
  cwd: repoRoot,
  stdio: 'inherit',
  env: {
    // main.ts looks for the client two folders above itself, which only holds for the
    // source file: the compiled one is told where it is.
    DIST_DIR: path.join(repoRoot, 'dist'),
    // Password checks (scrypt) take 16 MB each on libuv's threads; with glibc's adaptive
    // threshold every thread keeps such a block after its first check. A fixed threshold
    // hands large blocks back to the system when freed. Other C libraries ignore it.
    MALLOC_MMAP_THRESHOLD_: '1048576',
    ...process.env,
  },
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal));
}

server.on('exit', (code, signal) => {
  // Like a shell: a server ended by a signal exits 128 + the signal's number.
  process.exit(signal ? 128 + (os.constants.signals[signal] ?? 0) : (code ?? 1));
});
