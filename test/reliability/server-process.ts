// The real township server as a child process (`node --import tsx src/server/main.ts`,
// the process `npm start` runs) on a SQLite data directory that outlives it, so a test
// can kill it with SIGKILL at any moment and start it again on the same data. Node is
// spawned directly rather than through the tsx launcher: the launcher runs the server
// in a grandchild, and a SIGKILL to the launcher would leave that one running.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const START_TIMEOUT_MS = 60_000;

export interface ServerProcessOptions {
  dataDir: string;
  /** an empty folder: the API is what is tested, not the built app */
  distDir: string;
  demoPassword: string;
}

export interface ServerProcess {
  /** http://127.0.0.1:<port> */
  url: string;
  pid: number;
  /** everything the process printed so far */
  output(): string;
  /** resolves with the exit code (null when killed by a signal) */
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

function spawnServer(options: ServerProcessOptions): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: options.dataDir,
    DIST_DIR: options.distDir,
    SEED_DEMO: '1',
    DEMO_PASSWORD: options.demoPassword,
    LOG_LEVEL: 'error',
  };
  // This test is about the SQLite data directory, even when the suite runs on PostgreSQL.
  delete env.DATABASE_URL;
  return spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function watch(child: ChildProcess): {
  output: () => string;
  exited: Promise<number | null>;
  onOutput: (listener: () => void) => void;
} {
  let text = '';
  const listeners: (() => void)[] = [];
  const onData = (chunk: Buffer): void => {
    text += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
  });
  // A test process that dies must not leave a server holding the data directory.
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));
  return { output: () => text, exited, onOutput: (listener) => listeners.push(listener) };
}

/** Starts the server and waits for its "listening" line. */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const child = spawnServer(options);
  const { output, exited, onOutput } = watch(child);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${START_TIMEOUT_MS} ms:\n${output()}`));
    }, START_TIMEOUT_MS);
    onOutput(() => {
      const match = /listening on http:\/\/\S+:(\d+)/.exec(output());
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output()}`));
    });
  });
  return {
    url,
    pid: child.pid ?? -1,
    output,
    exited,
    kill(signal: NodeJS.Signals = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Runs a second server on the same data directory and returns how it ended. */
export async function runSecondServer(
  options: ServerProcessOptions,
): Promise<{ code: number | null; output: string }> {
  const child = spawnServer(options);
  const { output, exited, onOutput } = watch(child);
  // Should it start anyway (the lock failed), stop it at once: the caller sees code null.
  onOutput(() => {
    if (/listening on/.test(output())) child.kill('SIGKILL');
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), START_TIMEOUT_MS);
  const code = await exited;
  clearTimeout(timer);
  return { code, output: output() };
}
