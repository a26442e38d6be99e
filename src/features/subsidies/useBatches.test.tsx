import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { batchInput, VILLAGE_CODE } from '../../../test/fixtures/payout-fixtures';
import { openDatabase, setDatabaseForTests, type AppDatabase } from '../../data';
import { uuidv7 } from '../../domain/uuid';
import { createBatchDraft, deleteBatchDraft } from './batch-commands';
import { useBatches } from './useBatches';

let db: AppDatabase;
beforeEach(() => {
  db = openDatabase(`use-batches-${uuidv7()}`);
  setDatabaseForTests(db);
});
afterEach(async () => {
  setDatabaseForTests(null);
  await db.delete();
});

describe('useBatches', () => {
  it('shows a new draft as soon as it is saved and drops it when deleted', async () => {
    const { result } = renderHook(() => useBatches(VILLAGE_CODE));
    await waitFor(() => expect(result.current).toEqual([]));

    const batch = await act(() => createBatchDraft(db, batchInput(), uuidv7()));
    await waitFor(() => expect(result.current?.map((b) => b.id)).toEqual([batch.id]));

    await act(() => deleteBatchDraft(db, batch.id));
    await waitFor(() => expect(result.current).toEqual([]));
  });

  it('follows a change of village', async () => {
    await createBatchDraft(db, batchInput(), uuidv7());
    const { result, rerender } = renderHook(({ code }) => useBatches(code), {
      initialProps: { code: VILLAGE_CODE },
    });
    await waitFor(() => expect(result.current).toHaveLength(1));
    rerender({ code: '360735100299' });
    await waitFor(() => expect(result.current).toEqual([]));
  });
});
