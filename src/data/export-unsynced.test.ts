import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftBatch } from '../../test/fixtures/payout-fixtures';
import { uuidv7 } from '../domain/uuid';
import type { PayoutBatch } from '../domain/payout';
import type { AppDatabase } from './app-database';
import { openDatabase } from './database';
import { buildUnsyncedExport, UNSYNCED_EXPORT_FORMAT, type UnsyncedExport } from './export-unsynced';
import { getClientId } from './meta';
import { entityKeyOf } from './outbox';
import { runCommand } from './run-command';

let db: AppDatabase;
beforeEach(() => {
  db = openDatabase(`export-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

function putBatch(batch: PayoutBatch) {
  return runCommand(db, [db.batches], async () => {
    await db.batches.put(batch);
    const { version: _v, createdAt: _c, updatedAt: _u, ...args } = batch;
    return {
      result: batch,
      mutation: { name: 'batch.put', args, baseVersion: batch.version, entityKey: entityKeyOf('batches', batch.id) },
    };
  });
}

function deleteBatch(id: string) {
  return runCommand(db, [db.batches], async () => {
    await db.batches.delete(id);
    return {
      result: undefined,
      mutation: { name: 'batch.delete', args: { id }, baseVersion: 0, entityKey: entityKeyOf('batches', id) },
    };
  });
}

describe('buildUnsyncedExport', () => {
  it('contains every pending entry with the current local record', async () => {
    const kept = draftBatch({ item: '耕地地力保护补贴' });
    const removed = draftBatch({ item: '稻谷目标价格补贴' });
    await putBatch(kept);
    await putBatch(removed);
    await putBatch({ ...kept, item: '耕地地力保护补贴（更新）' });
    await deleteBatch(removed.id);

    const result = await buildUnsyncedExport(db);
    const file = JSON.parse(result.json) as UnsyncedExport;

    expect(result.count).toBe(4);
    expect(file.format).toBe(UNSYNCED_EXPORT_FORMAT);
    expect(file.clientId).toBe(await getClientId(db));
    expect(file.entries.map((e) => [e.mid, e.name])).toEqual([
      [1, 'batch.put'],
      [2, 'batch.put'],
      [3, 'batch.put'],
      [4, 'batch.delete'],
    ]);
    // Both edits of the kept batch point at its latest local state.
    expect(file.entries[0]?.record).toMatchObject({ id: kept.id, item: '耕地地力保护补贴（更新）' });
    expect(file.entries[0]?.args).toMatchObject({ item: '耕地地力保护补贴' });
    expect(file.entries[1]?.record).toBeNull();
    expect(file.entries[3]?.args).toEqual({ id: removed.id });
  });

  it('names the file after the device and the local time of export', async () => {
    const clientId = await getClientId(db);
    const now = new Date(2025, 11, 3, 9, 5).getTime();
    const { fileName, json } = await buildUnsyncedExport(db, now);

    const tail = clientId.replace(/-/g, '').slice(-8);
    expect(fileName).toBe(`cunwu-unsynced-${tail}-20251203-0905.json`);
    expect((JSON.parse(json) as UnsyncedExport).exportedAt).toBe(new Date(now).toISOString());
  });

  it('exports an empty list when everything is synced', async () => {
    const result = await buildUnsyncedExport(db);
    expect(result.count).toBe(0);
    expect((JSON.parse(result.json) as UnsyncedExport).entries).toEqual([]);
  });
});
