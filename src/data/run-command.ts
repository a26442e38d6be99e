// One local save = one IndexedDB read-write transaction that writes the record, takes
// the next mid and appends the outbox entry (SYNC.md "Client"). Either all of it is on
// disk or none of it: a crash, a full disk or a refused rule never leaves a record
// without its outbox entry (it would never sync) or an entry without its record.
import type { Table, Transaction } from 'dexie';
import { mutationArgsSchemas, type MutationName } from '../domain/mutations';
import type { AppDatabase } from './app-database';
import { CommandError, StorageError, toStorageError } from './storage-errors';
import type { OutboxEntry } from './outbox';

export interface QueuedMutation {
  name: MutationName;
  args: unknown;
  baseVersion: number;
  entityKey: string;
}

export interface CommandOutcome<T> {
  result: T;
  mutation: QueuedMutation;
}

/**
 * Run `build` (which writes the record through `db` or `tx`) and queue its mutation, all
 * in one transaction over `tables` plus `outbox` and `meta`.
 *
 * Offline: always works the same; nothing here needs the network. The entry waits in the
 * outbox until src/sync pushes it.
 *
 * `build` must only await Dexie calls: awaiting anything else (fetch, timers) would let
 * IndexedDB commit the transaction early.
 *
 * Throws StorageError ('invalid' for args the shared schema refuses, 'storage-full',
 * 'storage-failed', 'storage-blocked') or the CommandError `build` threw; in every case
 * nothing was written and the counter did not move.
 */
export async function runCommand<T>(
  db: AppDatabase,
  tables: (Table | string)[],
  build: (tx: Transaction) => Promise<CommandOutcome<T>>,
  now: number = Date.now(),
): Promise<T> {
  const names = new Set(tables.map((t) => (typeof t === 'string' ? t : t.name)));
  names.add('outbox');
  names.add('meta');
  try {
    return await db.transaction('rw', [...names], async (tx) => {
      // Every await below is a round trip to the browser's database process, and on a
      // cheap phone each costs milliseconds of the save the cadre waits for. So the counter
      // is read while `build` writes the record, and the counter and the entry are written
      // together: requests of one transaction still run in order, all or nothing.
      const counterRead = db.meta.get('nextMid');
      // Handled here too: if `build` throws, the aborted read must not be reported as an
      // unhandled rejection on top of the real error.
      counterRead.catch(() => undefined);
      const { result, mutation } = await build(tx);
      const parsed = mutationArgsSchemas[mutation.name].safeParse(mutation.args);
      if (!parsed.success) {
        // Throwing aborts the transaction, so the record `build` wrote is rolled back too.
        throw new StorageError('invalid', `${mutation.name}: ${parsed.error.message}`, {
          cause: parsed.error,
        });
      }
      const counter = await counterRead;
      const mid = typeof counter?.value === 'number' ? counter.value : 1;
      const entry: OutboxEntry = {
        mid,
        name: mutation.name,
        args: parsed.data,
        baseVersion: mutation.baseVersion,
        createdAt: now,
        entityKey: mutation.entityKey,
      };
      await Promise.all([db.meta.put({ key: 'nextMid', value: mid + 1 }), db.outbox.add(entry)]);
      return result;
    });
  } catch (e) {
    if (e instanceof CommandError) throw e;
    throw toStorageError(e);
  }
}
