// The outbox: every local save queues one entry here, in the same transaction as the
// record, numbered by `mid`. An entry leaves only after a pull has shown the server's
// result for it (src/sync decides when), so nothing saved on the phone is lost.
import type { MutationName } from '../domain/mutations';
import type { SyncedTable } from '../sync/protocol';
import type { AppDatabase } from './app-database';

export interface OutboxEntry {
  /** 1, 2, 3 … per clientId, without gaps: the server applies them strictly in order */
  mid: number;
  name: MutationName;
  args: unknown;
  /** server version the edit was based on; 0 for a record the server has never seen */
  baseVersion: number;
  createdAt: number;
  /** which local record the entry changes, `<table>:<key>`, e.g. `batches:0190…` */
  entityKey: string;
}

export function entityKeyOf(table: SyncedTable, key: string): string {
  return `${table}:${key}`;
}

export function parseEntityKey(entityKey: string): { table: string; key: string } {
  const at = entityKey.indexOf(':');
  return at < 0
    ? { table: entityKey, key: '' }
    : { table: entityKey.slice(0, at), key: entityKey.slice(at + 1) };
}

/** All queued entries in the order the server must receive them. */
export function listOutbox(db: AppDatabase): Promise<OutboxEntry[]> {
  return db.outbox.orderBy('mid').toArray();
}

export function countOutbox(db: AppDatabase): Promise<number> {
  return db.outbox.count();
}

/** Records with queued changes, so lists can mark them 待同步. */
export async function pendingEntityKeys(db: AppDatabase): Promise<Set<string>> {
  const keys = await db.outbox.orderBy('entityKey').uniqueKeys();
  return new Set(keys.map(String));
}
