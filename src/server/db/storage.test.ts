// Opening the database: migrations, the epoch, and the data-directory lock that stops a
// second server process (and recovers when the holder is killed). Runs on SQLite, and on
// PostgreSQL too when DATABASE_URL is set (the lock is SQLite-only).
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirInUseError, PID_FILE } from './data-dir-lock';
import { SQLITE_FILE } from './storage';
import { readServerState } from './server-state';
import { createTestDatabase, type TestDatabase } from './test-storage';

const here = path.dirname(fileURLToPath(import.meta.url));
let testDb: TestDatabase;

beforeEach(async () => {
  testDb = await createTestDatabase();
});
afterEach(async () => {
  await testDb.destroy();
});

describe('migrations', () => {
  it('creates every table, records the migration and starts the counter at 0', async () => {
    const storage = await testDb.open();
    try {
      const tables = (await storage.db.introspection.getTables()).map((t) => t.name);
      for (const table of [
        'server_state',
        'users',
        'sessions',
        'clients',
        'mutation_log',
        'batches',
        'lines',
        'notices',
        'review_steps',
        'conflicts',
        'blobs',
        'regions',
      ]) {
        expect(tables).toContain(table);
      }
      const state = await readServerState(storage.db);
      expect(state.version).toBe(0);
      expect(state.epoch).toMatch(/^[0-9a-f]{32}$/);
      const health = await storage.health.getStatus();
      expect(health).toEqual({ serverVersion: 0, epoch: state.epoch, database: testDb.dialect });
    } finally {
      await storage.close();
    }
  });

  it('keeps the epoch and data when opened again (migrations run once)', async () => {
    const first = await testDb.open();
    const { epoch } = await readServerState(first.db);
    await first.db.updateTable('server_state').set({ version: 7 }).execute();
    await first.close();
    const second = await testDb.open();
    try {
      expect(await readServerState(second.db)).toEqual({ epoch, version: 7 });
    } finally {
      await second.close();
    }
  });
});

function holdLockInChild(dataDir: string): Promise<ChildProcess> {
  const lockModule = path.join(here, 'data-dir-lock.ts');
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      `import(${JSON.stringify(lockModule)}).then((m) => { m.lockDataDir(${JSON.stringify(dataDir)}); console.log('locked'); setInterval(() => {}, 1000); })`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
}

describe.skipIf(process.env.DATABASE_URL)('data directory lock (SQLite)', () => {
  it('refuses a second open of the same directory with a clear error', async () => {
    const storage = await testDb.open();
    try {
      const second = testDb.open();
      await expect(second).rejects.toBeInstanceOf(DataDirInUseError);
      await expect(second).rejects.toThrow(/in use by another server process \(pid \d+\)/);
    } finally {
      await storage.close();
    }
    // Closing releases it: a restart on the same directory works.
    const again = await testDb.open();
    await again.close();
  });

  it('is free again after the holding process is killed with SIGKILL', async () => {
    const { dataDir } = testDb.target as { dataDir: string };
    const child = await holdLockInChild(dataDir);
    await expect(testDb.open()).rejects.toThrow(`pid ${child.pid}`);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    // The pid file is left behind by the killed process; it is not the lock.
    expect(existsSync(path.join(dataDir, PID_FILE))).toBe(true);
    const storage = await testDb.open();
    try {
      expect(existsSync(path.join(dataDir, SQLITE_FILE))).toBe(true);
      expect(await storage.health.getStatus()).toMatchObject({ database: 'sqlite' });
    } finally {
      await storage.close();
    }
  });
});

describe.skipIf(process.env.DATABASE_URL)('restore guard (SQLite)', () => {
  it('a backup copied over the database gets a new epoch; a plain restart does not', async () => {
    const { dataDir } = testDb.target as { dataDir: string };
    const file = path.join(dataDir, SQLITE_FILE);
    const setVersion = async (version: number): Promise<string> => {
      const storage = await testDb.open();
      await storage.db.updateTable('server_state').set({ version }).execute();
      const { epoch } = await readServerState(storage.db);
      expect(storage.wasRestored).toBe(false);
      await storage.close();
      return epoch;
    };
    const epoch = await setVersion(5);
    copyFileSync(file, `${file}.backup`);
    await setVersion(12);

    copyFileSync(`${file}.backup`, file);
    const restored = await testDb.open();
    try {
      expect(restored.wasRestored).toBe(true);
      const state = await readServerState(restored.db);
      expect(state.version).toBe(5);
      expect(state.epoch).not.toBe(epoch);
    } finally {
      await restored.close();
    }
    const again = await testDb.open();
    expect(again.wasRestored).toBe(false);
    await again.close();
  });
});
