// When to sync: at start, when the network comes back, when the page is shown again,
// 2 s after a save, every 60 s while open, and after a failure with growing, jittered
// waits (backoff.ts). While nobody is signed in (or the sign-in expired) it waits for a
// sign-in instead: a round could only answer "signed out" again, and a phone left on the
// sign-in page would otherwise wake up after every save and every minute for nothing.
// Only one tab syncs at a time through navigator.locks; other tabs keep writing to
// IndexedDB and see the results through live queries. It does not know how to sync
// (sync-engine.ts) nor what to show (useSyncStatus.ts).
import { StorageError, toStorageError } from '../data/storage-errors';
import { isApiError } from './api-client';
import { backoffDelayMs } from './backoff';
import type { SyncOutcome } from './sync-engine';
import { publishSyncRuntimeStatus, type SyncErrorCode } from './sync-status-store';

export const SYNC_LOCK_NAME = 'cunwu-sync';
export const SYNC_INTERVAL_MS = 60_000;
export const SAVE_DELAY_MS = 2_000;

export interface SyncRunner {
  syncOnce(): Promise<SyncOutcome>;
  /**
   * Tells the listener whether someone is signed in on this device, now and after every
   * change (in any tab); returns a function that stops listening. Without it the scheduler
   * learns of a sign-out from a round's outcome and of a sign-in from requestSync().
   */
  watchSignIn?(listener: (isSignedIn: boolean) => void): () => void;
}

type LockRequest = (
  name: string,
  options: { ifAvailable: true },
  callback: (lock: unknown) => Promise<unknown>,
) => Promise<unknown>;

