// Reads for the township dashboard: the township's notices and batch headers on this
// device (lines are summed separately by the export module's per-batch statistics).
import type { AppDatabase } from '../../data';
import type { Notice } from '../../domain/notice';
import type { PayoutBatch } from '../../domain/payout';

export interface DashboardRecords {
  notices: Notice[];
  batches: PayoutBatch[];
}

export async function loadDashboardRecords(
  db: AppDatabase,
  townshipCode: string,
): Promise<DashboardRecords> {
  const [notices, batches] = await Promise.all([
    db.notices.where('villageCode').startsWith(townshipCode).toArray(),
    db.batches.where('villageCode').startsWith(townshipCode).toArray(),
  ]);
  return { notices, batches };
}
