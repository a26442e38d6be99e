// Line writes on the device: one transaction with the outbox entry, pinyin computed at
// save, refused once the batch left draft. Real Dexie on fake-indexeddb.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftBatch } from '../../../test/fixtures/payout-fixtures';
import { CommandError, listOutbox, openDatabase, type AppDatabase } from '../../data';
import { makeFakeIdNumber } from '../../domain/fixtures-id';
import { uuidv7 } from '../../domain/uuid';
import { createLine, deleteLine, updateLine, type LineInput } from './line-commands';
import { getBatchDetail, searchLinesOfBatch } from './line-queries';

let db: AppDatabase;
const T0 = 1_750_000_000_000;

beforeEach(() => {
  db = openDatabase(`line-commands-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

function input(overrides: Partial<LineInput> = {}): LineInput {
  return {
    group: '第三组',
    name: '曾国华',
    idNumber: makeFakeIdNumber('360735', '1968-03-12', 113),
    account: '',
    quantityCenti: 300,
    unit: '亩',
    rateFen: 11_250,
    amountFen: 33_750,
    paidOn: '2025-06-30',
    remark: '',
    adjusted: false,
    adjustReason: '',
    ...overrides,
  };
}

async function expectRefused(promise: Promise<unknown>, code: string) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CommandError);
  expect((error as CommandError).code).toBe(code);
}

describe('line commands', () => {
  it('adds a line with its pinyin and queues line.put for the batch’s village', async () => {
    const batch = draftBatch();
    await db.batches.add(batch);
    const line = await createLine(db, batch.id, input({ name: ' 曾国华 ' }), T0);

    expect(line).toMatchObject({
      batchId: batch.id,
      villageCode: batch.villageCode,
      name: '曾国华',
      namePinyin: 'zeng guo hua|zgh|ceng guo hua|cgh',
      version: 0,
    });
    const [entry] = await listOutbox(db);
    expect(entry).toMatchObject({ name: 'line.put', baseVersion: 0 });
    expect(entry?.args).toMatchObject({ id: line.id, namePinyin: line.namePinyin });
    expect((await searchLinesOfBatch(db, batch.id, 'cgh')).map((l) => l.name)).toEqual(['曾国华']);
  });

  it('edits a line: the pinyin follows the new name, baseVersion is the server’s', async () => {
    const batch = draftBatch();
    await db.batches.add(batch);
    const line = await createLine(db, batch.id, input(), T0);
    await db.lines.update(line.id, { version: 4 });
    const updated = await updateLine(
      db,
      line.id,
      input({ name: '单雄信', adjusted: false, adjustReason: 'x' }),
      T0 + 1,
    );

    expect(updated).toMatchObject({ name: '单雄信', adjustReason: '', version: 4, createdAt: T0 });
    expect(updated.namePinyin).toContain('shan xiong xin|sxx');
    const entries = await listOutbox(db);
    expect(entries.at(-1)).toMatchObject({ name: 'line.put', baseVersion: 4 });
  });

  it('deletes a line and queues line.delete with its batch', async () => {
    const batch = draftBatch();
    await db.batches.add(batch);
    const line = await createLine(db, batch.id, input(), T0);
    await deleteLine(db, line.id, T0 + 1);

    expect(await db.lines.count()).toBe(0);
    expect((await listOutbox(db)).at(-1)).toMatchObject({
      name: 'line.delete',
      args: { id: line.id, batchId: batch.id },
    });
  });

  it('refuses every change once the batch is submitted, and writes nothing', async () => {
    const batch = draftBatch();
    await db.batches.add(batch);
    const line = await createLine(db, batch.id, input(), T0);
    await db.batches.update(batch.id, { state: 'submitted' });

    await expectRefused(createLine(db, batch.id, input({ name: '张三' }), T0), 'locked');
    await expectRefused(updateLine(db, line.id, input({ name: '张三' }), T0), 'locked');
    await expectRefused(deleteLine(db, line.id, T0), 'locked');
    await expectRefused(createLine(db, uuidv7(), input(), T0), 'not-found');
    expect(await db.lines.count()).toBe(1);
    expect(await listOutbox(db)).toHaveLength(1);
  });
});

describe('getBatchDetail', () => {
  it('gives the lines in entry order and whether a reviewer acted since submission', async () => {
    const batch = draftBatch({ state: 'submitted', submittedAt: T0 });
    await db.batches.add({ ...batch, state: 'draft' });
    await createLine(db, batch.id, input({ name: '乙' }), T0 + 2);
    await createLine(db, batch.id, input({ name: '甲' }), T0 + 1);
    await db.batches.put(batch);

    let detail = await getBatchDetail(db, batch.id);
    expect(detail.lines.map((l) => l.name)).toEqual(['甲', '乙']);
    expect(detail.hasReviewerActed).toBe(false);

    await db.reviewSteps.add({
      id: uuidv7(),
      itemKind: 'batch',
      itemId: batch.id,
      villageCode: batch.villageCode,
      action: 'check',
      fromState: 'submitted',
      toState: 'checked',
      actorId: uuidv7(),
      actorRole: 'village-supervisor',
      at: T0 + 5,
      comment: '',
    });
    detail = await getBatchDetail(db, batch.id);
    expect(detail.hasReviewerActed).toBe(true);
    expect((await getBatchDetail(db, uuidv7())).batch).toBeNull();
  });
});
