// The engine when the server and the device disagree: a restored server, an ended
// session, a refused change, a phone handed to someone else.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftBatch } from '../../test/fixtures/payout-fixtures';
import type { AppDatabase } from '../data/app-database';
import { getClientId, getMeta } from '../data/meta';
import { listOutbox } from '../data/outbox';
import { getSession, saveSession } from '../data/session-store';
import type { PayoutBatch } from '../domain/payout';
import type { SyncEngine } from './sync-engine';
import {
  caught,
  createEngineFixture,
  saveBatch,
  T_SYNC,
  testCadre,
} from './testing/engine-fixture';
import type { FakeSyncServer } from './testing/fake-sync-server';

let db: AppDatabase;
let server: FakeSyncServer;
let engine: SyncEngine;

beforeEach(async () => {
  ({ db, server, engine } = await createEngineFixture());
});
afterEach(async () => {
  await db.delete();
});

const save = (batch?: PayoutBatch) => saveBatch(db, batch);
const pulls = () => server.pulls();
const appliedMoreThanOnce = () => server.appliedMoreThanOnce();

describe('syncOnce after the server was restored from an older copy', () => {
  it('pulls everything again on resetRequired and keeps the unsynced queue', async () => {
    const ghost = draftBatch(); // written by another device after the backup was taken
    server.state.rows.set(`batches:${ghost.id}`, {
      table: 'batches',
      key: ghost.id,
      version: 1,
      value: { ...ghost, version: 1 },
    });
    server.state.version = 1;
    const old = await save();
    await engine.syncOnce();
    expect(await db.batches.get(ghost.id)).toBeDefined();
    // Restored from a copy that has `old` (and this client's mid 1) but not `ghost`.
    const clientId = await getClientId(db);
    server.state = {
      epoch: 'epoch-2',
      version: 1,
      lastMids: new Map([[clientId, 1]]),
      rows: new Map([
        [
          `batches:${old.id}`,
          { table: 'batches', key: old.id, version: 1, value: { ...old, version: 1 } },
        ],
      ]),
    };
    const offlineWork = await save();

    await engine.syncOnce();

    expect(pulls().map((p) => p.cookie?.epoch ?? null)).toEqual([null, 'epoch-1', null]);
    expect(
      server
        .liveRows('batches')
        .map((r) => r.id)
        .sort(),
    ).toEqual([old.id, offlineWork.id].sort());
    expect(await db.batches.get(ghost.id)).toBeUndefined();
    expect((await db.batches.get(old.id))?.version).toBe(1);
    expect((await db.batches.get(offlineWork.id))?.version).toBe(2);
    expect(appliedMoreThanOnce()).toEqual([]);
    expect(await listOutbox(db)).toEqual([]);
    expect(await getMeta(db, 'pullCookie')).toEqual({ epoch: 'epoch-2', version: 2 });
  });

  it('starts a new mid sequence when the server forgot mutations this device already let go', async () => {
    await save();
    const restorePoint = server.snapshot(); // holds mid 1 only
    await save();
    await save();
    await engine.syncOnce(); // mids 1-3 confirmed and trimmed here
    server.state = restorePoint;
    const offlineWork = await save(); // mid 4; the server expects 2

    await engine.syncOnce();

    expect(server.liveRows('batches').map((r) => r.id)).toContain(offlineWork.id);
    expect((await db.batches.get(offlineWork.id))?.version).toBeGreaterThan(0);
    expect(await listOutbox(db)).toEqual([]);
    expect(await getMeta(db, 'lastSyncAt')).toBe(T_SYNC);
  });
});

describe('syncOnce when the session ends', () => {
  it('marks the session expired, keeps the queue and stops calling the server', async () => {
    await save();
    server.validTokens.clear();
    expect(await engine.syncOnce()).toEqual({ status: 'session-expired' });
    expect((await getSession(db))?.state).toBe('expired');
    expect(await listOutbox(db)).toHaveLength(1);

    const before = server.requests.length;
    expect(await engine.syncOnce()).toEqual({ status: 'session-expired' });
    expect(server.requests).toHaveLength(before);

    server.validTokens.add('tok-2');
    await saveSession(db, { token: 'tok-2', user: testCadre });
    expect((await engine.syncOnce()).status).toBe('synced');
    expect(await listOutbox(db)).toEqual([]);
  });
});

describe('syncOnce with refused changes', () => {
  it('brings back the server copy of a refused edit and its conflict item', async () => {
    const batch = await save();
    await engine.syncOnce();
    await save({ ...(await db.batches.get(batch.id))!, item: '被拒绝的修改' });
    server.judge = () => ({ status: 'rejected', reason: 'locked' });

    const outcome = await engine.syncOnce();

    expect(outcome).toMatchObject({ status: 'synced', rejected: 1 });
    expect(pulls().at(-1)?.cookie?.version).toBe(0);
    expect((await db.batches.get(batch.id))?.item).toBe(batch.item);
    expect(await db.conflicts.toArray()).toEqual([
      expect.objectContaining({ reason: 'locked', name: 'batch.put' }),
    ]);
    expect(await listOutbox(db)).toEqual([]);
  });

  it('keeps a record edited while the pull was on its way', async () => {
    const batch = await save();
    server.before('pull', () => {
      void save({ ...batch, item: '拉取途中又改了' });
    });
    await engine.syncOnce();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await db.batches.get(batch.id))?.item).toBe('拉取途中又改了');
    expect(await listOutbox(db)).toHaveLength(1);
  });
});

describe('syncOnce on a phone handed to another person', () => {
  it('continues as a new client when nothing of the previous person is left to send', async () => {
    const theirs = await save();
    await engine.syncOnce();
    const previousClientId = await getClientId(db);
    server.foreignClients.add(previousClientId);

    expect((await engine.syncOnce()).status).toBe('synced');
    expect(await getClientId(db)).not.toBe(previousClientId);
    // their copy is gone from this phone unless the new person may see it (pulled again)
    expect((await db.batches.get(theirs.id))?.version).toBe(1);
  });

  it("keeps the previous person's unsent work and says so, instead of sending it", async () => {
    await save();
    server.foreignClients.add(await getClientId(db));
    expect((await caught(engine.syncOnce())).code).toBe('client-mismatch');
    expect(await listOutbox(db)).toHaveLength(1);
    expect(server.liveRows('batches')).toEqual([]);
  });
});
