// Databases for tests: a fresh SQLite data directory in the OS temp folder, or, when
// DATABASE_URL is set, a fresh PostgreSQL database created next to the one it names
// (CREATE DATABASE through pg) and dropped afterwards. The same suites thus run on both
// dialects. Tests start, stop and restart the server in-process on `target`.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import {
  openStorage,
  SQLITE_FILE,
  type Storage,
  type StorageOptions,
  type StorageTarget,
} from './storage';

export interface TestDatabase {
  target: StorageTarget;
  dialect: 'sqlite' | 'postgres';
  open(options?: StorageOptions): Promise<Storage>;
  /** removes the directory or drops the database; storages opened on it must be closed */
  destroy(): Promise<void>;
  /** a copy of the data as it is now (a backup); storages opened on it must be closed */
  copy(): Promise<TestDatabase>;
}

/** postgres://u@host/db?x → the same URL naming `database` instead. */
export function withDatabaseName(databaseUrl: string, database: string): string {
  const match = /^(postgres(?:ql)?:\/\/[^/?]*)(\/[^?]*)?(\?.*)?$/.exec(databaseUrl);
  if (!match) throw new Error('DATABASE_URL is not a postgres:// URL');
  return `${match[1]}/${database}${match[3] ?? ''}`;
}

async function withAdminClient<T>(
  databaseUrl: string,
  run: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function postgresDatabase(databaseUrl: string, name: string): TestDatabase {
  const target = { databaseUrl: withDatabaseName(databaseUrl, name) };
  return {
    target,
    dialect: 'postgres',
    open: (options = {}) => openStorage({ ...target, ...options }),
    destroy: async () => {
      await withAdminClient(databaseUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
    },
    copy: async () => {
      const copyName = newDatabaseName();
      await withAdminClient(databaseUrl, (client) =>
        client.query(`CREATE DATABASE ${copyName} TEMPLATE ${name}`),
      );
      return postgresDatabase(databaseUrl, copyName);
    },
  };
}

function sqliteDatabase(dataDir: string): TestDatabase {
  const target = { dataDir };
  return {
    target,
    dialect: 'sqlite',
    open: (options = {}) => openStorage({ ...target, ...options }),
    destroy: () => rm(dataDir, { recursive: true, force: true }),
    copy: async () => {
      // The server is closed, so the WAL is checkpointed and the .sqlite file is complete.
      const copyDir = await mkdtemp(path.join(tmpdir(), 'cunwu-backup-'));
      await cp(path.join(dataDir, SQLITE_FILE), path.join(copyDir, SQLITE_FILE));
      return sqliteDatabase(copyDir);
    },
  };
}

function newDatabaseName(): string {
  return `cunwu_test_${randomBytes(6).toString('hex')}`;
}

export async function createTestDatabase(
  databaseUrl = process.env.DATABASE_URL,
): Promise<TestDatabase> {
  if (databaseUrl) {
    const name = newDatabaseName();
    await withAdminClient(databaseUrl, (client) => client.query(`CREATE DATABASE ${name}`));
    return postgresDatabase(databaseUrl, name);
  }
  return sqliteDatabase(await mkdtemp(path.join(tmpdir(), 'cunwu-data-')));
}
