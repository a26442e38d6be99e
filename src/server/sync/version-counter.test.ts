import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allocateVersions, readServerState } from '../db/server-state';
import type { Storage } from '../db/storage';
import { createTestDatabase, type TestDatabase } from '../db/test-storage';
import { VersionCounter, VersionCounterMoved } from './version-counter';

let database: TestDatabase;
let storage: Storage;

beforeEach(async () => {
  database = await createTestDatabase();
  storage = await database.open();
});
afterEach(async () => {
  await storage.close();
  await database.destroy();
});

const isPostgres = () => storage.dialect === 'postgres';

describe('VersionCounter', () => {
  it('hands out consecutive versions from memory and saves the counter once', async () => {
    const start = (await readServerState(storage.db)).version;
    await storage.db.transaction().execute(async (trx) => {
      const counter = await VersionCounter.lock(trx, isPostgres());
      expect(counter.next()).toBe(start + 1);
      expect(counter.next(3)).toBe(start + 2);
      counter.rewind(start + 2); // the 3 were for a refused change
      expect(counter.next()).toBe(start + 3);
      await counter.save(trx);
      await counter.save(trx); // nothing new: no second write needed
    });
    expect((await readServerState(storage.db)).version).toBe(start + 3);
  });

  it('fails the push rather than hand out a version someone else took meanwhile', async () => {
    const start = (await readServerState(storage.db)).version;
    await expect(
      storage.db.transaction().execute(async (trx) => {
        const counter = await VersionCounter.lock(trx, isPostgres());
        counter.next();
        await allocateVersions(trx); // code that bypasses the push's counter
        await counter.save(trx);
      }),
    ).rejects.toBeInstanceOf(VersionCounterMoved);
    expect((await readServerState(storage.db)).version).toBe(start);
  });
});
