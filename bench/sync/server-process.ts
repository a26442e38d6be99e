// The township server as a separate process on a loopback port, the way `npm start` runs
// it (scripts/start.mjs: the compiled dist-server/main.js, with the same node flags and
// environment), so the benchmarks cross a real socket and can read the server's own
// memory from /proc. The caller prepares the database first (accounts,
// fixtures) and hands it over as DATA_DIR or DATABASE_URL; demo seeding is off.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { StorageTarget } from '../../src/server/db/storage';
import { repoRoot, stopChild, waitForListening } from '../../test/e2e/helpers/start-server';

const START_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 10_000;

export interface ServerProcess {
  /** http://127.0.0.1:PORT, no trailing slash */
  url: string;
  pid: number;
  /** peak and current resident memory of the server process, in bytes */
  memory(): { peakRssBytes: number; rssBytes: number };
  /** SIGTERM, then SIGKILL after a grace period */
  stop(): Promise<void>;
}

function readStatusKb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match?.[1]) throw new Error(`${field} missing from /proc/${pid}/status`);
  return Number(match[1]);
}

let isServerBuilt = false;

/** Compiles the server when its sources changed (scripts/build-server.mjs), once per run. */
function ensureServerBuild(): void {
  if (isServerBuilt) return;
  const result = spawnSync(process.execPath, ['scripts/build-server.mjs'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('building the server failed');
  isServerBuilt = true;
}

export async function startServerProcess(target: StorageTarget): Promise<ServerProcess> {
  ensureServerBuild();
  const env: NodeJS.ProcessEnv = {
    // as scripts/start.mjs sets it (see there why)
    MALLOC_MMAP_THRESHOLD_: '1048576',
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DIST_DIR: path.join(repoRoot, 'dist'),
    SEED_DEMO: '0',
    LOG_LEVEL: 'warn',
  };
  // The bench itself may run with DATABASE_URL set; a SQLite server must not inherit it.
  delete env.DATABASE_URL;
  delete env.DATA_DIR;
  if ('databaseUrl' in target) env.DATABASE_URL = target.databaseUrl;
  else env.DATA_DIR = target.dataDir;

  // node itself (not an npx wrapper), so child.pid is the process that serves requests.
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist-server/main.js'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  const pid = child.pid;
  if (pid === undefined) throw new Error('the server process did not start');

  const stop = async (): Promise<void> => {
    process.off('exit', killOnExit);
    await stopChild(child, STOP_GRACE_MS);
  };
  try {
    const url = await waitForListening(child, START_TIMEOUT_MS);
    // Keep draining the pipes so warnings never block the server on a full buffer.
    child.stdout?.resume();
    child.stderr?.resume();
    return {
      url,
      pid,
      memory: () => ({
        peakRssBytes: readStatusKb(pid, 'VmHWM') * 1024,
        rssBytes: readStatusKb(pid, 'VmRSS') * 1024,
      }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
