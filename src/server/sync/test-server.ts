// The whole server in-process for tests: a fresh database (SQLite temp dir, or a fresh
// PostgreSQL database when DATABASE_URL is set), the app built on it, one account per
// role, and a clock the test moves. restart() closes and reopens on the same data, as a
// process restart would; restoreFrom() starts on a copy taken earlier (a backup).
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { createTestAccounts, type TestAccounts } from '../auth/test-accounts';
import type { Storage } from '../db/storage';
import { createTestDatabase, type TestDatabase } from '../db/test-storage';

/** 2025-11-20 10:00 in China: a working Thursday in the year-end publishing season. */
export const TEST_START_MS = Date.UTC(2025, 10, 20, 2, 0, 0);

export interface TestClock {
  now: number;
}

export interface TestServer {
  database: TestDatabase;
  storage: Storage;
  app: FastifyInstance;
  accounts: TestAccounts;
  clock: TestClock;
  restart(): Promise<void>;
  /** closes the server, takes a copy of its database and reopens; returns the copy */
  backup(): Promise<TestDatabase>;
  /** closes the server and reopens it on `copy` (the original database is dropped) */
  restoreFrom(copy: TestDatabase): Promise<void>;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const clock: TestClock = { now: TEST_START_MS };
  const open = async (
    database: TestDatabase,
  ): Promise<{ storage: Storage; app: FastifyInstance }> => {
    const storage = await database.open({ now: () => clock.now });
    return { storage, app: await buildApp({ storage }) };
  };
  const database = await createTestDatabase();
  const first = await open(database);
  const server: TestServer = {
    database,
    ...first,
    accounts: await createTestAccounts(first.storage),
    clock,
    async restart() {
      await stop();
      Object.assign(server, await open(server.database));
    },
    async backup() {
      await stop();
      const copy = await server.database.copy();
      Object.assign(server, await open(server.database));
      return copy;
    },
    async restoreFrom(copy) {
      await stop();
      await server.database.destroy();
      server.database = copy;
      Object.assign(server, await open(copy));
    },
    async close() {
      await stop();
      await server.database.destroy();
    },
  };
  const stop = async (): Promise<void> => {
    await server.app.close();
    await server.storage.close();
  };
  return server;
}
