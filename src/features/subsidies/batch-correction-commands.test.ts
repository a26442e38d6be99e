// Starting a correction (更正) of a published payout batch: the header and every line are
// copied into a new draft under new ids, in the published order, with their outbox entries
// in the same transaction; anything but the latest published version is refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftBatch } from '../../../test/fixtures/payout-fixtures';
import { CommandError, listOutbox, openDatabase, type AppDatabase } from '../../data';
import type { PayoutBatch, PayoutLine } from '../../domain/payout';
import { uuidv7 } from '../../domain/uuid';
import { startBatchCorrection } from './batch-correction-commands';
import { listLinesOfBatch } from './line-queries';

const T0 = 1_750_000_000_000;
const T1 = T0 + 86_400_000;
const cadreId = uuidv7(T0);
let db: AppDatabase;

beforeEach(() => {
  db = openDatabase(`batch-correction-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

function published(overrides: Partial<PayoutBatch> = {}): PayoutBatch {
  return draftBatch({
    version: 30,
    state: 'published',
    submittedAt: T0,
    publishedAt: T0 + 1000,
    publishedSha256: 'c'.repeat(64),
    supersededById: null,
    proofs: [],
    ...overrides,
  });
}

const NAMES = ['曾国华', '李秀英', '王建军', '陈桂兰', '刘志强'];

/** Lines saved in one import: same time, so only their ids give their order. */
function linesOf(batch: PayoutBatch): PayoutLine[] {
  return NAMES.map((name, index) => ({
    id: uuidv7(T0),
    version: 7,
    createdAt: T0,
    updatedAt: T0,
    batchId: batch.id,
    villageCode: batch.villageCode,
    group: index < 2 ? '第一组' : '第三组',
    name,
    namePinyin: `pinyin-${index}`,
    idNumber: `36073519680312${String(index).padStart(4, '0')}`,
    account: `622${index}`,
    quantityCenti: 550 + index,
    unit: '亩',
    rateFen: 11_250,
    amountFen: 61_875 + index,
    paidOn: '2025-06-30',
    remark: index === 1 ? '代领' : '',
    adjusted: index === 2,
    adjustReason: index === 2 ? '面积核减' : '',
  }));
}

async function refusal(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CommandError);
  return (error as CommandError).code;
}

describe('startBatchCorrection', () => {
  it('copies the header and every line under new ids into a draft correcting the batch', async () => {
    const source = published();
    const sourceLines = linesOf(source);
    await db.batches.add(source);
    await db.lines.bulkAdd(sourceLines);
    const publishedOrder = (await listLinesOfBatch(db, source.id)).map((l) => l.name);

    const copy = await startBatchCorrection(db, source.id, cadreId, T1);

    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...header } = source;
    const {
      publishedAt: _pa,
      publishedSha256: _ps,
      supersededById: _sb,
      proofs: _pr,
      ...content
    } = header;
    expect(copy).toEqual({
      ...content,
      id: copy.id,
      version: 0,
      createdAt: T1,
      updatedAt: T1,
      state: 'draft',
      authorId: cadreId,
      submittedAt: null,
      returnedReason: null,
      correctsId: source.id,
    });
    expect(copy.id).not.toBe(source.id);
    expect(await db.batches.get(copy.id)).toEqual(copy);

    const copied = await listLinesOfBatch(db, copy.id);
    // Same households in the same order, every field the cadre entered kept.
    expect(copied.map((l) => l.name)).toEqual(publishedOrder);
    const strip = ({
      id: _i,
      batchId: _b,
      version: _ve,
      createdAt: _cr,
      updatedAt: _up,
      ...rest
    }: PayoutLine) => rest;
    const byName = new Map(sourceLines.map((l) => [l.name, strip(l)]));
    for (const line of copied) {
      expect(strip(line)).toEqual(byName.get(line.name));
      expect(line).toMatchObject({ batchId: copy.id, version: 0, createdAt: T1 });
    }
    const sourceIds = new Set(sourceLines.map((l) => l.id));
    expect(copied.some((l) => sourceIds.has(l.id))).toBe(false);
    expect(new Set(copied.map((l) => l.id)).size).toBe(NAMES.length);
    // The published batch and its lines are untouched.
    expect(await listLinesOfBatch(db, source.id)).toHaveLength(NAMES.length);
    expect(await db.batches.get(source.id)).toEqual(source);

    const outbox = await listOutbox(db);
    expect(outbox.map((e) => e.name)).toEqual(['batch.put', ...NAMES.map(() => 'line.put')]);
    expect(outbox.map((e) => e.mid)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(outbox[0]?.args).toMatchObject({ id: copy.id, correctsId: source.id });
    expect(outbox[0]?.args).not.toHaveProperty('publishedSha256');
    expect(outbox.slice(1).map((e) => (e.args as { id: string }).id)).toEqual(
      copied.map((l) => l.id),
    );
    expect(outbox.every((e) => e.baseVersion === 0)).toBe(true);
  });

  it('returns the correction already under way instead of copying the batch again', async () => {
    const source = published();
    await db.batches.add(source);
    await db.lines.bulkAdd(linesOf(source));
    const first = await startBatchCorrection(db, source.id, cadreId, T1);

    const again = await startBatchCorrection(db, source.id, cadreId, T1 + 5);

    expect(again.id).toBe(first.id);
    expect(await db.batches.count()).toBe(2);
    expect(await db.lines.count()).toBe(NAMES.length * 2);
    expect(await listOutbox(db)).toHaveLength(1 + NAMES.length);
  });

  it.each([
    ['a draft', { state: 'draft' as const }, 'correction-target-invalid'],
    ['a submitted batch', { state: 'submitted' as const }, 'correction-target-invalid'],
    ['a replaced version', { supersededById: uuidv7(T1) }, 'superseded'],
  ])('refuses to correct %s and writes nothing', async (_name, overrides, code) => {
    const source = published(overrides);
    await db.batches.add(source);
    await db.lines.bulkAdd(linesOf(source));

    expect(await refusal(startBatchCorrection(db, source.id, cadreId, T1))).toBe(code);
    expect(await db.batches.count()).toBe(1);
    expect(await db.lines.count()).toBe(NAMES.length);
    expect(await listOutbox(db)).toEqual([]);
  });

  it('refuses a batch that is not on this device', async () => {
    expect(await refusal(startBatchCorrection(db, uuidv7(T0), cadreId, T1))).toBe('not-found');
  });
});
