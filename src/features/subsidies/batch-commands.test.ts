import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { batchInput } from '../../../test/fixtures/payout-fixtures';
import { CommandError, listOutbox, openDatabase, type AppDatabase } from '../../data';
import { uuidv7 } from '../../domain/uuid';
import type { PayoutLine } from '../../domain/payout';
import { createBatchDraft, deleteBatchDraft, updateBatchDraft } from './batch-commands';

let db: AppDatabase;
const authorId = uuidv7();
const T0 = 1_750_000_000_000;

beforeEach(() => {
  db = openDatabase(`batch-commands-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

function line(batchId: string, name: string): PayoutLine {
  return {
    id: uuidv7(),
    version: 0,
    createdAt: T0,
    updatedAt: T0,
    batchId,
    villageCode: '360735100201',
    group: '第三组',
    name,
    namePinyin: '',
    idNumber: '',
    account: '',
    quantityCenti: 550,
    unit: '亩',
    rateFen: 11250,
    amountFen: 61875,
    paidOn: null,
    remark: '',
    adjusted: false,
    adjustReason: '',
  };
}

async function expectRefused(promise: Promise<unknown>, code: string) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CommandError);
  expect((error as CommandError).code).toBe(code);
}

describe('createBatchDraft', () => {
  it('stores a local draft and queues batch.put with baseVersion 0', async () => {
    const batch = await createBatchDraft(db, batchInput(), authorId, T0);

    expect(batch).toMatchObject({
      ...batchInput(),
      version: 0,
      state: 'draft',
      authorId,
      createdAt: T0,
      updatedAt: T0,
      submittedAt: null,
      returnedReason: null,
      correctsId: null,
    });
    expect(batch.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(await db.batches.get(batch.id)).toEqual(batch);

    const [entry] = await listOutbox(db);
    const { version: _v, createdAt: _c, updatedAt: _u, ...args } = batch;
    expect(entry).toEqual({
      mid: 1,
      name: 'batch.put',
      args,
      baseVersion: 0,
      createdAt: T0,
      entityKey: `batches:${batch.id}`,
    });
  });

  it('refuses an invalid header and stores nothing', async () => {
    const error = await createBatchDraft(db, batchInput({ item: '' }), authorId).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'StorageError', code: 'invalid' });
    expect(await db.batches.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('updateBatchDraft', () => {
  it('changes the given fields and queues them against the record version', async () => {
    const batch = await createBatchDraft(db, batchInput(), authorId, T0);
    await db.batches.update(batch.id, { version: 7 }); // as if a pull confirmed it

    const updated = await updateBatchDraft(
      db,
      batch.id,
      { rateText: '115元/亩', paidOn: null },
      T0 + 60_000,
    );

    expect(updated).toMatchObject({
      rateText: '115元/亩',
      paidOn: null,
      item: batch.item,
      updatedAt: T0 + 60_000,
    });
    expect(await db.batches.get(batch.id)).toEqual(updated);
    const entries = await listOutbox(db);
    expect(entries.map((e) => [e.mid, e.name, e.baseVersion])).toEqual([
      [1, 'batch.put', 0],
      [2, 'batch.put', 7],
    ]);
    expect(entries[1]?.args).toMatchObject({ rateText: '115元/亩', paidOn: null });
  });

  it('never moves a batch to another village, even when given a whole form', async () => {
    const batch = await createBatchDraft(db, batchInput(), authorId, T0);
    const form = { ...batchInput({ villageCode: '360735100299' }), item: '稻谷目标价格补贴' };
    const updated = await updateBatchDraft(db, batch.id, form, T0 + 1);
    expect(updated.villageCode).toBe(batch.villageCode);
    expect(updated.item).toBe('稻谷目标价格补贴');
  });

  it.each(['submitted', 'checked', 'published'] as const)(
    'refuses with locked when the batch is %s, writing nothing',
    async (state) => {
      const batch = await createBatchDraft(db, batchInput(), authorId, T0);
      await db.batches.update(batch.id, { state, version: 3 });

      await expectRefused(updateBatchDraft(db, batch.id, { rateText: '1元/亩' }), 'locked');
      expect((await db.batches.get(batch.id))?.rateText).toBe(batch.rateText);
      expect(await db.outbox.count()).toBe(1);
    },
  );

  it('refuses with not-found for an unknown batch', async () => {
    await expectRefused(updateBatchDraft(db, uuidv7(), { item: 'x' }), 'not-found');
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('deleteBatchDraft', () => {
  it('deletes the draft and its lines, keeping earlier queued entries', async () => {
    const batch = await createBatchDraft(db, batchInput(), authorId, T0);
    const other = await createBatchDraft(
      db,
      batchInput({ item: '稻谷目标价格补贴' }),
      authorId,
      T0,
    );
    await db.lines.bulkAdd([
      line(batch.id, '曾国华'),
      line(batch.id, '欧阳秀英'),
      line(other.id, '赖春生'),
    ]);

    await deleteBatchDraft(db, batch.id, T0 + 5);

    expect(await db.batches.get(batch.id)).toBeUndefined();
    expect((await db.lines.toArray()).map((l) => l.name)).toEqual(['赖春生']);
    const entries = await listOutbox(db);
    expect(entries.map((e) => [e.mid, e.name, e.entityKey])).toEqual([
      [1, 'batch.put', `batches:${batch.id}`],
      [2, 'batch.put', `batches:${other.id}`],
      [3, 'batch.delete', `batches:${batch.id}`],
    ]);
    expect(entries[2]?.args).toEqual({ id: batch.id });
  });

  it('refuses with locked once the batch is submitted', async () => {
    const batch = await createBatchDraft(db, batchInput(), authorId, T0);
    await db.lines.add(line(batch.id, '曾国华'));
    await db.batches.update(batch.id, { state: 'submitted' });

    await expectRefused(deleteBatchDraft(db, batch.id), 'locked');
    expect(await db.batches.get(batch.id)).toBeDefined();
    expect(await db.lines.count()).toBe(1);
  });
});
