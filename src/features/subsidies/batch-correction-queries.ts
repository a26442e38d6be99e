// Reads of the corrections (更正) a payout batch is linked to, for the batch screen and
// for the command that starts one: which published batch a correction replaces, and which
// batch replaced a published one or is correcting it now.
import type { AppDatabase } from '../../data';
import type { PayoutBatch } from '../../domain/payout';

/**
 * The newest batch of the village that corrects `published`, in any state, or null.
 * A village has tens of batches, not thousands: a filter over the village index is enough.
 */
export async function findBatchCorrectionOf(
  db: AppDatabase,
  published: Pick<PayoutBatch, 'id' | 'villageCode'>,
): Promise<PayoutBatch | null> {
  const corrections = await db.batches
    .where('villageCode')
    .equals(published.villageCode)
    .filter((b) => b.correctsId === published.id)
    .toArray();
  corrections.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
  return corrections[0] ?? null;
}

export interface BatchCorrectionLinks {
  /** the published batch this one corrects, when it is a correction and that one is here */
  corrected: PayoutBatch | null;
  /** the batch that replaced this one, or the correction of it under way, when here */
  correction: PayoutBatch | null;
}

export async function getBatchCorrectionLinks(
  db: AppDatabase,
  batch: PayoutBatch,
): Promise<BatchCorrectionLinks> {
  const [corrected, correction] = await Promise.all([
    batch.correctsId ? db.batches.get(batch.correctsId) : undefined,
    batch.supersededById
      ? db.batches.get(batch.supersededById)
      : batch.state === 'published'
        ? findBatchCorrectionOf(db, batch)
        : null,
  ]);
  return { corrected: corrected ?? null, correction: correction ?? null };
}
