// Starting a correction (更正, DOMAIN.md §6) of a published payout batch: a new draft that
// copies the header and every line, with `correctsId` pointing at the published batch. The
// cadre fixes the mistake in the copy and sends it through review; on its publication the
// server marks the old batch as replaced and both stay readable, with the change shown.
// Loaded on demand from the batch screen (it validates with the shared zod schemas).
import { CommandError, entityKeyOf, type AppDatabase, type QueuedMutation } from '../../data';
import { runBulkCommand } from '../../data/run-bulk-command';
import type { MutationArgs } from '../../domain/mutations';
import type { PayoutBatch, PayoutLine } from '../../domain/payout';
import { uuidv7 } from '../../domain/uuid';
import { findBatchCorrectionOf } from './batch-correction-queries';
import { listLinesOfBatch } from './line-queries';

function batchPut(batch: PayoutBatch): QueuedMutation {
  const { version: _version, createdAt: _createdAt, updatedAt: _updatedAt, ...args } = batch;
  const typedArgs: MutationArgs<'batch.put'> = args;
  return {
    name: 'batch.put',
    args: typedArgs,
    baseVersion: 0,
    entityKey: entityKeyOf('batches', batch.id),
  };
}

function linePut(line: PayoutLine): QueuedMutation {
  const { version: _version, createdAt: _createdAt, updatedAt: _updatedAt, ...args } = line;
  const typedArgs: MutationArgs<'line.put'> = args;
  return {
    name: 'line.put',
    args: typedArgs,
    baseVersion: 0,
    entityKey: entityKeyOf('lines', line.id),
  };
}

/** A draft header copied from the published one; review and publication fields start over. */
function copyHeader(source: PayoutBatch, authorId: string, now: number): PayoutBatch {
  return {
    id: uuidv7(now),
    version: 0,
    createdAt: now,
    updatedAt: now,
    villageCode: source.villageCode,
    year: source.year,
    item: source.item,
    basis: source.basis,
    rateText: source.rateText,
    unit: source.unit,
    department: source.department,
    paidOn: source.paidOn,
    publisher: source.publisher,
    hotline: source.hotline,
    state: 'draft',
    authorId,
    submittedAt: null,
    returnedReason: null,
    correctsId: source.id,
  };
}

/**
 * Copy a published batch and all its lines into a new draft correction, in ONE local
 * transaction with their 'batch.put' and 'line.put' entries (the header first: the server
 * adds lines only to a batch it has). Refuses with 'not-found', 'correction-target-invalid'
 * (not published) or 'superseded'. When a correction of it is already under way on this
 * device, returns that batch and writes nothing, so a double tap never forks the history.
 * Offline: works the same; everything waits in the outbox (待同步).
 */
export function startBatchCorrection(
  db: AppDatabase,
  publishedId: string,
  authorId: string,
  now: number = Date.now(),
): Promise<PayoutBatch> {
  return runBulkCommand(
    db,
    [db.batches, db.lines],
    async () => {
      const source = await db.batches.get(publishedId);
      if (!source) throw new CommandError('not-found');
      if (source.state !== 'published') throw new CommandError('correction-target-invalid');
      if (source.supersededById) throw new CommandError('superseded');
      const existing = await findBatchCorrectionOf(db, source);
      if (existing?.state === 'published') throw new CommandError('superseded');
      if (existing) return { result: existing, mutations: [] };

      const header = copyHeader(source, authorId, now);
      const sourceLines = await listLinesOfBatch(db, source.id);
      // Lines are listed by creation time, then id. The copies share one time, so their ids
      // are handed out sorted: the copy lists the households in the published order, here
      // and on the server, and the reviewer's comparison lines them up as the cadre sees them.
      const ids = sourceLines.map(() => uuidv7(now)).sort();
      const lines: PayoutLine[] = sourceLines.map((line, index) => ({
        ...line,
        id: ids[index] ?? uuidv7(now),
        version: 0,
        createdAt: now,
        updatedAt: now,
        batchId: header.id,
        villageCode: header.villageCode,
      }));
      // add, not put: fresh ids never overwrite a record already on the phone.
      await db.batches.add(header);
      await db.lines.bulkAdd(lines);
      return { result: header, mutations: [batchPut(header), ...lines.map(linePut)] };
    },
    now,
  );
}
