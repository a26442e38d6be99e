import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../domain/uuid';
import type { ConflictItem } from '../sync/protocol';
import type { AppDatabase } from './app-database';
import { listConflicts, useConflicts } from './conflict-queries';
import { openDatabase, setDatabaseForTests } from './database';

let db: AppDatabase;
beforeEach(() => {
  db = openDatabase(`conflicts-${uuidv7()}`);
  setDatabaseForTests(db);
});
afterEach(async () => {
  setDatabaseForTests(null);
  await db.delete();
});

const T0 = 1_750_000_000_000;
function conflict(createdAt: number, mid: number, id = uuidv7(createdAt)): ConflictItem {
  return { id, clientId: uuidv7(), mid, name: 'batch.put', args: { item: '耕地地力保护补贴' }, reason: 'locked', userId: uuidv7(), villageCode: '360735100201', createdAt };
}

describe('listConflicts', () => {
  it('lists refused changes newest first, keeping their payload', async () => {
    const oldest = conflict(T0, 1);
    const newest = conflict(T0 + 60_000, 3);
    const middle = conflict(T0 + 1_000, 2);
    await db.conflicts.bulkPut([oldest, newest, middle]);
    const rows = await listConflicts(db);
    expect(rows.map((c) => c.mid)).toEqual([3, 2, 1]);
    expect(rows[0]?.args).toEqual({ item: '耕地地力保护补贴' });
  });

  it('orders refusals made at the same moment by id, newest id first', async () => {
    const a = conflict(T0, 1, '0190b3c4-0000-7000-8000-00000000000a');
    const b = conflict(T0, 2, '0190b3c4-0000-7000-8000-00000000000b');
    await db.conflicts.bulkPut([a, b]);
    expect((await listConflicts(db)).map((c) => c.id)).toEqual([b.id, a.id]);
  });
});

describe('useConflicts', () => {
  it('shows a conflict as soon as a pull stores it', async () => {
    const { result } = renderHook(() => useConflicts());
    await waitFor(() => expect(result.current).toEqual([]));
    const item = conflict(T0, 7);
    await db.conflicts.put(item);
    await waitFor(() => expect(result.current).toEqual([item]));
  });
});
