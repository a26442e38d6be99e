import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VILLAGE_CODE } from '../../test/fixtures/payout-fixtures';
import { saveBatchLocally, signInOnDevice, testUser } from '../../test/helpers/signed-in-device';
import type { AppDatabase } from '../data/app-database';
import { openDatabase, setDatabaseForTests } from '../data/database';
import { setMeta } from '../data/meta';
import { clearSession, markSessionExpired } from '../data/session-store';
import { uuidv7 } from '../domain/uuid';
import { startSync } from './scheduler';
import type { SyncOutcome } from './sync-engine';
import { publishSyncRuntimeStatus, resetSyncRuntimeStatus } from './sync-status-store';
import { useSyncStatus } from './useSyncStatus';

const cadre = testUser('village-cadre', { username: 'zgh', regionCode: VILLAGE_CODE });

let db: AppDatabase;
beforeEach(async () => {
  db = openDatabase(`status-${uuidv7()}`);
  setDatabaseForTests(db);
  resetSyncRuntimeStatus();
  await signInOnDevice(db, cadre, 'tok-1');
});
afterEach(async () => {
  vi.restoreAllMocks();
  setDatabaseForTests(null);
  await db.delete();
});

const saveDraft = () => saveBatchLocally(db);

describe('useSyncStatus', () => {
  it('counts waiting saves and shows the last confirmed sync', async () => {
    const { result } = renderHook(() => useSyncStatus());
    await waitFor(() => expect(result.current.isLoaded).toBe(true));
    expect(result.current).toEqual({
      phase: 'idle',
      pendingCount: 0,
      lastSyncAt: null,
      isLoaded: true,
    });
    await act(async () => {
      await saveDraft();
      await saveDraft();
      await setMeta(db, 'lastSyncAt', 1_750_000_000_000);
    });
    await waitFor(() =>
      expect(result.current).toMatchObject({ pendingCount: 2, lastSyncAt: 1_750_000_000_000 }),
    );
  });

  it.each([
    [{ phase: 'syncing' as const }, { phase: 'syncing' }],
    [
      { phase: 'offline' as const, lastError: 'timeout' as const, nextRetryAt: 99 },
      { phase: 'offline', lastError: 'timeout', nextRetryAt: 99 },
    ],
    [
      { phase: 'error' as const, lastError: 'client-mismatch' as const },
      { phase: 'error', lastError: 'client-mismatch' },
    ],
  ])('follows the sync loop: %j', async (runtime, expected) => {
    const { result } = renderHook(() => useSyncStatus());
    await waitFor(() => expect(result.current.isLoaded).toBe(true));
    act(() => publishSyncRuntimeStatus(runtime));
    expect(result.current).toMatchObject(expected);
  });

  it('asks for sign-in before anything else when the session expired or ended', async () => {
    const { result } = renderHook(() => useSyncStatus());
    act(() => publishSyncRuntimeStatus({ phase: 'error', lastError: 'server-error' }));
    await act(() => markSessionExpired(db));
    await waitFor(() => expect(result.current.phase).toBe('session-expired'));
    expect(result.current.lastError).toBeUndefined();
    await act(() => clearSession(db));
    await waitFor(() => expect(result.current.phase).toBe('signed-out'));
  });

  it('says offline as soon as the phone loses its connection', async () => {
    const { result } = renderHook(() => useSyncStatus());
    await waitFor(() => expect(result.current.isLoaded).toBe(true));
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(result.current).toMatchObject({ phase: 'offline', lastError: 'offline' });
  });

  it('starts a sync shortly after a save, wherever the indicator is shown', async () => {
    const engine = {
      syncOnce: vi.fn(async (): Promise<SyncOutcome> => ({
        status: 'synced',
        pushed: 0,
        pulled: 0,
        rejected: 0,
      })),
    };
    const stop = startSync(engine, {
      locks: null,
      windowTarget: null,
      documentTarget: null,
      saveDelayMs: 5,
      intervalMs: 3_600_000,
    });
    const { result } = renderHook(() => useSyncStatus());
    await waitFor(() => expect(result.current.isLoaded).toBe(true));
    await waitFor(() => expect(engine.syncOnce).toHaveBeenCalledTimes(1)); // app start
    await act(async () => {
      await saveDraft();
    });
    await waitFor(() => expect(result.current.pendingCount).toBe(1));
    await waitFor(() => expect(engine.syncOnce).toHaveBeenCalledTimes(2));
    stop();
  });
});
