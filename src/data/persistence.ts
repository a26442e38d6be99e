// Persistent storage: without it the browser may evict IndexedDB under storage pressure,
// taking unsynced records with it. Ask once after the first saved record, from the click
// that saved it (browsers grant more readily inside a user gesture), and keep the answer
// so the app can show it and not ask again.
import type { AppDatabase } from './app-database';
import { getDatabase } from './database';
import { setMeta, type PersistenceStatus } from './meta';

export type { PersistenceStatus } from './meta';

function storageManager(): StorageManager | null {
  if (typeof navigator === 'undefined') return null;
  const storage = navigator.storage as StorageManager | undefined;
  return storage && typeof storage.persisted === 'function' ? storage : null;
}

/** Whether the browser currently promises to keep our data; never prompts. */
export async function getPersistenceStatus(): Promise<PersistenceStatus> {
  const storage = storageManager();
  if (!storage) return 'unsupported';
  try {
    return (await storage.persisted()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'unsupported';
  }
}

/**
 * Ask the browser to keep our data (navigator.storage.persist()) and store the answer in
 * meta `persistence`. Call from the user gesture that saved the first record.
 */
export async function requestPersistentStorage(
  db: AppDatabase = getDatabase(),
  now: number = Date.now(),
): Promise<PersistenceStatus> {
  const storage = storageManager();
  let status: PersistenceStatus = 'unsupported';
  if (storage && typeof storage.persist === 'function') {
    try {
      status = (await storage.persist()) ? 'persisted' : 'not-persisted';
    } catch {
      status = 'not-persisted';
    }
  }
  await setMeta(db, 'persistence', { status, askedAt: now });
  return status;
}
