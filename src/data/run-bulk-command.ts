// Many records and their outbox entries in ONE IndexedDB transaction: an import of a
// few thousand payout lines is saved entirely or not at all, like a single save
// (run-command.ts), so a crash halfway never leaves half a spreadsheet on the phone or
// lines that would never sync. Mids are taken as one consecutive block.
import type { Table, Transaction } from 'dexie';
import { mutationArgsSchemas } from '../domain/mutations';
import type { AppDatabase } from './app-database';
import type { OutboxEntry } from './outbox';
import type { QueuedMutation } from './run-command';
import { CommandError, StorageError, toStorageError } from './storage-errors';

export interface BulkCommandOutcome<T> {
  result: T;
  /** in the order the server must apply them */
  mutations: QueuedMutation[];
}

/**
 * Run `build` (which writes the records, preferably with bulkAdd/bulkPut) and queue all
 * its mutations, in one transaction over `tables` plus `outbox` and `meta`.
 *
 * Offline: works the same; the entries wait in the outbox until src/sync pushes them.
 * `build` must only await Dexie calls. Throws like runCommand; nothing is written then.
 */
export async function runBulkCommand<T>(
  db: AppDatabase,
  tables: (Table | string)[],
  build: (tx: Transaction) => Promise<BulkCommandOutcome<T>>,
  now: number = Date.now(),
): Promise<T> {
  const names = new Set(tables.map((t) => (typeof t === 'string' ? t : t.name)));
  names.add('outbox');
  names.add('meta');
  try {
    return await db.transaction('rw', [...names], async (tx) => {
      const counterRead = db.meta.get('nextMid');
      counterRead.catch(() => undefined);
      const { result, mutations } = await build(tx);
      const counter = await counterRead;
      const firstMid = typeof counter?.value === 'number' ? counter.value : 1;
      const entries: OutboxEntry[] = mutations.map((mutation, index) => {
        const parsed = mutationArgsSchemas[mutation.name].safeParse(mutation.args);
        if (!parsed.success) {
          // Throwing aborts the transaction: the records `build` wrote are rolled back.
          throw new StorageError('invalid', `${mutation.name}: ${parsed.error.message}`, {
            cause: parsed.error,
          });
        }
        return {
          mid: firstMid + index,
          name: mutation.name,
          args: parsed.data,
          baseVersion: mutation.baseVersion,
          createdAt: now,
          entityKey: mutation.entityKey,
        };
      });
      if (entries.length > 0) {
        await Promise.all([
          db.meta.put({ key: 'nextMid', value: firstMid + entries.length }),
          db.outbox.bulkAdd(entries),
        ]);
      }
      return result;
    });
  } catch (e) {
    if (e instanceof CommandError) throw e;
    throw toStorageError(e);
  }
}
