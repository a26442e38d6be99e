import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftBatch } from '../../test/fixtures/payout-fixtures';
import { idSchema } from '../domain/common';
import { uuidv7 } from '../domain/uuid';
import type { AppDatabase } from './app-database';
import { getDatabase, openDatabase, setDatabaseForTests } from './database';
import { getClientId, getLocalActorId, getMeta, setMeta } from './meta';
import { entityKeyOf, listOutbox } from './outbox';
import { runCommand } from './run-command';
import { toStorageError } from './storage-errors';

const opened: Dexie[] = [];
function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}
const freshName = () => `app-db-${uuidv7()}`;

afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  setDatabaseForTests(null);
});

async function saveBatch(db: AppDatabase) {
  const batch = draftBatch();
  await runCommand(db, [db.batches], async () => {
    await db.batches.add(batch);
    const { version: _v, createdAt: _c, updatedAt: _u, ...args } = batch;
    return {
      result: batch,
      mutation: { name: 'batch.put', args, baseVersion: 0, entityKey: entityKeyOf('batches', batch.id) },
    };
  });
  return batch;
}

describe('AppDatabase', () => {
  it('seeds its identity on first open', async () => {
    const db = track(openDatabase(freshName()));
    expect(idSchema.safeParse(await getClientId(db)).success).toBe(true);
    expect(idSchema.safeParse(await getLocalActorId(db)).success).toBe(true);
    expect(await getMeta(db, 'nextMid')).toBe(1);
    expect(await getMeta(db, 'pullCookie')).toBeNull();
    expect(await getMeta(db, 'lastSyncAt')).toBeNull();
    expect(await getMeta(db, 'persistence')).toBeNull();
  });

  it('keeps clientId and local author across a reopen, and makes new ones after a delete', async () => {
    const name = freshName();
    const first = openDatabase(name);
    const clientId = await getClientId(first);
    const actorId = await getLocalActorId(first);
    first.close();

    const reopened = openDatabase(name);
    expect(await getClientId(reopened)).toBe(clientId);
    expect(await getLocalActorId(reopened)).toBe(actorId);
    await reopened.delete();

    const recreated = track(openDatabase(name));
    expect(await getClientId(recreated)).not.toBe(clientId);
    expect(await getMeta(recreated, 'nextMid')).toBe(1);
  });

  it('keeps records, the outbox and the counter across a reload', async () => {
    const name = freshName();
    const before = openDatabase(name);
    const a = await saveBatch(before);
    const b = await saveBatch(before);
    before.close();

    const after = track(openDatabase(name));
    expect(await after.batches.get(a.id)).toEqual(a);
    expect(await after.batches.get(b.id)).toEqual(b);
    expect((await listOutbox(after)).map((e) => e.mid)).toEqual([1, 2]);
    await saveBatch(after);
    expect((await listOutbox(after)).map((e) => e.mid)).toEqual([1, 2, 3]);
  });

  it('creates a missing id once even when asked twice at the same time', async () => {
    const db = track(openDatabase(freshName()));
    await db.meta.delete('clientId');
    const [x, y] = await Promise.all([getClientId(db), getClientId(db)]);
    expect(x).toBe(y);
    expect(await getMeta(db, 'clientId')).toBe(x);
  });

  it('stores typed settings', async () => {
    const db = track(openDatabase(freshName()));
    await setMeta(db, 'pullCookie', { epoch: 'e1', version: 42 });
    await setMeta(db, 'lastSyncAt', 1_750_000_000_000);
    expect(await getMeta(db, 'pullCookie')).toEqual({ epoch: 'e1', version: 42 });
    expect(await getMeta(db, 'lastSyncAt')).toBe(1_750_000_000_000);
  });

  it('closes and calls the handler when another tab upgrades the schema', async () => {
    const name = freshName();
    const db = track(openDatabase(name));
    await saveBatch(db);
    const handler = vi.fn();
    db.onVersionChange(handler);

    const newerTab = track(new Dexie(name));
    newerTab.version(db.verno + 1).stores({ meta: 'key', outbox: 'mid, entityKey, createdAt' });
    await newerTab.open();

    expect(handler).toHaveBeenCalledTimes(1);
    expect(db.isOpen()).toBe(false);
    // The old code must not write into the newer schema; the user is told to reload.
    const write = saveBatch(db).catch((e: unknown) => toStorageError(e));
    await expect(write).resolves.toMatchObject({ code: 'storage-blocked' });
    // The queued mutation survived the upgrade.
    expect(await newerTab.table('outbox').count()).toBe(1);
  });

  it('closes without a handler too, so the upgrade is not blocked', async () => {
    const name = freshName();
    const db = track(openDatabase(name));
    await db.open();
    const unregister = db.onVersionChange(() => {
      throw new Error('must not be called after unregistering');
    });
    unregister();

    const newerTab = track(new Dexie(name));
    newerTab.version(db.verno + 1).stores({ meta: 'key' });
    await newerTab.open();
    expect(db.isOpen()).toBe(false);
  });

  it('getDatabase returns one shared instance, replaceable in tests', () => {
    const substitute = track(openDatabase(freshName()));
    setDatabaseForTests(substitute);
    expect(getDatabase()).toBe(substitute);
    setDatabaseForTests(null);
    const shared = track(getDatabase());
    expect(getDatabase()).toBe(shared);
    expect(shared.name).toBe('cunwu');
  });
});
