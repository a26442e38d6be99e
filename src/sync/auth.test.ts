import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VILLAGE_CODE } from '../../test/fixtures/payout-fixtures';
import { saveBatchLocally, testUser } from '../../test/helpers/signed-in-device';
import type { AppDatabase } from '../data/app-database';
import { openDatabase } from '../data/database';
import { listOutbox } from '../data/outbox';
import { getSession, markSessionExpired } from '../data/session-store';
import { uuidv7 } from '../domain/uuid';
import { ApiError, type FetchLike } from './api-client';
import { signIn, signOut } from './auth';
import { startSync } from './scheduler';
import type { SyncOutcome } from './sync-engine';

const cadre = testUser('village-cadre', { username: 'zgh', regionCode: VILLAGE_CODE });
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });

let db: AppDatabase;
beforeEach(() => {
  db = openDatabase(`auth-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('signIn', () => {
  it('keeps the session on the device and starts a sync at once', async () => {
    const engine = {
      syncOnce: vi.fn(async (): Promise<SyncOutcome> => ({ status: 'session-expired' })),
    };
    const stop = startSync(engine, { locks: null, windowTarget: null, documentTarget: null });
    await vi.waitFor(() => expect(engine.syncOnce).toHaveBeenCalledTimes(1));

    const fetchImpl: FetchLike = async (url, init) => {
      expect(url).toBe('/api/auth/login');
      expect(JSON.parse(String(init.body))).toEqual({ username: 'zgh', password: 'secret' });
      return json(200, { token: 'tok-9', user: cadre });
    };
    const session = await signIn(db, 'zgh', 'secret', { fetchImpl, now: () => 42 });

    expect(session).toEqual({ token: 'tok-9', user: cadre, signedInAt: 42, state: 'active' });
    expect(await getSession(db)).toEqual(session);
    await vi.waitFor(() => expect(engine.syncOnce).toHaveBeenCalledTimes(2));
    stop();
  });

  it.each([
    [json(401, { error: 'bad-credentials' }), 'bad-credentials'],
    [json(429, { error: 'rate-limited' }), 'rate-limited'],
  ])('reports a refused sign-in by code and keeps nothing', async (response, code) => {
    const error = await signIn(db, 'zgh', 'wrong', { fetchImpl: async () => response }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe(code);
    expect(await getSession(db)).toBeNull();
  });

  it('says offline when the first sign-in has no network', async () => {
    const error = await signIn(db, 'zgh', 'pw', {
      fetchImpl: () => Promise.reject(new TypeError('Failed to fetch')),
    }).catch((e: unknown) => e);
    expect((error as ApiError).code).toBe('offline');
  });
});

describe('signOut', () => {
  async function signedInWithWork() {
    await signIn(db, 'zgh', 'pw', {
      fetchImpl: async () => json(200, { token: 'tok-1', user: cadre }),
    });
    await saveBatchLocally(db);
  }

  it('forgets the session even offline, and keeps the unsynced queue', async () => {
    await signedInWithWork();
    await signOut(db, { fetchImpl: () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(await getSession(db)).toBeNull();
    expect(await listOutbox(db)).toHaveLength(1);
  });

  it('tells the server to end the token when it can', async () => {
    await signedInWithWork();
    const calls: string[] = [];
    await signOut(db, {
      fetchImpl: async (url, init) => {
        calls.push(`${url} ${(init.headers as Record<string, string>).authorization}`);
        return new Response(null, { status: 204 });
      },
    });
    expect(calls).toEqual(['/api/auth/logout Bearer tok-1']);
  });

  it('does not call the server for a session it already ended', async () => {
    await signedInWithWork();
    await markSessionExpired(db);
    const fetchImpl = vi.fn<FetchLike>();
    await signOut(db, { fetchImpl });
    expect(fetchImpl).not.toHaveBeenCalled();
    expect(await getSession(db)).toBeNull();
  });
});
