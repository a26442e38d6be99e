import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftBatch } from '../../test/fixtures/payout-fixtures';
import { uuidv7 } from '../domain/uuid';
import type { PayoutBatch } from '../domain/payout';
import type { AppDatabase } from './app-database';
import { openDatabase } from './database';
import { getMeta } from './meta';
import { entityKeyOf, listOutbox } from './outbox';
import { runCommand } from './run-command';
import { StorageError } from './storage-errors';

let db: AppDatabase;

beforeEach(() => {
  db = openDatabase(`run-command-${uuidv7()}`);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

function argsOf(batch: PayoutBatch) {
  const { version: _v, createdAt: _c, updatedAt: _u, ...args } = batch;
  return args;
}

function saveBatch(batch: PayoutBatch): Promise<PayoutBatch> {
  return runCommand(db, [db.batches], async () => {
    await db.batches.add(batch);
    return {
      result: batch,
      mutation: {
        name: 'batch.put',
        args: argsOf(batch),
        baseVersion: 0,
        entityKey: entityKeyOf('batches', batch.id),
      },
    };
  });
}

async function expectNothingWritten(batchId: string, outboxSize = 0, nextMid = 1) {
  expect(await db.batches.get(batchId)).toBeUndefined();
  expect(await db.outbox.count()).toBe(outboxSize);
  expect(await getMeta(db, 'nextMid')).toBe(nextMid);
}

describe('runCommand', () => {
  it('writes the record and its outbox entry together', async () => {
    const batch = draftBatch();
    await saveBatch(batch);

    expect(await db.batches.get(batch.id)).toEqual(batch);
    const [entry, ...rest] = await listOutbox(db);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      mid: 1,
      name: 'batch.put',
      baseVersion: 0,
      entityKey: `batches:${batch.id}`,
      args: argsOf(batch),
    });
    expect(await getMeta(db, 'nextMid')).toBe(2);
  });

  it('leaves neither record nor entry when the command fails after writing the record', async () => {
    const batch = draftBatch();
    const failing = runCommand(db, [db.batches], async () => {
      await db.batches.add(batch);
      throw new Error('crashed in the middle');
    });

    await expect(failing).rejects.toMatchObject({ code: 'storage-failed' });
    await expectNothingWritten(batch.id);
  });

  it('rolls back the record when the outbox write itself fails', async () => {
    // An entry already holding mid 1 makes the outbox add fail after the record was written.
    await db.outbox.add({
      mid: 1,
      name: 'batch.delete',
      args: { id: uuidv7() },
      baseVersion: 0,
      createdAt: 0,
      entityKey: 'batches:x',
    });
    const batch = draftBatch();

    await expect(saveBatch(batch)).rejects.toBeInstanceOf(StorageError);
    await expectNothingWritten(batch.id, 1);
  });

  it('numbers mutations 1, 2, 3 … without gaps', async () => {
    for (let i = 0; i < 3; i++) await saveBatch(draftBatch());
    expect((await listOutbox(db)).map((e) => e.mid)).toEqual([1, 2, 3]);
    expect(await getMeta(db, 'nextMid')).toBe(4);
  });

  it('gives 20 concurrent saves the mids 1..20, each exactly once', async () => {
    const batches = Array.from({ length: 20 }, () => draftBatch());
    await Promise.all(batches.map(saveBatch));

    const entries = await listOutbox(db);
    expect(entries.map((e) => e.mid)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(entries.map((e) => e.entityKey)).size).toBe(20);
    expect(await db.batches.count()).toBe(20);
    expect(await getMeta(db, 'nextMid')).toBe(21);
  });

  it('refuses args the shared schema rejects and writes nothing', async () => {
    const batch = draftBatch();
    const invalid = runCommand(db, [db.batches], async () => {
      await db.batches.add(batch);
      return {
        result: batch,
        mutation: {
          name: 'batch.put',
          args: { ...argsOf(batch), villageCode: 'not-a-code' },
          baseVersion: 0,
          entityKey: entityKeyOf('batches', batch.id),
        },
      };
    });

    await expect(invalid).rejects.toMatchObject({ name: 'StorageError', code: 'invalid' });
    await expectNothingWritten(batch.id);
  });

  it('reports a full disk as storage-full and keeps the queue intact', async () => {
    const saved = draftBatch();
    await saveBatch(saved);
    const quota = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(quota);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(quota);

    const next = draftBatch();
    const error = await saveBatch(next).catch((e: unknown) => e);
    vi.restoreAllMocks();

    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('storage-full');
    await expectNothingWritten(next.id, 1, 2);
    const [earlier] = await listOutbox(db);
    expect(earlier).toMatchObject({ mid: 1, entityKey: `batches:${saved.id}` });
    expect(await db.batches.get(saved.id)).toEqual(saved);
  });

  it('accepts table names as well as tables', async () => {
    const batch = draftBatch();
    await runCommand(db, ['batches'], async () => {
      await db.batches.add(batch);
      return {
        result: null,
        mutation: { name: 'batch.put', args: argsOf(batch), baseVersion: 0, entityKey: 'batches:1' },
      };
    });
    expect(await db.outbox.count()).toBe(1);
  });
});
