import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftBatch } from '../../test/fixtures/payout-fixtures';
import type { PayoutLine } from '../domain/payout';
import { uuidv7 } from '../domain/uuid';
import { openDatabase, type AppDatabase } from './index';
import { entityKeyOf } from './outbox';
import { runBulkCommand } from './run-bulk-command';
import { StorageError } from './storage-errors';

let db: AppDatabase;
beforeEach(() => {
  db = openDatabase(`bulk-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

function line(batchId: string, name: string): PayoutLine {
  return {
    id: uuidv7(),
    version: 0,
    createdAt: 1,
    updatedAt: 1,
    batchId,
    villageCode: '360735100201',
    group: '',
    name,
    namePinyin: '',
    idNumber: '',
    account: '',
    quantityCenti: 100,
    unit: '亩',
    rateFen: 100,
    amountFen: 100,
    paidOn: null,
    remark: '',
    adjusted: false,
    adjustReason: '',
  };
}

function write(lines: PayoutLine[]) {
  return runBulkCommand(db, [db.lines], async () => {
    await db.lines.bulkAdd(lines);
    return {
      result: lines.length,
      mutations: lines.map(({ version: _v, createdAt: _c, updatedAt: _u, ...args }) => ({
        name: 'line.put' as const,
        args,
        baseVersion: 0,
        entityKey: entityKeyOf('lines', args.id),
      })),
    };
  });
}

describe('runBulkCommand', () => {
  it('writes every record and one outbox entry each, with consecutive mids', async () => {
    const batch = draftBatch();
    await db.meta.put({ key: 'nextMid', value: 7 });
    expect(await write([line(batch.id, '张三'), line(batch.id, '李四')])).toBe(2);
    expect((await db.outbox.orderBy('mid').toArray()).map((e) => e.mid)).toEqual([7, 8]);
    expect(await db.meta.get('nextMid')).toEqual({ key: 'nextMid', value: 9 });
    expect(await db.lines.count()).toBe(2);
  });

  it('writes nothing at all when one of many mutations is refused', async () => {
    const batch = draftBatch();
    const lines = [line(batch.id, '张三'), line(batch.id, ''), line(batch.id, '王五')];
    await expect(write(lines)).rejects.toBeInstanceOf(StorageError);
    expect(await db.lines.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect((await db.meta.get('nextMid'))?.value).toBe(1);
  });
});