interface EventSource {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

export interface SchedulerOptions {
  intervalMs?: number;
  saveDelayMs?: number;
  random?: () => number;
  now?: () => number;
  /** navigator.locks; null runs without a lock (browsers before 2022, tests) */
  locks?: { request: LockRequest } | null;
  /** source of 'online' (window) */
  windowTarget?: EventSource | null;
  /** source of 'visibilitychange' (document) */
  documentTarget?: (EventSource & { visibilityState?: string }) | null;
  /** optional feed of the outbox size: a growth means a save, and a sync follows */
  subscribePendingCount?: (listener: (count: number) => void) => () => void;
}

interface RunningScheduler {
  onSaved(): void;
  runSoon(): void;
}

const running = new Set<RunningScheduler>();

/** Call after a local save: a sync follows in 2 s (later saves within that wait join it). */
export function notifySaved(): void {
  for (const scheduler of running) scheduler.onSaved();
}

/** Sync as soon as possible, ignoring any backoff (after sign-in, a "sync now" button). */
export function requestSync(): void {
  for (const scheduler of running) scheduler.runSoon();
}

const BUSY = Symbol('busy');

function errorCodeOf(error: unknown): SyncErrorCode {
  if (isApiError(error)) return error.code;
  if (error instanceof StorageError) return error.code;
  // A full disk reaches us from Dexie as an AbortError wrapping QuotaExceededError; the
  // user must hear that plainly (their queue is intact), not "something went wrong".
  const code = toStorageError(error).code;
  return code === 'storage-full' || code === 'storage-blocked' ? code : 'unknown';
}

function defaultLocks(): { request: LockRequest } | null {
  const locks = (globalThis.navigator as { locks?: { request: LockRequest } } | undefined)?.locks;
  return locks && typeof locks.request === 'function' ? locks : null;
}

/** Starts the sync loop for this tab; returns a function that stops it. */
export function startSync(engine: SyncRunner, options: SchedulerOptions = {}): () => void {
  const intervalMs = options.intervalMs ?? SYNC_INTERVAL_MS;
  const saveDelayMs = options.saveDelayMs ?? SAVE_DELAY_MS;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const locks = options.locks === undefined ? defaultLocks() : options.locks;
  const windowTarget =
    options.windowTarget === undefined ? (globalThis.window ?? null) : options.windowTarget;
  const documentTarget =
    options.documentTarget === undefined ? (globalThis.document ?? null) : options.documentTarget;

  let isStopped = false;
  let isWaitingForSignIn = false;
  /** counts runSoon() calls, so a sign-in during a "signed out" round is not lost */
  let wakeCount = 0;
  let isRunning = false;
  let hasRerunRequest = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = Infinity;

  function cancelTimer(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    dueAt = Infinity;
  }

  /** Keeps one timer: the earliest requested run wins. Nothing runs while signed out. */
  function schedule(delayMs: number): void {
    if (isStopped || isWaitingForSignIn) return;
    if (delayMs <= 0) {
      // "Now" replaces any pending wait (a backoff, a save delay): run() itself
      // coalesces with a round already under way.
      cancelTimer();
      void Promise.resolve().then(run);
      return;
    }
    const at = now() + delayMs;
    if (timer !== undefined && at >= dueAt) return;
    if (timer !== undefined) clearTimeout(timer);
    dueAt = at;
    timer = setTimeout(() => {
      timer = undefined;
      dueAt = Infinity;
      void run();
    }, delayMs);
  }

  async function syncWithLock(): Promise<SyncOutcome | typeof BUSY> {
    const body = async (): Promise<SyncOutcome> => {
      publishSyncRuntimeStatus({ phase: 'syncing' });
      return engine.syncOnce();
    };
    if (!locks) return body();
    const result = await locks.request(SYNC_LOCK_NAME, { ifAvailable: true }, async (lock) =>
      lock ? body() : BUSY,
    );
    return result as SyncOutcome | typeof BUSY;
  }

  async function run(): Promise<void> {
    if (isStopped) return;
    if (isRunning) {
      // A save landed while pushing: its mutation may have missed this round.
      hasRerunRequest = true;
      return;
    }
    isRunning = true;
    let isSuccess = false;
    const wakeCountAtStart = wakeCount;
    try {
      const outcome = await syncWithLock();
      // BUSY: another tab holds the lock and is syncing; the next trigger tries again.
      if (outcome !== BUSY) {
        failures = 0;
        isSuccess = true;
        publishSyncRuntimeStatus({ phase: 'idle' });
        const isSignedOut = outcome.status === 'signed-out' || outcome.status === 'session-expired';
        if (isSignedOut && wakeCount === wakeCountAtStart) waitForSignIn();
      }
    } catch (error) {
      failures += 1;
      const code = errorCodeOf(error);
      const delayMs = backoffDelayMs(failures, random);
      if (!isStopped) {
        publishSyncRuntimeStatus({
          phase: code === 'offline' || code === 'timeout' ? 'offline' : 'error',
          lastError: code,
          nextRetryAt: now() + delayMs,
        });
      }
      schedule(delayMs);
    } finally {
      isRunning = false;
      if (hasRerunRequest) {
        hasRerunRequest = false;
        if (isSuccess) schedule(saveDelayMs);
      }
    }
  }

  function waitForSignIn(): void {
    isWaitingForSignIn = true;
    cancelTimer();
  }

  const self: RunningScheduler = {
    onSaved() {
      // While backing off, the pending retry stands: a phone without signal would
      // otherwise retry after every keystroke-triggered save.
      if (isRunning) hasRerunRequest = true;
      else if (failures === 0) schedule(saveDelayMs);
    },
    runSoon() {
      // A sign-in asks for this; so may a person's "sync now", signed in or not.
      wakeCount += 1;
      isWaitingForSignIn = false;
      schedule(0);
    },
  };

  const onOnline = () => schedule(0);
  const onVisibility = () => {
    if (
      !documentTarget ||
      documentTarget.visibilityState === undefined ||
      documentTarget.visibilityState === 'visible'
    )
      schedule(0);
  };
  windowTarget?.addEventListener('online', onOnline);
  documentTarget?.addEventListener('visibilitychange', onVisibility);
  const interval = setInterval(() => {
    if (failures === 0) schedule(0);
  }, intervalMs);

  let lastCount: number | undefined;
  const unsubscribeCount = options.subscribePendingCount?.((count) => {
    if (lastCount !== undefined && count > lastCount) self.onSaved();
    lastCount = count;
  });

  const stopWatchingSignIn = engine.watchSignIn?.((isSignedIn) => {
    if (!isSignedIn) waitForSignIn();
    else if (isWaitingForSignIn) self.runSoon();
  });

  running.add(self);
  schedule(0);

  return () => {
    isStopped = true;
    running.delete(self);
    if (timer !== undefined) clearTimeout(timer);
    clearInterval(interval);
    windowTarget?.removeEventListener('online', onOnline);
    documentTarget?.removeEventListener('visibilitychange', onVisibility);
    unsubscribeCount?.();
    stopWatchingSignIn?.();
  };
}
