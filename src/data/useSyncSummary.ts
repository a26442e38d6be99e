// "N 条待同步 · 上次同步 10:42", shown on every screen.
import { getMeta } from './meta';
import { useDbQuery } from './useDbQuery';

export interface SyncSummary {
  pendingCount: number;
  lastSyncAt: number | null;
  /** false until the first read finished: show nothing rather than a false "0" */
  isLoaded: boolean;
}

const LOADING: SyncSummary = { pendingCount: 0, lastSyncAt: null, isLoaded: false };

export function useSyncSummary(): SyncSummary {
  return useDbQuery(
    async (db): Promise<SyncSummary> => ({
      pendingCount: await db.outbox.count(),
      lastSyncAt: (await getMeta(db, 'lastSyncAt')) ?? null,
      isLoaded: true,
    }),
    [],
    LOADING,
  );
}
