// Opens the server database: SQLite in DATA_DIR (default) or PostgreSQL when a URL is
// given, with one Kysely code path for both. Opening takes the data directory's lock,
// applies pending migrations and creates the server_state row; it does not seed data
// (seed/demo-seed.ts) and does not build routes (app.ts).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { HealthProvider } from '../routes/health-routes';
import { lockDataDir, type DataDirLock } from './data-dir-lock';
import { guardAgainstRestore, type RestoreGuard } from './restore-guard';
import { migrationProvider } from './migrations/migration-provider';
import type { Database, Db, DialectName } from './schema';
import { ensureServerState, readServerState } from './server-state';

export const SQLITE_FILE = 'cunwu.sqlite';
const SQLITE_BUSY_TIMEOUT_MS = 5000;
const PG_INT8_OID = 20;

export type StorageTarget = { dataDir: string } | { databaseUrl: string };

export interface StorageOptions {
  /** the server's clock (ms); tests move it to expire sessions or close a window */
  now?: () => number;
  /** PostgreSQL pool size; several server processes may share one database */
  poolSize?: number;
}

export interface Storage {
  readonly db: Db;
  readonly dialect: DialectName;
  readonly now: () => number;
  readonly health: HealthProvider;
  /** where the data lives, safe to print (no password) */
  readonly location: string;
  /** SQLite only: the database was found older than the data directory last saw it (a
   *  backup copied over it), so it was given a new epoch and every device pulls again */
  readonly wasRestored: boolean;
  close(): Promise<void>;
}

function openSqlite(dataDir: string): {
  db: Db;
  lock: DataDirLock;
  location: string;
  dataDir: string;
} {
  mkdirSync(dataDir, { recursive: true });
  const lock = lockDataDir(dataDir);
  try {
    const file = path.join(dataDir, SQLITE_FILE);
    const database = new BetterSqlite3(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
    // WAL + FULL: a push answered 200 has reached the disk, even if the power goes.
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
    database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
    return { db, lock, location: file, dataDir };
  } catch (error) {
    lock.release();
    throw error;
  }
}

function openPostgres(databaseUrl: string, poolSize: number): { db: Db; location: string } {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolSize,
    // Versions and timestamps are bigint columns; they stay far below 2^53.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === PG_INT8_OID && format !== 'binary'
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection dropped by the server (restart, failover) must not crash the
  // process: the pool discards it and the next query opens a fresh one.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, location: describePostgres(databaseUrl) };
}

function describePostgres(databaseUrl: string): string {
  return `PostgreSQL ${databaseUrl.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@')}`;
}

export async function runMigrations(db: Db, dialect: DialectName): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${String(error)}`, { cause: error });
  }
}

export async function openStorage(target: StorageTarget & StorageOptions): Promise<Storage> {
  const dialect: DialectName = 'databaseUrl' in target ? 'postgres' : 'sqlite';
  const opened =
    'databaseUrl' in target
      ? { ...openPostgres(target.databaseUrl, target.poolSize ?? 10), lock: null, dataDir: null }
      : openSqlite(path.resolve(target.dataDir));
  const { db, lock, location, dataDir } = opened;
  let guard: RestoreGuard | null = null;
  let isClosed = false;
  const close = async (): Promise<void> => {
    if (isClosed) return;
    isClosed = true;
    try {
      // The mark is a safety net; failing to write it must not keep the database open.
      await guard?.stop().catch(() => undefined);
      await db.destroy();
    } finally {
      lock?.release();
    }
  };
  try {
    await runMigrations(db, dialect);
    await ensureServerState(db);
    if (dataDir) guard = await guardAgainstRestore(db, dataDir);
  } catch (error) {
    await close();
    throw error;
  }
  const health: HealthProvider = {
    async getStatus() {
      const state = await readServerState(db);
      return { serverVersion: state.version, epoch: state.epoch, database: dialect };
    },
  };
  const wasRestored = guard?.wasRestored ?? false;
  return { db, dialect, now: target.now ?? Date.now, health, location, wasRestored, close };
}
