// Reads of payout batch headers for the cadre's lists.
import type { AppDatabase } from '../../data';
import type { PayoutBatch } from '../../domain/payout';

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
