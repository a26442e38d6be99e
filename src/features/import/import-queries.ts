// Reads the import needs before checking rows: ID numbers already in this batch and in
// other batches of the same village, item and year (to flag a person paid twice), and
// the column mappings the cadre confirmed on earlier imports.
import type { AppDatabase } from '../../data';
import type { ColumnMapping, DuplicateContext } from '../../domain/import/import-types';
import type { PayoutBatch } from '../../domain/payout';
import { upgradeId15 } from '../../domain/identity';

const MAPPING_PREFIX = 'importMapping:';

export function mappingKey(signature: string): string {
  return `${MAPPING_PREFIX}${signature}`;
}

function idKey(idNumber: string): string {
  return /^\d{15}$/.test(idNumber) ? upgradeId15(idNumber) : idNumber.toUpperCase();
}

/** Who already has a line: in `batch`, and in its siblings of the same item and year. */
export async function loadDuplicateContext(
  db: AppDatabase,
  batch: Pick<PayoutBatch, 'id' | 'villageCode' | 'year' | 'item'>,
  titleOf: (other: PayoutBatch) => string,
): Promise<DuplicateContext> {
  const siblings = (
    await db.batches.where('[villageCode+year]').equals([batch.villageCode, batch.year]).toArray()
  ).filter((other) => other.item === batch.item);
  const titles = new Map(siblings.map((other) => [other.id, titleOf(other)]));
  const lines = await db.lines
    .where('batchId')
    .anyOf(siblings.map((other) => other.id))
    .toArray();
  const inThisBatch = new Set<string>();
  const inOtherBatches = new Map<string, string>();
  for (const line of lines) {
    if (line.idNumber === '') continue;
    if (line.batchId === batch.id) inThisBatch.add(idKey(line.idNumber));
    else inOtherBatches.set(idKey(line.idNumber), titles.get(line.batchId) ?? '');
  }
  return { inThisBatch, inOtherBatches };
}

/** Every mapping remembered on this phone, by header signature. */
export async function loadRememberedMappings(
  db: AppDatabase,
): Promise<Record<string, ColumnMapping>> {
  const rows = (await db.table('meta').where('key').startsWith(MAPPING_PREFIX).toArray()) as {
    key: string;
    value: ColumnMapping;
  }[];
  return Object.fromEntries(rows.map((row) => [row.key.slice(MAPPING_PREFIX.length), row.value]));
}
