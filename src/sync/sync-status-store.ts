// What the sync loop is doing right now (syncing, offline, failed with which code), kept
// in memory for useSyncStatus. Durable facts (pending count, last sync time, session)
// live in IndexedDB and are read from src/data; this store only holds the live phase.
// Every tab shows the phase of whichever tab holds the sync lock, through a
// BroadcastChannel, so a second open tab does not claim "idle" while the first syncs.
import type { StorageErrorCode } from '../data/storage-errors';
import type { ApiErrorCode } from './api-client';

/** Server and network codes (api-client.ts), local storage codes (src/data), or 'unknown'. */
export type SyncErrorCode = ApiErrorCode | StorageErrorCode | 'unknown';
export type RuntimePhase = 'idle' | 'syncing' | 'offline' | 'error';

export interface SyncRuntimeStatus {
  phase: RuntimePhase;
  lastError?: SyncErrorCode;
  /** when the next retry after a failure is due (epoch ms), for "retrying in …" */
  nextRetryAt?: number;
}

const CHANNEL_NAME = 'cunwu-sync-status';
const IDLE: SyncRuntimeStatus = { phase: 'idle' };

let current: SyncRuntimeStatus = IDLE;
const listeners = new Set<() => void>();
let channel: BroadcastChannel | null | undefined;

function getChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
    // Node (tests, server-side tools) would otherwise keep the process alive for it.
    (channel as { unref?: () => void } | null)?.unref?.();
    channel?.addEventListener('message', (event: MessageEvent<SyncRuntimeStatus>) => {
      if (event.data && typeof event.data.phase === 'string') setLocal(event.data);
    });
  }
  return channel;
}

function setLocal(next: SyncRuntimeStatus): void {
  current = next;
  for (const listener of listeners) listener();
}

export function getSyncRuntimeStatus(): SyncRuntimeStatus {
  return current;
}

export function publishSyncRuntimeStatus(next: SyncRuntimeStatus): void {
  setLocal(next);
  getChannel()?.postMessage(next);
}

export function subscribeSyncRuntimeStatus(listener: () => void): () => void {
  getChannel();
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Tests only: forget the phase of a previous test. */
export function resetSyncRuntimeStatus(): void {
  setLocal(IDLE);
}
