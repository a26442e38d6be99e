import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { uuidv7 } from '../domain/uuid';
import type { AppDatabase } from './app-database';
import { openDatabase } from './database';
import { getMeta } from './meta';
import { getPersistenceStatus, requestPersistentStorage } from './persistence';

let db: AppDatabase;
beforeEach(() => {
  db = openDatabase(`persistence-${uuidv7()}`);
});
afterEach(async () => {
  Reflect.deleteProperty(navigator, 'storage');
  await db.delete();
});

function stubStorage(storage: Partial<StorageManager> | undefined) {
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
}

describe('persistent storage', () => {
  it('reports unsupported where the browser has no StorageManager', async () => {
    stubStorage(undefined);
    expect(await getPersistenceStatus()).toBe('unsupported');
    expect(await requestPersistentStorage(db, 1000)).toBe('unsupported');
    expect(await getMeta(db, 'persistence')).toEqual({ status: 'unsupported', askedAt: 1000 });
  });

  it.each([
    [true, 'persisted'],
    [false, 'not-persisted'],
  ] as const)('stores the answer when persist() returns %s', async (granted, status) => {
    const persist = vi.fn().mockResolvedValue(granted);
    stubStorage({ persist, persisted: vi.fn().mockResolvedValue(granted) });

    expect(await requestPersistentStorage(db, 2000)).toBe(status);
    expect(persist).toHaveBeenCalledTimes(1);
    expect(await getMeta(db, 'persistence')).toEqual({ status, askedAt: 2000 });
    expect(await getPersistenceStatus()).toBe(status);
  });

  it('reads the current status without asking', async () => {
    const persist = vi.fn();
    stubStorage({ persist, persisted: vi.fn().mockResolvedValue(false) });
    expect(await getPersistenceStatus()).toBe('not-persisted');
    expect(persist).not.toHaveBeenCalled();
  });
});
