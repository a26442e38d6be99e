// The township server as a separate process on a loopback port, the way `npm start` runs
// it (src/server/main.ts through tsx), so the benchmarks cross a real socket and can read
// the server's own memory from /proc. The caller prepares the database first (accounts,
// fixtures) and hands it over as DATA_DIR or DATABASE_URL; demo seeding is off.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { StorageTarget } from '../../src/server/db/storage';
import { repoRoot } from '../../test/e2e/helpers/start-server';

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

export async function startServerProcess(target: StorageTarget): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = {
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
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
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

  let output = '';
  const stop = async (): Promise<void> => {
    process.off('exit', killOnExit);
    await stopChild(child);
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`server did not start within ${START_TIMEOUT_MS} ms:\n${output}`)),
        START_TIMEOUT_MS,
      );
      const onData = (chunk: Buffer): void => {
        output += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1].replace('localhost', '127.0.0.1'));
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited with code ${code} before listening:\n${output}`));
      });
    });
    // Keep draining the pipes so warnings never block the server on a full buffer, and
    // keep the last lines for the report when something fails.
    child.stdout?.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    });
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

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}
