// Reads for the Excel exports, from the device's database: one batch with its lines, and
// per batch of a township's year the number of lines and their total (read line by line,
// so a township's 50,000 lines are added up without holding them all at once).
import type { AppDatabase } from '../../data/app-database';
import type { PayoutLine } from '../../domain/payout';
import type { PrintableBatch } from '../print/print-header';
import type { BatchStats } from './township-summary';

export async function loadBatchForExport(
  db: AppDatabase,
  batchId: string,
): Promise<{ batch: PrintableBatch; lines: PayoutLine[] } | null> {
  const batch = await db.batches.get(batchId);
  if (!batch) return null;
  return { batch, lines: await db.lines.where('batchId').equals(batchId).toArray() };
}

function townshipBatches(db: AppDatabase, townshipCode: string) {
  // Village codes start with their township's 9 digits.
  return db.batches.where('villageCode').startsWith(townshipCode);
}

/** Years with at least one batch in the township on this device, newest first. */
export async function listTownshipYears(db: AppDatabase, townshipCode: string): Promise<number[]> {
  const years = new Set<number>();
  await townshipBatches(db, townshipCode).each((batch) => years.add(batch.year));
  return [...years].sort((a, b) => b - a);
}

export async function loadTownshipBatchStats(
  db: AppDatabase,
  townshipCode: string,
  year: number,
): Promise<BatchStats[]> {
  const batches = await townshipBatches(db, townshipCode)
    .filter((batch) => batch.year === year)
    .toArray();
  const stats = new Map<string, BatchStats>(
    batches.map((batch) => [batch.id, { batch, households: 0, amountFen: 0 }]),
  );
  if (stats.size === 0) return [];
  await db.lines
    .where('batchId')
    .anyOf([...stats.keys()])
    .each((line) => {
      const s = stats.get(line.batchId);
      if (!s) return;
      s.households += 1;
      s.amountFen += line.amountFen;
    });
  return [...stats.values()];
}
