// Writes to the lines of a payout batch (DOMAIN.md §3): add, edit and delete one household's
// row while its batch is a draft. Each command is one local transaction over the line and
// the outbox; the server re-checks the author, the lock and the amount rule.
// The pinyin of the name is computed here, when the line is saved, so search (and the
// kiosk) never needs the dictionary. That dictionary is why this module is loaded lazily
// (lazy-line-commands.ts): it must not weigh on the screens that only read.
import {
  CommandError,
  entityKeyOf,
  runCommand,
  type AppDatabase,
  type QueuedMutation,
} from '../../data';
import type { MutationArgs } from '../../domain/mutations';
import type { PayoutBatch, PayoutLine } from '../../domain/payout';
import { namePinyin } from '../../domain/pinyin';
import { isEditable } from '../../domain/review';
import { uuidv7 } from '../../domain/uuid';

/** What the cadre enters for one line; the batch gives the village, the name its pinyin. */
export interface LineInput {
  group: string;
  name: string;
  idNumber: string;
  account: string;
  quantityCenti: number;
  unit: string;
  rateFen: number;
  amountFen: number;
  paidOn: string | null;
  remark: string;
  adjusted: boolean;
  adjustReason: string;
}

function putMutation(line: PayoutLine, baseVersion: number): QueuedMutation {
  const { version: _version, createdAt: _createdAt, updatedAt: _updatedAt, ...args } = line;
  const typedArgs: MutationArgs<'line.put'> = args;
  return {
    name: 'line.put',
    args: typedArgs,
    baseVersion,
    entityKey: entityKeyOf('lines', line.id),
  };
}

async function getEditableBatch(db: AppDatabase, batchId: string): Promise<PayoutBatch> {
  const batch = await db.batches.get(batchId);
  if (!batch) throw new CommandError('not-found');
  // Lines share their batch's lock: once submitted, the reviewers judge exactly these rows.
  if (!isEditable(batch.state)) throw new CommandError('locked');
  return batch;
}

function cleanInput(input: LineInput): LineInput {
  return {
    ...input,
    group: input.group.trim(),
    name: input.name.trim(),
    remark: input.remark.trim(),
    // A reason only means something on an adjusted line; a stale one would be published.
    adjustReason: input.adjusted ? input.adjustReason.trim() : '',
  };
}

/**
 * Add a line to a draft batch. Refuses with CommandError 'locked' unless the batch is a
 * draft, 'not-found' if the batch is not on this device.
 * Offline: works the same; the line is 仅本机 until a sync confirms it.
 */
export function createLine(
  db: AppDatabase,
  batchId: string,
  input: LineInput,
  now: number = Date.now(),
): Promise<PayoutLine> {
  const clean = cleanInput(input);
  // Computed before the transaction: only Dexie calls may be awaited inside it.
  const pinyin = namePinyin(clean.name);
  return runCommand(
    db,
    [db.batches, db.lines],
    async () => {
      const batch = await getEditableBatch(db, batchId);
      const line: PayoutLine = {
        id: uuidv7(now),
        version: 0,
        createdAt: now,
        updatedAt: now,
        batchId,
        villageCode: batch.villageCode,
        ...clean,
        namePinyin: pinyin,
      };
      await db.lines.add(line);
      return { result: line, mutation: putMutation(line, 0) };
    },
    now,
  );
}

/**
 * Replace the cadre's fields of a line of a draft batch; the pinyin follows the name.
 * Refuses with 'locked' unless the batch is a draft, 'not-found' if the line is gone.
 * Offline: works the same; the change waits in the outbox (待同步).
 */
export function updateLine(
  db: AppDatabase,
  id: string,
  input: LineInput,
  now: number = Date.now(),
): Promise<PayoutLine> {
  const clean = cleanInput(input);
  const pinyin = namePinyin(clean.name);
  return runCommand(
    db,
    [db.batches, db.lines],
    async () => {
      const current = await db.lines.get(id);
      if (!current) throw new CommandError('not-found');
      await getEditableBatch(db, current.batchId);
      const updated: PayoutLine = { ...current, ...clean, namePinyin: pinyin, updatedAt: now };
      await db.lines.put(updated);
      // baseVersion is the server version this edit started from.
      return { result: updated, mutation: putMutation(updated, current.version) };
    },
    now,
  );
}

/**
 * Delete a line of a draft batch from this device and queue 'line.delete'.
 * Offline: works the same; the server deletes its copy when the entry arrives.
 */
export function deleteLine(db: AppDatabase, id: string, now: number = Date.now()): Promise<void> {
  return runCommand(
    db,
    [db.batches, db.lines],
    async () => {
      const current = await db.lines.get(id);
      if (!current) throw new CommandError('not-found');
      await getEditableBatch(db, current.batchId);
      await db.lines.delete(id);
      return {
        result: undefined,
        mutation: {
          name: 'line.delete',
          args: { id, batchId: current.batchId },
          baseVersion: current.version,
          entityKey: entityKeyOf('lines', id),
        },
      };
    },
    now,
  );
}
