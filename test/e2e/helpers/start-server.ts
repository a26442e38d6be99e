// Runs the real server (src/server/main.ts through tsx) as a child process against the built
// client in dist/, the way `npm start` does, on a port of its own. Each server gets a fresh
// data directory so tests never see each other's records or the developer's database.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface StartServerOptions {
  /** default 0: the server picks a free port and prints it */
  port?: number;
  /** default <repo>/dist */
  distDir?: string;
  /** extra environment, e.g. DATABASE_URL */
  env?: Record<string, string>;
  /**
   * an existing data directory to use instead of a fresh one, e.g. to restart a server on
   * the same data; it is left in place on stop (whoever made it removes it)
   */
  dataDir?: string;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234, no trailing slash */
  url: string;
  /** the temporary data directory handed to the server as DATA_DIR */
  dataDir: string;
  /** SIGTERM, then SIGKILL after 5 s; removes the data directory unless it was given */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 5_000;

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const isOwnDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'cunwu-e2e-data-')));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(options.port ?? 0),
      HOST: '127.0.0.1',
      DIST_DIR: options.distDir ?? path.join(repoRoot, 'dist'),
      DATA_DIR: dataDir,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  // If the test process dies (uncaught error, Ctrl+C), do not leave a server running.
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  const stop = async (): Promise<void> => {
    process.off('exit', killOnExit);
    await stopChild(child);
    if (isOwnDataDir) await rm(dataDir, { recursive: true, force: true });
  };

  try {
    const url = await waitForListening(child, START_TIMEOUT_MS);
    await waitForHealth(url);
    // Keep draining the pipes so a chatty server never blocks on a full buffer.
    child.stdout?.resume();
    child.stderr?.resume();
    return { url, dataDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitForHealth(url: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/api/health`);
      const body = (await response.json()) as { ok?: boolean };
      if (response.ok && body.ok) return;
      lastError = new Error(`health answered ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server at ${url} never became healthy: ${String(lastError)}`);
}

/**
 * Resolves with the URL a starting server prints ("listening on http://…"), as
 * http://127.0.0.1:PORT; rejects with what it printed if it exits first or takes too long.
 */
export function waitForListening(child: ChildProcess, timeoutMs: number): Promise<string> {
  let output = '';
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
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
}

/** SIGTERM, then SIGKILL if the process is still there after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = STOP_GRACE_MS): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
