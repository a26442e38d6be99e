// Starts the server: reads the environment, builds the app and opens the port. Everything
// else (routes, storage) is assembled in app.ts so tests never need a port.
//
//   PORT      default 8080 (0 picks a free port; the chosen URL is printed)
//   HOST      default 0.0.0.0 so phones on the township LAN can reach it
//   DIST_DIR  default <repo>/dist, the built client
//   LOG_LEVEL pino level for request logs, default 'warn'
//   DATA_DIR, DATABASE_URL, DEMO_PASSWORD, SEED_DEMO: see config.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app';
import { readServerConfig } from './config';
import { DataDirInUseError } from './db/data-dir-lock';
import { openStorage } from './db/storage';
import { describeDemoSeed, seedDemoData } from './seed/demo-seed';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// A slow shutdown must not hang a deploy or a test run forever.
const SHUTDOWN_GRACE_MS = 10_000;

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return 8080;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got "${value}"`);
  }
  return port;
}

async function main(): Promise<void> {
  const port = readPort(process.env.PORT);
  const host = process.env.HOST || '0.0.0.0';
  const distDir = path.resolve(process.env.DIST_DIR || path.join(repoRoot, 'dist'));

  // Storage: SQLite in DATA_DIR or PostgreSQL at DATABASE_URL (config.ts), migrated on
  // open; an empty database gets the demo unless SEED_DEMO=0.
  const config = readServerConfig(process.env);
  const storage = await openStorage(config.storage);
  console.log(`Database: ${storage.location}`);
  if (storage.wasRestored) {
    console.log(
      'The database is older than this data directory last saw (restored from a backup?):',
    );
    console.log(
      'it has a new epoch, so every device will pull everything again and re-send its changes.',
    );
  }
  if (config.seedDemo) {
    console.log(describeDemoSeed(await seedDemoData(storage, { password: config.demoPassword })));
  }

  const app = await buildApp({
    distDir,
    logger: { level: process.env.LOG_LEVEL || 'warn' },
    storage,
  });

  let isClosing = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    // Ctrl+C under `npm start` arrives twice (from the terminal and forwarded by start.mjs);
    // one close is enough, and the grace timer below bounds how long it may take.
    if (isClosing) return;
    isClosing = true;
    console.log(`${signal} received, closing`);
    const forceExit = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS);
    forceExit.unref();
    app
      .close()
      .then(() => storage.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);

  await app.listen({ port, host });
  const address = app.server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const shownHost =
    host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  // The e2e harness reads this line to learn the port when PORT=0.
  console.log(`Server listening on http://${shownHost}:${boundPort}`);
}

main().catch((error: unknown) => {
  // A second server on the same data directory is an operator mistake, not a crash.
  console.error(error instanceof DataDirInUseError ? error.message : error);
  process.exit(1);
});
