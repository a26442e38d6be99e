// Writes to payout batch headers (DOMAIN.md §3). Each command is one local transaction
// that changes the batch and queues its mutation; the server re-checks every rule.
// Lines have their own commands; review steps (submit, return …) are not here.
import {
  CommandError,
  entityKeyOf,
  runCommand,
  type AppDatabase,
  type QueuedMutation,
} from '../../data';
import type { MutationArgs } from '../../domain/mutations';
import type { PayoutBatch } from '../../domain/payout';
import { isEditable } from '../../domain/review';
import { uuidv7 } from '../../domain/uuid';

export interface NewBatchInput {
  villageCode: string;
  year: number;
  item: string;
  unit: string;
  rateText: string;
  basis: string;
  department: string;
  publisher: string;
  hotline: string;
  /** YYYY-MM-DD */
  paidOn: string | null;
}

/** Editable header fields. The village is fixed once created: the lines carry it too. */
export type BatchDraftPatch = Partial<Omit<NewBatchInput, 'villageCode'>>;

const PATCHABLE_FIELDS = [
  'year',
  'item',
  'unit',
  'rateText',
  'basis',
  'department',
  'publisher',
  'hotline',
  'paidOn',
] as const satisfies readonly (keyof BatchDraftPatch)[];

function putMutation(batch: PayoutBatch): QueuedMutation {
  const { version: _version, createdAt: _createdAt, updatedAt: _updatedAt, ...args } = batch;
  const typedArgs: MutationArgs<'batch.put'> = args;
  return {
    name: 'batch.put',
    args: typedArgs,
    baseVersion: batch.version,
    entityKey: entityKeyOf('batches', batch.id),
  };
}

async function getEditableBatch(db: AppDatabase, id: string): Promise<PayoutBatch> {
  const batch = await db.batches.get(id);
  if (!batch) throw new CommandError('not-found');
  // Submitted, checked or published batches are under review or locked (先审后发):
  // changing them here would show the cadre an edit the server will refuse.
  if (!isEditable(batch.state)) throw new CommandError('locked');
  return batch;
}

/**
 * Create a draft batch header on this device.
 * Offline: works the same; the draft is 仅本机 until a sync confirms it.
 */
export function createBatchDraft(
  db: AppDatabase,
  input: NewBatchInput,
  authorId: string,
  now: number = Date.now(),
): Promise<PayoutBatch> {
  const batch: PayoutBatch = {
    id: uuidv7(now),
    version: 0,
    createdAt: now,
    updatedAt: now,
    villageCode: input.villageCode,
    year: input.year,
    item: input.item,
    basis: input.basis,
    rateText: input.rateText,
    unit: input.unit,
    department: input.department,
    paidOn: input.paidOn,
    publisher: input.publisher,
    hotline: input.hotline,
    state: 'draft',
    authorId,
    submittedAt: null,
    returnedReason: null,
    correctsId: null,
  };
  return runCommand(
    db,
    [db.batches],
    async () => {
      // add, not put: a fresh UUIDv7 never overwrites an existing record.
      await db.batches.add(batch);
      return { result: batch, mutation: putMutation(batch) };
    },
    now,
  );
}

/**
 * Change fields of a draft header. Refuses with CommandError 'locked' unless the batch
 * is a draft, 'not-found' if it does not exist here.
 * Offline: works the same; the change waits in the outbox (待同步).
 */
export function updateBatchDraft(
  db: AppDatabase,
  id: string,
  patch: BatchDraftPatch,
  now: number = Date.now(),
): Promise<PayoutBatch> {
  return runCommand(
    db,
    [db.batches],
    async () => {
      const current = await getEditableBatch(db, id);
      const updated: PayoutBatch = { ...current, updatedAt: now };
      // Copy only header fields that were given: a whole form object passed as a patch
      // must not move the batch to another village or reset its review fields.
      for (const field of PATCHABLE_FIELDS) {
        const value = patch[field];
        if (value !== undefined) Object.assign(updated, { [field]: value });
      }
      await db.batches.put(updated);
      // baseVersion is the server version this edit started from.
      return {
        result: updated,
        mutation: { ...putMutation(updated), baseVersion: current.version },
      };
    },
    now,
  );
}

/**
 * Delete a draft batch and its lines from this device and queue 'batch.delete'.
 * Entries already queued for it stay in the outbox: mids must reach the server without gaps.
 * Offline: works the same; the server deletes its copy when the entry arrives.
 */
export function deleteBatchDraft(
  db: AppDatabase,
  id: string,
  now: number = Date.now(),
): Promise<void> {
  return runCommand(
    db,
    [db.batches, db.lines],
    async () => {
      const current = await getEditableBatch(db, id);
      await db.lines.where('batchId').equals(id).delete();
      await db.batches.delete(id);
      return {
        result: undefined,
        mutation: {
          name: 'batch.delete',
          args: { id },
          baseVersion: current.version,
          entityKey: entityKeyOf('batches', id),
        },
      };
    },
    now,
  );
}
