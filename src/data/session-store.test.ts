import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftBatch } from '../../test/fixtures/payout-fixtures';
import type { User } from '../domain/user';
import { uuidv7 } from '../domain/uuid';
import type { AppDatabase } from './app-database';
import { openDatabase, setDatabaseForTests } from './database';
import { getMeta } from './meta';
import { entityKeyOf, listOutbox } from './outbox';
import { runCommand } from './run-command';
import { clearSession, getSession, markSessionExpired, saveSession, useSession } from './session-store';

let db: AppDatabase;
beforeEach(() => {
  db = openDatabase(`session-${uuidv7()}`);
  setDatabaseForTests(db);
});
afterEach(async () => {
  setDatabaseForTests(null);
  await db.delete();
});

const cadre: User = {
  id: uuidv7(),
  username: 'zengguohua',
  displayName: '曾国华',
  role: 'village-cadre',
  regionCode: '360735100201',
};

describe('session store', () => {
  it('keeps the signed-in user on the device, for opening the app offline', async () => {
    expect(await getSession(db)).toBeNull();
    await saveSession(db, { token: 'tok-1', user: cadre }, 1_750_000_000_000);
    expect(await getSession(db)).toEqual({ token: 'tok-1', user: cadre, signedInAt: 1_750_000_000_000, state: 'active' });
  });

  it('makes the user the author of drafts saved from now on', async () => {
    await saveSession(db, { token: 'tok-1', user: cadre });
    expect(await getMeta(db, 'localActorId')).toBe(cadre.id);
  });

  it('marks the session expired but keeps who it was, so the prompt can name them', async () => {
    await saveSession(db, { token: 'tok-1', user: cadre });
    await markSessionExpired(db, 'tok-1');
    expect(await getSession(db)).toMatchObject({ state: 'expired', user: cadre });
  });

  it('ignores an expiry meant for an older token after a new sign-in', async () => {
    await saveSession(db, { token: 'tok-old', user: cadre });
    await saveSession(db, { token: 'tok-new', user: cadre });
    await markSessionExpired(db, 'tok-old');
    expect((await getSession(db))?.state).toBe('active');
  });

  it('a new sign-in reactivates an expired session', async () => {
    await saveSession(db, { token: 'tok-1', user: cadre });
    await markSessionExpired(db);
    await saveSession(db, { token: 'tok-2', user: cadre });
    expect(await getSession(db)).toMatchObject({ token: 'tok-2', state: 'active' });
  });

  it('signing out forgets the session but keeps unsynced work', async () => {
    await saveSession(db, { token: 'tok-1', user: cadre });
    const batch = draftBatch();
    await runCommand(db, [db.batches], async () => {
      await db.batches.add(batch);
      const { version: _v, createdAt: _c, updatedAt: _u, ...args } = batch;
      return { result: batch, mutation: { name: 'batch.put', args, baseVersion: 0, entityKey: entityKeyOf('batches', batch.id) } };
    });
    await clearSession(db);
    expect(await getSession(db)).toBeNull();
    expect(await listOutbox(db)).toHaveLength(1);
    expect(await db.batches.get(batch.id)).toBeDefined();
    await markSessionExpired(db);
    expect(await getSession(db)).toBeNull();
  });
});

describe('useSession', () => {
  it('follows sign-in, expiry and sign-out', async () => {
    const { result } = renderHook(() => useSession());
    await waitFor(() => expect(result.current).toBeNull());
    await act(() => saveSession(db, { token: 'tok-1', user: cadre }).then(() => undefined));
    await waitFor(() => expect(result.current?.state).toBe('active'));
    await act(() => markSessionExpired(db));
    await waitFor(() => expect(result.current?.state).toBe('expired'));
    await act(() => clearSession(db));
    await waitFor(() => expect(result.current).toBeNull());
  });
});
