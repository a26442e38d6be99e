// A phone left on the sign-in page, with drafts waiting: the scheduler must not wake up
// after every save or every minute (it could only learn "signed out" again), and it must
// start syncing by itself once someone signs in, in this tab or another one.
// Real engine on fake-indexeddb, the network replaced by a FakeSyncServer behind a spy.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signInOnDevice } from '../../test/helpers/signed-in-device';
import type { AppDatabase } from '../data/app-database';
import { openDatabase } from '../data/database';
import { countOutbox } from '../data/outbox';
import { uuidv7 } from '../domain/uuid';
import type { FetchLike } from './api-client';
import { signIn } from './auth';
import { notifySaved, startSync } from './scheduler';
import { createSyncEngine, type SyncEngine } from './sync-engine';
import { saveBatch, testCadre } from './testing/engine-fixture';
import { FakeSyncServer } from './testing/fake-sync-server';

const INTERVAL_MS = 40;
const SAVE_DELAY_MS = 10;
/** Long enough for many interval ticks and save delays to have passed. */
const QUIET_SPELL_MS = 12 * INTERVAL_MS;

let db: AppDatabase;
let server: FakeSyncServer;
let fetchSpy: ReturnType<typeof vi.fn<FetchLike>>;
let engine: SyncEngine;
let roundSpy: ReturnType<typeof vi.spyOn>;
let stop: () => void;

beforeEach(() => {
  db = openDatabase(`scheduler-sign-in-${uuidv7()}`);
  server = new FakeSyncServer();
  fetchSpy = vi.fn<FetchLike>((url, init) =>
    url.endsWith('/api/auth/login')
      ? Promise.resolve(new Response(JSON.stringify({ token: 'tok-1', user: testCadre })))
      : server.fetchImpl(url, init),
  );
  engine = createSyncEngine({ db, fetchImpl: fetchSpy });
  roundSpy = vi.spyOn(engine, 'syncOnce');
  stop = startSync(engine, {
    intervalMs: INTERVAL_MS,
    saveDelayMs: SAVE_DELAY_MS,
    locks: null,
    windowTarget: null,
    documentTarget: null,
  });
});

afterEach(async () => {
  stop();
  await db.delete();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the sync scheduler while nobody is signed in', () => {
  it('makes no request and no further rounds, whatever is saved, until a sign-in', async () => {
    await vi.waitFor(() => expect(roundSpy).toHaveBeenCalledTimes(1));
    await saveBatch(db);
    notifySaved();
    await pause(QUIET_SPELL_MS);
    await saveBatch(db);
    notifySaved();
    await pause(QUIET_SPELL_MS);

    expect(fetchSpy).not.toHaveBeenCalled();
    expect(roundSpy).toHaveBeenCalledTimes(1);
    expect(await countOutbox(db)).toBe(2);

    await signIn(db, testCadre.username, 'pw', { fetchImpl: fetchSpy });
    await vi.waitFor(async () => expect(await countOutbox(db)).toBe(0));
    expect(server.pushes().flatMap((push) => push.mutations)).toHaveLength(2);
  });

  it('starts when another tab signs in on this device', async () => {
    await vi.waitFor(() => expect(roundSpy).toHaveBeenCalledTimes(1));
    await saveBatch(db);
    await pause(QUIET_SPELL_MS);
    expect(fetchSpy).not.toHaveBeenCalled();

    // The other tab writes the session; this tab's scheduler hears of it from the database.
    await signInOnDevice(db, testCadre, 'tok-1');
    await vi.waitFor(async () => expect(await countOutbox(db)).toBe(0));
    expect(fetchSpy).toHaveBeenCalled();
  });
});
