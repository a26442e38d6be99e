// Typed key/value settings of one local database: its identity (clientId), the mutation
// counter (nextMid), sync progress (pullCookie, lastSyncAt), the draft author id used
// until sign-in exists, and the outcome of the persistent-storage request.
import type { PullCookie } from '../sync/protocol';
import { uuidv7 } from '../domain/uuid';
import type { AppDatabase } from './app-database';

export type PersistenceStatus = 'persisted' | 'not-persisted' | 'unsupported';

/** What the browser answered when asked to keep our data, and when we asked. */
export interface PersistenceRecord {
  status: PersistenceStatus;
  askedAt: number;
}

export interface MetaValues {
  /** UUIDv7, one per local database; a recreated database is a new client */
  clientId: string;
  /** the mid the next queued mutation gets; starts at 1, never reused */
  nextMid: number;
  pullCookie: PullCookie | null;
  /** ms since the epoch of the last completed sync, null before the first */
  lastSyncAt: number | null;
  /** UUIDv7 used as authorId of drafts until accounts exist */
  localActorId: string;
  /** null until persistent storage was requested */
  persistence: PersistenceRecord | null;
}

export type MetaKey = keyof MetaValues;

export type MetaRow = { [K in MetaKey]: { key: K; value: MetaValues[K] } }[MetaKey];

/** Read one setting; undefined only if it was never written (the database seeds all keys). */
export async function getMeta<K extends MetaKey>(
  db: AppDatabase,
  key: K,
): Promise<MetaValues[K] | undefined> {
  const row = await db.meta.get(key);
  return row?.value as MetaValues[K] | undefined;
}

export async function setMeta<K extends MetaKey>(
  db: AppDatabase,
  key: K,
  value: MetaValues[K],
): Promise<void> {
  await db.meta.put({ key, value } as MetaRow);
}

/**
 * Read an id-valued setting, creating it if missing. The read and the write share one
 * transaction so two tabs starting at once cannot end up with different ids.
 */
async function getOrCreateId(db: AppDatabase, key: 'clientId' | 'localActorId'): Promise<string> {
  const existing = await getMeta(db, key);
  if (existing) return existing;
  return db.transaction('rw', db.meta, async () => {
    const again = await getMeta(db, key);
    if (again) return again;
    const id = uuidv7();
    await setMeta(db, key, id);
    return id;
  });
}

/** This database's client id, sent with every push and pull. */
export function getClientId(db: AppDatabase): Promise<string> {
  return getOrCreateId(db, 'clientId');
}

/** The author id for drafts made on this device before sign-in exists. */
export function getLocalActorId(db: AppDatabase): Promise<string> {
  return getOrCreateId(db, 'localActorId');
}
