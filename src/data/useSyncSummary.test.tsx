import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftBatch } from '../../test/fixtures/payout-fixtures';
import { uuidv7 } from '../domain/uuid';
import type { PayoutBatch } from '../domain/payout';
import type { AppDatabase } from './app-database';
import { openDatabase, setDatabaseForTests } from './database';
import { getLocalActorId, setMeta } from './meta';
import { entityKeyOf } from './outbox';
import { runCommand } from './run-command';
import { useLocalActorId } from './useLocalActorId';
import { usePendingEntityKeys } from './usePendingEntityKeys';
import { useSyncSummary } from './useSyncSummary';

let db: AppDatabase;
beforeEach(() => {
  db = openDatabase(`hooks-${uuidv7()}`);
  setDatabaseForTests(db);
});
afterEach(async () => {
  setDatabaseForTests(null);
  await db.delete();
});

function saveBatch(batch: PayoutBatch) {
  return runCommand(db, [db.batches], async () => {
    await db.batches.add(batch);
    const { version: _v, createdAt: _c, updatedAt: _u, ...args } = batch;
    return {
      result: batch,
      mutation: { name: 'batch.put', args, baseVersion: 0, entityKey: entityKeyOf('batches', batch.id) },
    };
  });
}

describe('useSyncSummary', () => {
  it('shows the pending count and updates after a save and a sync', async () => {
    const { result } = renderHook(() => useSyncSummary());
    expect(result.current.isLoaded).toBe(false);
    await waitFor(() => expect(result.current.isLoaded).toBe(true));
    expect(result.current).toEqual({ pendingCount: 0, lastSyncAt: null, isLoaded: true });

    await act(async () => {
      await saveBatch(draftBatch());
      await saveBatch(draftBatch());
    });
    await waitFor(() => expect(result.current.pendingCount).toBe(2));

    await act(() => setMeta(db, 'lastSyncAt', 1_750_000_000_000));
    await waitFor(() => expect(result.current.lastSyncAt).toBe(1_750_000_000_000));
  });

  it('gives every part of the screen the same numbers from one read', async () => {
    const { result } = renderHook(() => ({ header: useSyncSummary(), footer: useSyncSummary() }));
    await waitFor(() => expect(result.current.footer.isLoaded).toBe(true));
    await act(() => saveBatch(draftBatch()));
    await waitFor(() => expect(result.current.header.pendingCount).toBe(1));
    expect(result.current.footer).toBe(result.current.header);
  });

  it('counts a save made in another tab', async () => {
    const { result } = renderHook(() => useSyncSummary());
    await waitFor(() => expect(result.current.isLoaded).toBe(true));
    // Another tab: its own connection to the same database.
    const otherTab = openDatabase(db.name);
    try {
      await act(() =>
        runCommand(otherTab, [otherTab.batches], async () => {
          const batch = draftBatch();
          await otherTab.batches.add(batch);
          const { version: _v, createdAt: _c, updatedAt: _u, ...args } = batch;
          return {
            result: batch,
            mutation: { name: 'batch.put', args, baseVersion: 0, entityKey: entityKeyOf('batches', batch.id) },
          };
        }),
      );
      await waitFor(() => expect(result.current.pendingCount).toBe(1));
    } finally {
      otherTab.close();
    }
  });

  it('starts from "loading" again once nobody shows it, never from a stale count', async () => {
    const first = renderHook(() => useSyncSummary());
    await waitFor(() => expect(first.result.current.isLoaded).toBe(true));
    first.unmount();
    await saveBatch(draftBatch());

    const again = renderHook(() => useSyncSummary());
    expect(again.result.current.isLoaded).toBe(false);
    await waitFor(() => expect(again.result.current.pendingCount).toBe(1));
  });
});

describe('usePendingEntityKeys', () => {
  it('lists the records with queued changes', async () => {
    const { result } = renderHook(() => usePendingEntityKeys());
    const batch = draftBatch();
    await act(() => saveBatch(batch));
    await waitFor(() => expect(result.current).toEqual(new Set([`batches:${batch.id}`])));
  });
});

describe('useLocalActorId', () => {
  it('returns the id stored for this device', async () => {
    const { result } = renderHook(() => useLocalActorId());
    const expected = await getLocalActorId(db);
    await waitFor(() => expect(result.current).toBe(expected));
  });

  it('recreates the id if it is missing', async () => {
    await db.meta.delete('localActorId');
    const { result } = renderHook(() => useLocalActorId());
    await waitFor(() => expect(result.current).toMatch(/^[0-9a-f-]{36}$/));
  });
});
