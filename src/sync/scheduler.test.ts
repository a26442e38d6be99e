import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-client';
import { notifySaved, requestSync, startSync, type SchedulerOptions } from './scheduler';
import type { SyncOutcome } from './sync-engine';
import { getSyncRuntimeStatus, resetSyncRuntimeStatus } from './sync-status-store';

class FakeDocument extends EventTarget {
  visibilityState = 'visible';
}

function setup(
  script: (call: number) => Promise<SyncOutcome> = async () => SYNCED,
  options: SchedulerOptions = {},
) {
  const windowTarget = new EventTarget();
  const documentTarget = new FakeDocument();
  let calls = 0;
  const engine = {
    syncOnce: vi.fn(() => script(++calls)),
  };
  const stop = startSync(engine, {
    windowTarget,
    documentTarget,
    locks: null,
    random: () => 0.5,
    ...options,
  });
  return { engine, stop, windowTarget, documentTarget };
}

const offline = () => Promise.reject(new ApiError(0, 'offline'));
const SYNCED: SyncOutcome = { status: 'synced', pushed: 0, pulled: 0, rejected: 0 };

beforeEach(() => {
  vi.useFakeTimers();
  resetSyncRuntimeStatus();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('startSync triggers', () => {
  it('syncs when the app starts and then every minute while open', async () => {
    const { engine, stop } = setup();
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.syncOnce).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(engine.syncOnce).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(engine.syncOnce).toHaveBeenCalledTimes(4);
    stop();
  });

  it('syncs 2 s after a save, and saves within that wait share one sync', async () => {
    const { engine, stop } = setup();
    await vi.advanceTimersByTimeAsync(0);
    notifySaved();
    await vi.advanceTimersByTimeAsync(1_000);
    notifySaved();
    await vi.advanceTimersByTimeAsync(999);
    expect(engine.syncOnce).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(engine.syncOnce).toHaveBeenCalledTimes(2);
    stop();
  });

  it('treats a growing outbox count as a save', async () => {
    let emit: (count: number) => void = () => {};
    const { engine, stop } = setup(undefined, {
      subscribePendingCount: (listener) => {
        emit = listener;
        return () => {};
      },
    });
    await vi.advanceTimersByTimeAsync(0);
    emit(0);
    emit(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(engine.syncOnce).toHaveBeenCalledTimes(2);
    emit(0); // the sync emptied the outbox: nothing to do
    await vi.advanceTimersByTimeAsync(2_000);
    expect(engine.syncOnce).toHaveBeenCalledTimes(2);
    stop();
  });

  it('syncs at once when the network returns or the page is shown again', async () => {
    const { engine, stop, windowTarget, documentTarget } = setup();
    await vi.advanceTimersByTimeAsync(0);
    windowTarget.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.syncOnce).toHaveBeenCalledTimes(2);
    documentTarget.visibilityState = 'hidden';
    documentTarget.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.syncOnce).toHaveBeenCalledTimes(2);
    documentTarget.visibilityState = 'visible';
    documentTarget.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.syncOnce).toHaveBeenCalledTimes(3);
    stop();
  });

  it('a save during a sync gets its own sync afterwards', async () => {
    let release: () => void = () => {};
    const { engine, stop } = setup((call) =>
      call === 1
        ? new Promise((resolve) => (release = () => resolve(SYNCED)))
        : Promise.resolve(SYNCED),
    );
    await vi.advanceTimersByTimeAsync(0);
    notifySaved();
    release();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(engine.syncOnce).toHaveBeenCalledTimes(2);
    stop();
  });

  it('stops completely when stopped', async () => {
    const { engine, stop, windowTarget } = setup();
    await vi.advanceTimersByTimeAsync(0);
    stop();
    notifySaved();
    requestSync();
    windowTarget.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(engine.syncOnce).toHaveBeenCalledTimes(1);
  });
});

