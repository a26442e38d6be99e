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

/** The record tables a push reads and writes through its in-memory view (record-store.ts). */
export interface RecordOf {
  batches: PayoutBatch;
  notices: Notice;
  lines: PayoutLine;
}
export type RecordTable = keyof RecordOf;

export interface RecordWrite<T extends RecordTable = RecordTable> {
  record: RecordOf[T];
  isDeleted: boolean;
}

/** Rows are written in chunks so a long list stays below every driver's parameter limit. */
const WRITE_CHUNK_ROWS = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Reads many records of one table in one query; absent ids are missing from the map. */
export async function readRecords<T extends RecordTable>(
  db: Executor,
  table: T,
  ids: readonly string[],
): Promise<Map<string, Stored<RecordOf[T]>>> {
  const found = new Map<string, Stored<RecordOf[T]>>();
  for (const part of chunks([...new Set(ids)], WRITE_CHUNK_ROWS)) {
    const rows = await (db as Executor)
      .selectFrom(table as 'batches')
      .select(['id', 'version', 'deleted', 'record'])
      .where('id', 'in', part)
      .execute();
    for (const row of rows) found.set(row.id, toStored<RecordOf[T]>(row) as Stored<RecordOf[T]>);
  }
  return found;
}

function reviewableRow(record: PayoutBatch | Notice, isDeleted: boolean) {
  return {
    id: record.id,
    village_code: record.villageCode,
    state: record.state,
    author_id: record.authorId,
    version: record.version,
    deleted: isDeleted ? 1 : 0,
    record: JSON.stringify(record),
  };
}

function lineRow(record: PayoutLine, isDeleted: boolean) {
  return {
    id: record.id,
    batch_id: record.batchId,
    village_code: record.villageCode,
    version: record.version,
    deleted: isDeleted ? 1 : 0,
    record: JSON.stringify(record),
  };
}

/**
 * Inserts or replaces many records of one table, a multi-row statement per chunk;
 * `record.version` must already be the newly allocated version. Each id at most once
 * (PostgreSQL refuses to update one row twice in a statement).
 */
export async function writeRecords<T extends RecordTable>(
  db: Executor,
  table: T,
  writes: readonly RecordWrite<T>[],
): Promise<void> {
  for (const part of chunks(writes, WRITE_CHUNK_ROWS)) {
    if (table === 'lines') {
      await db
        .insertInto('lines')
        .values(part.map((w) => lineRow(w.record as PayoutLine, w.isDeleted)))
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            batch_id: eb.ref('excluded.batch_id'),
            village_code: eb.ref('excluded.village_code'),
            version: eb.ref('excluded.version'),
            deleted: eb.ref('excluded.deleted'),
            record: eb.ref('excluded.record'),
          })),
        )
        .execute();
    } else {
      await db
        .insertInto(table as 'batches' | 'notices')
        .values(part.map((w) => reviewableRow(w.record as PayoutBatch | Notice, w.isDeleted)))
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            village_code: eb.ref('excluded.village_code'),
            state: eb.ref('excluded.state'),
            author_id: eb.ref('excluded.author_id'),
            version: eb.ref('excluded.version'),
            deleted: eb.ref('excluded.deleted'),
            record: eb.ref('excluded.record'),
          })),
        )
        .execute();
    }
  }
}

export async function writeBatch(
  db: Executor,
  record: PayoutBatch,
  isDeleted = false,
): Promise<void> {
  await writeRecords(db, 'batches', [{ record, isDeleted }]);
}

export async function writeNotice(db: Executor, record: Notice, isDeleted = false): Promise<void> {
  await writeRecords(db, 'notices', [{ record, isDeleted }]);
}

export async function writeLine(
  db: Executor,
  record: PayoutLine,
  isDeleted = false,
): Promise<void> {
  await writeRecords(db, 'lines', [{ record, isDeleted }]);
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

export async function insertConflicts(
  db: Executor,
  conflicts: readonly { conflict: ConflictItem; version: number }[],
): Promise<void> {
  for (const part of chunks(conflicts, WRITE_CHUNK_ROWS)) {
    await db
      .insertInto('conflicts')
      .values(
        part.map(({ conflict, version }) => ({
          id: conflict.id,
          client_id: conflict.clientId,
          mid: conflict.mid,
          user_id: conflict.userId,
          village_code: conflict.villageCode,
          reason: conflict.reason,
          version,
          deleted: 0,
          record: JSON.stringify(conflict),
        })),
      )
      .execute();
  }
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
