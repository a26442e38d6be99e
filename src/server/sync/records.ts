// Reads and writes the synced records. Each table keeps the full record as JSON plus the
// columns queries filter on; a deletion keeps the record (for the audit trail and for
// recovery) and sets `deleted`, which pulls turn into a tombstone. Every write carries a
// version from the single counter (db/server-state.ts), handed in by the caller.
import type { Notice } from '../../domain/notice';
import type { PayoutBatch, PayoutLine } from '../../domain/payout';
import type { ConflictItem } from '../../sync/protocol';
import type { ReviewStep } from '../../domain/review';
import type { Executor } from '../db/schema';

export interface Stored<T> {
  version: number;
  isDeleted: boolean;
  record: T;
}

function toStored<T>(
  row: { version: number; deleted: number; record: string } | undefined,
): Stored<T> | undefined {
  if (!row) return undefined;
  return {
    version: Number(row.version),
    isDeleted: row.deleted === 1,
    record: JSON.parse(row.record) as T,
  };
}

export async function readBatch(
  db: Executor,
  id: string,
): Promise<Stored<PayoutBatch> | undefined> {
  const row = await db
    .selectFrom('batches')
    .select(['version', 'deleted', 'record'])
    .where('id', '=', id)
    .executeTakeFirst();
  return toStored(row);
}

export async function readNotice(db: Executor, id: string): Promise<Stored<Notice> | undefined> {
  const row = await db
    .selectFrom('notices')
    .select(['version', 'deleted', 'record'])
    .where('id', '=', id)
    .executeTakeFirst();
  return toStored(row);
}

export async function readLine(db: Executor, id: string): Promise<Stored<PayoutLine> | undefined> {
  const row = await db
    .selectFrom('lines')
    .select(['version', 'deleted', 'record'])
    .where('id', '=', id)
    .executeTakeFirst();
  return toStored(row);
}

export async function hasReviewStep(db: Executor, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('review_steps')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Writes a batch or a notice (they share their columns); `record.version` must already be
 * the newly allocated version.
 */
async function writeReviewable(
  db: Executor,
  table: 'batches' | 'notices',
  record: PayoutBatch | Notice,
  isDeleted: boolean,
): Promise<void> {
  const columns = {
    village_code: record.villageCode,
    state: record.state,
    author_id: record.authorId,
    version: record.version,
    deleted: isDeleted ? 1 : 0,
    record: JSON.stringify(record),
  };
  await db
    .insertInto(table)
    .values({ id: record.id, ...columns })
    .onConflict((oc) => oc.column('id').doUpdateSet(columns))
    .execute();
}

export async function writeBatch(
  db: Executor,
  record: PayoutBatch,
  isDeleted = false,
): Promise<void> {
  await writeReviewable(db, 'batches', record, isDeleted);
}

export async function writeNotice(db: Executor, record: Notice, isDeleted = false): Promise<void> {
  await writeReviewable(db, 'notices', record, isDeleted);
}

export async function writeLine(
  db: Executor,
  record: PayoutLine,
  isDeleted = false,
): Promise<void> {
  const columns = {
    batch_id: record.batchId,
    village_code: record.villageCode,
    version: record.version,
    deleted: isDeleted ? 1 : 0,
    record: JSON.stringify(record),
  };
  await db
    .insertInto('lines')
    .values({ id: record.id, ...columns })
    .onConflict((oc) => oc.column('id').doUpdateSet(columns))
    .execute();
}

/** Review steps are the audit trail: inserted once, never changed. */
export async function insertReviewStep(
  db: Executor,
  step: ReviewStep,
  version: number,
): Promise<void> {
  await db
    .insertInto('review_steps')
    .values({
      id: step.id,
      item_kind: step.itemKind,
      item_id: step.itemId,
      village_code: step.villageCode,
      action: step.action,
      at: step.at,
      version,
      deleted: 0,
      record: JSON.stringify(step),
    })
    .execute();
}

export async function insertConflict(
  db: Executor,
  conflict: ConflictItem,
  version: number,
): Promise<void> {
  await db
    .insertInto('conflicts')
    .values({
      id: conflict.id,
      client_id: conflict.clientId,
      mid: conflict.mid,
      user_id: conflict.userId,
      village_code: conflict.villageCode,
      reason: conflict.reason,
      version,
      deleted: 0,
      record: JSON.stringify(conflict),
    })
    .execute();
}

/** The live lines of a batch, for a deletion (tombstones) or the privacy scan at submit. */
export async function readLinesOfBatch(db: Executor, batchId: string): Promise<PayoutLine[]> {
  const rows = await db
    .selectFrom('lines')
    .select('record')
    .where('batch_id', '=', batchId)
    .where('deleted', '=', 0)
    .orderBy('id')
    .execute();
  return rows.map((row) => JSON.parse(row.record) as PayoutLine);
}
