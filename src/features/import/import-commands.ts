// Saving an import: every valid line of the sheet and its 'line.put' entry in ONE local
// transaction (run-bulk-command.ts), and remembering the cadre's column mapping for the
// next sheet with the same headers. Loaded with the import panel, never with a screen.
import { CommandError, entityKeyOf, type AppDatabase, type QueuedMutation } from '../../data';
import { runBulkCommand } from '../../data/run-bulk-command';
import type { ColumnMapping } from '../../domain/import/import-types';
import type { MutationArgs } from '../../domain/mutations';
import type { PayoutBatch, PayoutLine } from '../../domain/payout';
import { isEditable } from '../../domain/review';
import { uuidv7 } from '../../domain/uuid';
import type { PreparedLine } from './import-analysis';
import { mappingKey } from './import-queries';

function lineRecord(batch: PayoutBatch, line: PreparedLine, now: number): PayoutLine {
  return {
    id: uuidv7(now),
    version: 0,
    createdAt: now,
    updatedAt: now,
    batchId: batch.id,
    villageCode: batch.villageCode,
    group: line.group,
    name: line.name,
    namePinyin: line.namePinyin,
    idNumber: line.idNumber,
    account: line.account,
    quantityCenti: line.quantityCenti,
    unit: batch.unit,
    rateFen: line.rateFen,
    amountFen: line.amountFen,
    paidOn: batch.paidOn,
    remark: line.remark,
    adjusted: false,
    adjustReason: '',
  };
}

function putMutation(record: PayoutLine): QueuedMutation {
  const { version: _version, createdAt: _createdAt, updatedAt: _updatedAt, ...args } = record;
  const typedArgs: MutationArgs<'line.put'> = args;
  return {
    name: 'line.put',
    args: typedArgs,
    baseVersion: 0,
    entityKey: entityKeyOf('lines', record.id),
  };
}

/**
 * Add the lines to a draft batch, all or none. Refuses with CommandError 'not-found' or
 * 'locked' (the batch was submitted meanwhile) before writing anything.
 * Offline: works the same; the lines are 仅本机 until a sync confirms them.
 */
export function importLines(
  db: AppDatabase,
  batchId: string,
  lines: readonly PreparedLine[],
  now: number = Date.now(),
): Promise<number> {
  return runBulkCommand(
    db,
    [db.batches, db.lines],
    async () => {
      const batch = await db.batches.get(batchId);
      if (!batch) throw new CommandError('not-found');
      if (!isEditable(batch.state)) throw new CommandError('locked');
      const records = lines.map((line) => lineRecord(batch, line, now));
      // add, not put: fresh ids never overwrite a line already on the phone.
      await db.lines.bulkAdd(records);
      return { result: records.length, mutations: records.map(putMutation) };
    },
    now,
  );
}

/** Remember the cadre's mapping for sheets with these headers (local to this phone). */
export async function rememberMapping(
  db: AppDatabase,
  signature: string,
  mapping: ColumnMapping,
): Promise<void> {
  await db.table('meta').put({ key: mappingKey(signature), value: mapping });
}
