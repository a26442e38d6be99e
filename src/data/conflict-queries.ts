// Changes the server refused (SYNC.md: "mark it rejected … and create a conflict item
// the author and reviewer can see"). They arrive through pull into `conflicts`; the
// device never invents them. Listed newest first so the latest refusal is on top.
import type { ConflictItem } from '../sync/protocol';
import type { AppDatabase } from './app-database';
import { useDbQuery } from './useDbQuery';

export async function listConflicts(db: AppDatabase): Promise<ConflictItem[]> {
  const rows = await db.conflicts.toArray();
  // UUIDv7 ids sort by creation time, so they break ties between refusals of one push.
  return rows.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** Conflicts visible on this device, newest first; undefined while loading. */
export function useConflicts(): ConflictItem[] | undefined {
  return useDbQuery((db) => listConflicts(db), []);
}
