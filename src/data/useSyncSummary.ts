// "N 条待同步 · 上次同步 10:42", shown on every screen. Every caller shares one live read
// (sync-summary-store.ts), so a save re-reads the summary once, not once per reader.
import { useCallback, useSyncExternalStore } from 'react';
import { getDatabase } from './database';
import {
  getSyncSummarySnapshot,
  LOADING_SYNC_SUMMARY,
  subscribeSyncSummary,
  type SyncSummary,
} from './sync-summary-store';

export type { SyncSummary } from './sync-summary-store';

const loadingOnServer = (): SyncSummary => LOADING_SYNC_SUMMARY;

export function useSyncSummary(): SyncSummary {
  // The database is an input: a test or a reset that swaps it reads the new one.
  const db = getDatabase();
  const subscribe = useCallback(
    (listener: () => void) => subscribeSyncSummary(db, listener),
    [db],
  );
  const getSnapshot = useCallback(() => getSyncSummarySnapshot(db), [db]);
  return useSyncExternalStore(subscribe, getSnapshot, loadingOnServer);
}
