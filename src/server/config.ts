// Reads the server's environment into one typed object; main.ts and the admin CLI both
// use it so they always open the same database.
//
//   DATA_DIR       SQLite data directory, default ./data (ignored when DATABASE_URL is set)
//   DATABASE_URL   postgres://… to use PostgreSQL instead of SQLite
//   DEMO_PASSWORD  password of the demo accounts created on an empty database
//   SEED_DEMO      "0" or "false" keeps an empty database empty (production)
import path from 'node:path';
import type { StorageTarget } from './db/storage';

export interface ServerConfig {
  storage: StorageTarget;
  seedDemo: boolean;
  demoPassword: string | null;
}

export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const databaseUrl = env.DATABASE_URL?.trim();
  const storage: StorageTarget = databaseUrl
    ? { databaseUrl }
    : { dataDir: path.resolve(env.DATA_DIR?.trim() || 'data') };
  const seedFlag = (env.SEED_DEMO ?? '').trim().toLowerCase();
  return {
    storage,
    seedDemo: seedFlag !== '0' && seedFlag !== 'false' && seedFlag !== 'no',
    demoPassword: env.DEMO_PASSWORD?.trim() || null,
  };
}
