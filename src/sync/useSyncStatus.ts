// Everything the sync indicator needs in one value: what sync is doing, why it stopped,
// how many saves wait ("N 条待同步") and when the server last confirmed everything
// ("上次同步 10:42"). The phase is a code the UI turns into words and a live region.
// Because the indicator is on every screen, it also tells the scheduler when the outbox
// grew (a save in this tab or another), which starts a sync 2 s later.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useSession } from '../data/session-store';
import { useSyncSummary } from '../data/useSyncSummary';
import { notifySaved } from './scheduler';
import {
  getSyncRuntimeStatus,
  subscribeSyncRuntimeStatus,
  type SyncErrorCode,
} from './sync-status-store';

export type SyncPhase = 'idle' | 'syncing' | 'offline' | 'error' | 'signed-out' | 'session-expired';

export interface SyncStatus {
  phase: SyncPhase;
  /** why the last round failed; set with 'offline' and 'error' */
  lastError?: SyncErrorCode;
  /** when the next automatic retry is due (epoch ms) */
  nextRetryAt?: number;
  pendingCount: number;
  /** epoch ms of the last round the server fully confirmed; null before the first */
  lastSyncAt: number | null;
  /** false until the local database answered: show nothing rather than a false "0" */
  isLoaded: boolean;
}

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

const isOnlineNow = () => navigator.onLine !== false;
const isOnlineOnServer = () => true;

export function useSyncStatus(): SyncStatus {
  const summary = useSyncSummary();
  const session = useSession();
  const runtime = useSyncExternalStore(
    subscribeSyncRuntimeStatus,
    getSyncRuntimeStatus,
    getSyncRuntimeStatus,
  );
  const isOnline = useSyncExternalStore(subscribeOnline, isOnlineNow, isOnlineOnServer);

  const previousCount = useRef<number | null>(null);
  useEffect(() => {
    if (!summary.isLoaded) return;
    const previous = previousCount.current;
    previousCount.current = summary.pendingCount;
    if (previous !== null && summary.pendingCount > previous) notifySaved();
  }, [summary.isLoaded, summary.pendingCount]);

  let phase: SyncPhase = runtime.phase;
  // Signing in again matters more than any network state: without it nothing syncs.
  if (session === null) phase = 'signed-out';
  else if (session?.state === 'expired') phase = 'session-expired';
  else if (runtime.phase !== 'syncing' && !isOnline) phase = 'offline';

  const status: SyncStatus = {
    phase,
    pendingCount: summary.pendingCount,
    lastSyncAt: summary.lastSyncAt,
    isLoaded: summary.isLoaded && session !== undefined,
  };
  if (phase === 'offline' || phase === 'error') {
    if (runtime.lastError) status.lastError = runtime.lastError;
    else if (!isOnline) status.lastError = 'offline';
    if (runtime.nextRetryAt !== undefined) status.nextRetryAt = runtime.nextRetryAt;
  }
  return status;
}
