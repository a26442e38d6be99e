// Reads for the review of one payout batch: the batch with its lines, the published
// version it corrects (更正) with that version's lines, for the diff, and the audit trail.
import type { AppDatabase } from '../../data';
import type { PayoutBatch, PayoutLine } from '../../domain/payout';
import type { ReviewStep } from '../../domain/review';
import { listLinesOfBatch } from '../subsidies/line-queries';

export interface BatchReviewData {
  /** null when the batch is not (or no longer) on this device */
  batch: PayoutBatch | null;
  /** in entry order, as the cadre's list numbers them */
  lines: PayoutLine[];
  /** the version this one corrects, when it is a correction and that version is here */
  corrected: { batch: PayoutBatch; lines: PayoutLine[] } | null;
  /** oldest first */
  steps: ReviewStep[];
}

export async function getBatchReviewItem(
  db: AppDatabase,
  batchId: string,
): Promise<BatchReviewData> {
  const [batch, lines, steps] = await Promise.all([
    db.batches.get(batchId),
    listLinesOfBatch(db, batchId),
    db.reviewSteps.where('itemId').equals(batchId).toArray(),
  ]);
  steps.sort((a, b) => a.at - b.at);
  if (!batch) return { batch: null, lines: [], corrected: null, steps };
  const correctedBatch = batch.correctsId ? await db.batches.get(batch.correctsId) : undefined;
  const corrected = correctedBatch
    ? { batch: correctedBatch, lines: await listLinesOfBatch(db, correctedBatch.id) }
    : null;
  return { batch, lines, corrected, steps };
}
