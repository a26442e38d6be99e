import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  draftBatch,
  OTHER_VILLAGE_CODE,
  VILLAGE_CODE,
} from '../../../test/fixtures/payout-fixtures';
import { openDatabase, type AppDatabase } from '../../data';
import { uuidv7 } from '../../domain/uuid';
import { listBatches } from './batch-queries';

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