describe('startSync after failures', () => {
  it('backs off exponentially with jitter and resets after a success', async () => {
    // random 0.5: waits of 0.5 s, 1 s, 2 s, then success, then a fresh 0.5 s.
    const { engine, stop } = setup(
      (call) => (call <= 4 || call === 6 ? offline() : Promise.resolve(SYNCED)),
      {
        intervalMs: 3_600_000,
      },
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.syncOnce).toHaveBeenCalledTimes(1);
    expect(getSyncRuntimeStatus()).toMatchObject({ phase: 'offline', lastError: 'offline' });
    await vi.advanceTimersByTimeAsync(500);
    expect(engine.syncOnce).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(engine.syncOnce).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(engine.syncOnce).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(engine.syncOnce).toHaveBeenCalledTimes(4);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(engine.syncOnce).toHaveBeenCalledTimes(5);
    expect(getSyncRuntimeStatus().phase).toBe('idle');
    requestSync();
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.syncOnce).toHaveBeenCalledTimes(6);
    await vi.advanceTimersByTimeAsync(500);
    expect(engine.syncOnce).toHaveBeenCalledTimes(7);
    stop();
  });

  it('does not retry on every save while backing off, but does when the network returns', async () => {
    const { engine, stop, windowTarget } = setup(() => offline(), { random: () => 0.99 });
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(990); // second failure: next wait up to 2 s
    expect(engine.syncOnce).toHaveBeenCalledTimes(2);
    notifySaved();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(engine.syncOnce).toHaveBeenCalledTimes(2);
    windowTarget.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.syncOnce).toHaveBeenCalledTimes(3);
    stop();
  });

  it('shows the server error code, not "offline", when the server refuses', async () => {
    const { stop } = setup(() => Promise.reject(new ApiError(403, 'client-mismatch')));
    await vi.advanceTimersByTimeAsync(0);
    expect(getSyncRuntimeStatus()).toMatchObject({ phase: 'error', lastError: 'client-mismatch' });
    stop();
  });

  it('reports a full disk as storage-full', async () => {
    const full = Object.assign(new Error('aborted'), {
      name: 'AbortError',
      inner: { name: 'QuotaExceededError' },
    });
    const { stop } = setup(() => Promise.reject(full));
    await vi.advanceTimersByTimeAsync(0);
    expect(getSyncRuntimeStatus()).toMatchObject({ phase: 'error', lastError: 'storage-full' });
    stop();
  });

  it('reports a bug as unknown rather than blaming the disk', async () => {
    const { stop } = setup(() => Promise.reject(new TypeError('x is undefined')));
    await vi.advanceTimersByTimeAsync(0);
    expect(getSyncRuntimeStatus()).toMatchObject({ phase: 'error', lastError: 'unknown' });
    stop();
  });

  it('waits for a new sign-in instead of retrying when the session expired', async () => {
    const { engine, stop } = setup(async () => ({ status: 'session-expired' }), {
      intervalMs: 3_600_000,
    });
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(engine.syncOnce).toHaveBeenCalledTimes(1);
    requestSync(); // what signIn does
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.syncOnce).toHaveBeenCalledTimes(2);
    stop();
  });
});

describe('startSync across tabs', () => {
  it('skips the round while another tab holds the sync lock', async () => {
    const held = new Set<string>();
    const locks = {
      request: async (
        name: string,
        _options: { ifAvailable: true },
        callback: (lock: unknown) => Promise<unknown>,
      ) => {
        if (held.has(name)) return callback(null);
        held.add(name);
        try {
          return await callback({ name });
        } finally {
          held.delete(name);
        }
      },
    };
    held.add('cunwu-sync');
    const { engine, stop } = setup(undefined, { locks });
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.syncOnce).not.toHaveBeenCalled();
    held.delete('cunwu-sync');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(engine.syncOnce).toHaveBeenCalledTimes(1);
    stop();
  });
});
