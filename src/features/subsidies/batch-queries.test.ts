import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  draftBatch,
  OTHER_VILLAGE_CODE,
  VILLAGE_CODE,
} from '../../../test/fixtures/payout-fixtures';
import { entityKeyOf, openDatabase, type AppDatabase, type OutboxEntry } from '../../data';
import type { RecordSyncState } from '../../data/record-sync-state';
import type { PayoutBatch } from '../../domain/payout';
import { uuidv7 } from '../../domain/uuid';
import { listBatches, listBatchListItems } from './batch-queries';

let db: AppDatabase;
beforeEach(async () => {
  db = openDatabase(`batch-queries-${uuidv7()}`);
  await db.batches.bulkAdd([
    draftBatch({ item: '2024 耕地', year: 2024, createdAt: 3 }),
    draftBatch({ item: '2025 耕地', year: 2025, createdAt: 1, updatedAt: 99 }),
    draftBatch({ item: '2025 稻谷', year: 2025, createdAt: 2 }),
    draftBatch({ item: '邻村', villageCode: OTHER_VILLAGE_CODE, year: 2025, createdAt: 4 }),
  ]);
});
afterEach(async () => {
  await db.delete();
});

describe('listBatches', () => {
  it("lists one village's batches, newest year first, then newest created", async () => {
    const rows = await listBatches(db, VILLAGE_CODE);
    expect(rows.map((b) => b.item)).toEqual(['2025 稻谷', '2025 耕地', '2024 耕地']);
  });

  it('filters by year', async () => {
    expect((await listBatches(db, VILLAGE_CODE, 2024)).map((b) => b.item)).toEqual(['2024 耕地']);
    expect(await listBatches(db, VILLAGE_CODE, 2023)).toEqual([]);
  });
});

describe('listBatchListItems', () => {
  let nextMid = 1;
  function queuedEdit(batch: PayoutBatch): OutboxEntry {
    return {
      mid: nextMid++,
      name: 'batch.put',
      args: {},
      baseVersion: batch.version,
      createdAt: 1,
      entityKey: entityKeyOf('batches', batch.id),
    };
  }

  // What the cadre reads beside each batch: whether the township has it.
  const cases: [string, Partial<PayoutBatch>, boolean, RecordSyncState][] = [
    ['a new draft with its entry queued', { version: 0 }, true, 'local-only'],
    ['a confirmed draft with an edit queued', { version: 3 }, true, 'pending'],
    ['a confirmed batch with nothing queued', { version: 3, state: 'submitted' }, false, 'synced'],
    [
      'a draft sent back by a reviewer',
      { version: 5, returnedReason: '第三组金额有误' },
      false,
      'returned',
    ],
  ];

  it.each(cases)('shows %s as %s', async (_label, fields, hasQueuedEdit, expected) => {
    await db.batches.clear();
    const batch = draftBatch({ item: '耕地地力保护补贴', ...fields });
    await db.batches.add(batch);
    // Entries of other records must not mark this one.
    await db.outbox.add(queuedEdit(draftBatch({ version: 3 })));
    if (hasQueuedEdit) await db.outbox.add(queuedEdit(batch));

    expect(await listBatchListItems(db, VILLAGE_CODE)).toEqual([
      {
        id: batch.id,
        year: 2025,
        item: '耕地地力保护补贴',
        state: batch.state,
        syncState: expected,
      },
    ]);
  });

  it('keeps the order of listBatches and leaves out other villages', async () => {
    const rows = await listBatchListItems(db, VILLAGE_CODE);
    expect(rows.map((row) => row.item)).toEqual(['2025 稻谷', '2025 耕地', '2024 耕地']);
  });
});
