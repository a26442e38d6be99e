// Reads of payout batch headers for the cadre's lists.
import type { AppDatabase } from '../../data';
import { entityKeyOf } from '../../data/outbox';
import { recordSyncState, type RecordSyncState } from '../../data/record-sync-state';
import type { PayoutBatch } from '../../domain/payout';
import type { ReviewState } from '../../domain/review';

/**
 * A village's batches, newest year first and, within a year, most recently created first.
 * Creation order (not last edit) keeps a row in place while the cadre edits it.
 */
export async function listBatches(
  db: AppDatabase,
  villageCode: string,
  year?: number,
): Promise<PayoutBatch[]> {
  const rows =
    year === undefined
      ? await db.batches.where('villageCode').equals(villageCode).toArray()
      : await db.batches.where('[villageCode+year]').equals([villageCode, year]).toArray();
  return rows.sort(
    (a, b) => b.year - a.year || b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1),
  );
}

/** One row of the village's batch list: plain values, so an unchanged row is not redrawn. */
export interface BatchListItem {
  id: string;
  year: number;
  item: string;
  state: ReviewState;
  syncState: RecordSyncState;
}

/**
 * The village's batches as the list shows them, in listBatches order, each with its
 * sync state in words (仅本机 / 待同步 …).
 *
 * Looks in the outbox only for batches the server has confirmed (version > 0): one it has
 * never seen is 仅本机 whether entries wait for it or not. Reading every queued key instead
 * walked the whole outbox, one cursor step per entry, after every save, so a cadre working
 * offline saw each save get slower as the outbox grew.
 */
export async function listBatchListItems(
  db: AppDatabase,
  villageCode: string,
): Promise<BatchListItem[]> {
  const batches = await listBatches(db, villageCode);
  const confirmedKeys = batches
    .filter((batch) => batch.version > 0)
    .map((batch) => entityKeyOf('batches', batch.id));
  const pendingKeys =
    confirmedKeys.length === 0
      ? new Set<string>()
      : new Set((await db.outbox.where('entityKey').anyOf(confirmedKeys).keys()).map(String));
  return batches.map((batch) => ({
    id: batch.id,
    year: batch.year,
    item: batch.item,
    state: batch.state,
    // Conflicts are not tracked per record yet; the sync layer reports them later.
    syncState: recordSyncState(batch, pendingKeys.has(entityKeyOf('batches', batch.id)), false),
  }));
}

export interface BatchTotal {
  /** lines: one per household or person */
  households: number;
  amountFen: number;
}

/** Households and total amount of one batch, read through the batchId index. */
export async function getBatchTotal(db: AppDatabase, batchId: string): Promise<BatchTotal> {
  let households = 0;
  let amountFen = 0;
  await db.lines
    .where('batchId')
    .equals(batchId)
    .each((line) => {
      households += 1;
      amountFen += line.amountFen;
    });
  return { households, amountFen };
}
