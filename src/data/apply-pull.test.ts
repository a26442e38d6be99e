import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftBatch, VILLAGE_CODE } from '../../test/fixtures/payout-fixtures';
import type { PayoutBatch } from '../domain/payout';
import { uuidv7 } from '../domain/uuid';
import type { PullCookie, PullRow } from '../sync/protocol';
import type { AppDatabase } from './app-database';
import { applyPullPage, rebaseOutbox, requestFullResend, resetForFullPull } from './apply-pull';
import { openDatabase } from './database';
import { getClientId, getMeta, setMeta } from './meta';
import { entityKeyOf, listOutbox } from './outbox';
import { runCommand } from './run-command';

let db: AppDatabase;
beforeEach(() => {
  db = openDatabase(`apply-pull-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

const cookie = (version: number, epoch = 'epoch-1'): PullCookie => ({ epoch, version });

/** A local save exactly as a command makes it: the record plus its outbox entry. */
function saveLocally(batch: PayoutBatch) {
  return runCommand(db, [db.batches], async () => {
    await db.batches.put(batch);
    const { version: _v, createdAt: _c, updatedAt: _u, ...args } = batch;
    return {
      result: batch,
      mutation: { name: 'batch.put', args, baseVersion: batch.version, entityKey: entityKeyOf('batches', batch.id) },
    };
  });
}

const batchRow = (batch: PayoutBatch, version: number): PullRow => ({
  table: 'batches',
  key: batch.id,
  version,
  value: { ...batch, version },
});

describe('applyPullPage', () => {
  it('writes server rows into their tables and stores the cookie in the same step', async () => {
    const batch = draftBatch();
    await applyPullPage(db, {
      rows: [
        { table: 'regions', key: VILLAGE_CODE, version: 1, value: { name: '大畲村', level: 'village', parentCode: '360735100' } },
        batchRow(batch, 2),
      ],
      lastMid: 0,
      cookie: cookie(2),
    });
    expect(await db.regions.get(VILLAGE_CODE)).toMatchObject({ code: VILLAGE_CODE, name: '大畲村' });
    expect(await db.batches.get(batch.id)).toMatchObject({ id: batch.id, version: 2, item: batch.item });
    expect(await getMeta(db, 'pullCookie')).toEqual(cookie(2));
    expect(await getMeta(db, 'lastSyncAt')).toBeNull();
  });

  it('never overwrites a record whose change the server has not answered yet', async () => {
    const mine = draftBatch({ version: 3 });
    await saveLocally({ ...mine, item: '本机改过的名称' }); // mid 1
    const other = draftBatch();

    const result = await applyPullPage(db, {
      rows: [batchRow({ ...mine, item: '服务器上的名称' }, 4), batchRow(other, 5)],
      lastMid: 0,
      cookie: cookie(5),
    });

    expect(result).toMatchObject({ applied: 1, skipped: 1, trimmed: 0 });
    expect((await db.batches.get(mine.id))?.item).toBe('本机改过的名称');
    expect(await db.batches.get(other.id)).toBeDefined();
    expect(await listOutbox(db)).toHaveLength(1);
  });

  it('takes the server copy once the server has answered the change', async () => {
    const mine = draftBatch({ version: 3 });
    await saveLocally({ ...mine, item: '本机改过的名称' }); // mid 1
    await applyPullPage(db, { rows: [batchRow({ ...mine, item: '服务器上的名称' }, 4)], lastMid: 1, cookie: cookie(4) });
    expect(await db.batches.get(mine.id)).toMatchObject({ item: '服务器上的名称', version: 4 });
    expect(await listOutbox(db)).toEqual([]);
  });

  it('deletes tombstoned records, but not one with an unanswered change', async () => {
    const gone = draftBatch({ version: 1 });
    const editedHere = draftBatch({ version: 1 });
    await db.batches.bulkPut([gone, editedHere]);
    await saveLocally({ ...editedHere, item: '还在改' }); // mid 1
    await applyPullPage(db, {
      rows: [
        { table: 'batches', key: gone.id, version: 7, deleted: true },
        { table: 'batches', key: editedHere.id, version: 8, deleted: true },
      ],
      lastMid: 0,
      cookie: cookie(8),
    });
    expect(await db.batches.get(gone.id)).toBeUndefined();
    expect((await db.batches.get(editedHere.id))?.item).toBe('还在改');
  });

  it('applies the later of two rows for one key in a page', async () => {
    const batch = draftBatch();
    await applyPullPage(db, {
      rows: [batchRow(batch, 2), { table: 'batches', key: batch.id, version: 3, deleted: true }, batchRow({ ...batch, item: '复活' }, 4)],
      lastMid: 0,
      cookie: cookie(4),
    });
    expect(await db.batches.get(batch.id)).toMatchObject({ item: '复活', version: 4 });
  });

  it.each([
    [0, [1, 2, 3, 4, 5]],
    [3, [4, 5]],
    [5, []],
    [9, []],
  ])('with lastMid %i keeps exactly outbox mids %j', async (lastMid, remaining) => {
    for (let i = 0; i < 5; i++) await saveLocally(draftBatch());
    await applyPullPage(db, { rows: [], lastMid, cookie: cookie(1) });
    expect((await listOutbox(db)).map((e) => e.mid)).toEqual(remaining);
  });

  it('records the sync time only when asked, with the page', async () => {
    await applyPullPage(db, { rows: [], lastMid: 0, cookie: cookie(1) }, { syncedAt: 1_750_000_123_000 });
    expect(await getMeta(db, 'lastSyncAt')).toBe(1_750_000_123_000);
  });

  it.each<[string, PullRow]>([
    ['an unknown table', { table: 'users' as never, key: 'x', version: 9, value: {} }],
    ['a row without a key', { table: 'batches', key: '', version: 9, value: {} }],
    ['a row without a value', { table: 'notices', key: uuidv7(), version: 9 }],
    // fails inside IndexedDB, after the batch row was already written in the transaction
    ['a value IndexedDB cannot store', { table: 'notices', key: uuidv7(), version: 9, value: { title: () => 'x' } }],
  ])('applies nothing of a page containing %s', async (_label, badRow) => {
    await saveLocally(draftBatch()); // mid 1
    await setMeta(db, 'pullCookie', cookie(1));
    const good = draftBatch();
    await expect(
      applyPullPage(db, { rows: [batchRow(good, 2), badRow], lastMid: 1, cookie: cookie(9) }, { syncedAt: 5 }),
    ).rejects.toThrow();
    expect(await db.batches.get(good.id)).toBeUndefined();
    expect(await listOutbox(db)).toHaveLength(1);
    expect(await getMeta(db, 'pullCookie')).toEqual(cookie(1));
    expect(await getMeta(db, 'lastSyncAt')).toBeNull();
  });
});

describe('resetForFullPull', () => {
  it('forgets server copies and the cookie but keeps the outbox and its records', async () => {
    const serverOnly = draftBatch({ version: 2 });
    const pending = draftBatch({ version: 2 });
    await applyPullPage(db, { rows: [batchRow(serverOnly, 2), batchRow(pending, 3)], lastMid: 0, cookie: cookie(3) });
    await db.conflicts.put({ id: uuidv7(), clientId: uuidv7(), mid: 1, name: 'batch.put', args: {}, reason: 'locked', userId: uuidv7(), villageCode: VILLAGE_CODE, createdAt: 1 });
    await saveLocally({ ...pending, item: '离线修改' });
    const localOnly = draftBatch();
    await saveLocally(localOnly);

    await resetForFullPull(db);

    expect(await db.batches.get(serverOnly.id)).toBeUndefined();
    expect((await db.batches.get(pending.id))?.item).toBe('离线修改');
    expect(await db.batches.get(localOnly.id)).toBeDefined();
    expect(await db.conflicts.count()).toBe(0);
    expect(await listOutbox(db)).toHaveLength(2);
    expect(await getMeta(db, 'pullCookie')).toBeNull();
  });
});

describe('requestFullResend', () => {
  it('rewinds the cookie to the start of the same epoch', async () => {
    await setMeta(db, 'pullCookie', cookie(40));
    await requestFullResend(db);
    expect(await getMeta(db, 'pullCookie')).toEqual(cookie(0));
  });

  it('leaves a device that never pulled as it is', async () => {
    await requestFullResend(db);
    expect(await getMeta(db, 'pullCookie')).toBeNull();
  });
});

describe('rebaseOutbox', () => {
  it('renumbers the kept entries from 1 under a new clientId, in order', async () => {
    const before = await getClientId(db);
    const saved = [];
    for (let i = 0; i < 4; i++) saved.push(await saveLocally(draftBatch()));

    const clientId = await rebaseOutbox(db, 3);

    expect(clientId).not.toBe(before);
    expect(await getClientId(db)).toBe(clientId);
    const outbox = await listOutbox(db);
    expect(outbox.map((e) => [e.mid, e.entityKey])).toEqual([
      [1, entityKeyOf('batches', saved[2]!.id)],
      [2, entityKeyOf('batches', saved[3]!.id)],
    ]);
    await saveLocally(draftBatch());
    expect((await listOutbox(db)).map((e) => e.mid)).toEqual([1, 2, 3]);
  });
});
