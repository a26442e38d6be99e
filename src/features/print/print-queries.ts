// Reads for printing one payout batch: its header and every line, straight from the
// device's database, so the notice prints offline in the village office.
import type { AppDatabase } from '../../data/app-database';
import type { PayoutLine } from '../../domain/payout';
import type { PrintableBatch } from './print-header';

export interface PrintableBatchData {
  batch: PrintableBatch;
  lines: PayoutLine[];
}

/** The batch and its lines, or null when this device does not hold the batch. */
export async function loadPrintableBatch(
  db: AppDatabase,
  batchId: string,
): Promise<PrintableBatchData | null> {
  const batch = await db.batches.get(batchId);
  if (!batch) return null;
  const lines = await db.lines.where('batchId').equals(batchId).toArray();
  return { batch, lines };
}
