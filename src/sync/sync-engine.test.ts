import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../data/app-database';
import { getClientId, getMeta } from '../data/meta';
import { listOutbox } from '../data/outbox';
import { clearSession } from '../data/session-store';
import type { PayoutBatch } from '../domain/payout';
import type { SyncEngine } from './sync-engine';
import { caught, createEngineFixture, saveBatch, T_SYNC } from './testing/engine-fixture';
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
const pushes = () => server.pushes();
const pulls = () => server.pulls();
const appliedMoreThanOnce = () => server.appliedMoreThanOnce();

describe('syncOnce', () => {
  it('sends a draft saved offline and shows it synced only after the pull', async () => {
    const batch = await save();
    expect(await getMeta(db, 'lastSyncAt')).toBeNull();

    const outcome = await engine.syncOnce();

    expect(outcome).toEqual({ status: 'synced', pushed: 1, pulled: 1, rejected: 0 });
    expect(server.liveRows('batches')).toEqual([
      expect.objectContaining({ id: batch.id, item: batch.item }),
    ]);
    expect((await db.batches.get(batch.id))?.version).toBe(1);
    expect(await listOutbox(db)).toEqual([]);
    expect(await getMeta(db, 'lastSyncAt')).toBe(T_SYNC);
  });

  it('pushes a long queue in mid order, at most 100 per request', async () => {
    for (let i = 0; i < 250; i++) await save();
    await engine.syncOnce();
    expect(pushes().map((p) => p.mutations.length)).toEqual([100, 100, 50]);
    const mids = pushes().flatMap((p) => p.mutations.map((m) => m.mid));
    expect(mids).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    expect(server.liveRows('batches')).toHaveLength(250);
    expect(await listOutbox(db)).toEqual([]);
  });

  it('pulls every page and records the sync time only after the last one', async () => {
    server.pageSize = 2;
    for (let i = 0; i < 5; i++) await save();
    server.dropAnswerAfterCommit('pull'); // the first page is lost on the way
    expect((await caught(engine.syncOnce())).code).toBe('offline');
    expect(await getMeta(db, 'lastSyncAt')).toBeNull();

    await engine.syncOnce();
    expect(pulls().map((p) => p.cookie?.version ?? null)).toEqual([null, null, 2, 4]);
    expect(await db.batches.filter((b) => b.version > 0).count()).toBe(5);
    expect(await getMeta(db, 'lastSyncAt')).toBe(T_SYNC);
  });

  it('does nothing on the network when nobody is signed in', async () => {
    await clearSession(db);
    await save();
    expect(await engine.syncOnce()).toEqual({ status: 'signed-out' });
    expect(server.requests).toEqual([]);
  });

  it('shares one round between two callers in the same tab', async () => {
    await save();
    const [a, b] = await Promise.all([engine.syncOnce(), engine.syncOnce()]);
    expect(a).toEqual(b);
    expect(pushes()).toHaveLength(1);
  });
});

describe('syncOnce when answers are lost', () => {
  it('retries a push whose answer was lost after commit without applying it twice', async () => {
    const batch = await save();
    server.dropAnswerAfterCommit('push');
    expect((await caught(engine.syncOnce())).code).toBe('offline');
    expect(await listOutbox(db)).toHaveLength(1);
    expect(await getMeta(db, 'lastSyncAt')).toBeNull();

    await engine.syncOnce();
    expect(appliedMoreThanOnce()).toEqual([]);
    expect(server.liveRows('batches').filter((row) => row.id === batch.id)).toHaveLength(1);
    expect(await listOutbox(db)).toEqual([]);
  });

  it('keeps the queue when the request never arrived, and sends it next time', async () => {
    await save();
    server.failBeforeCommit('push');
    expect((await caught(engine.syncOnce())).code).toBe('offline');
    expect(server.liveRows('batches')).toEqual([]);
    await engine.syncOnce();
    expect(server.liveRows('batches')).toHaveLength(1);
  });

  it('resends from the mid the server expects when it lost a batch it had answered', async () => {
    for (let i = 0; i < 150; i++) await save();
    const clientId = await getClientId(db);
    const empty = server.snapshot();
    // The server crashes after answering the first batch and comes back without it.
    server.before('push', () => undefined);
    server.before('push', (state) => {
      Object.assign(state, { ...empty, lastMids: new Map(), rows: new Map() });
      server.applyCounts.clear();
    });
    await engine.syncOnce();
    expect(pushes().map((p) => p.mutations[0]?.mid)).toEqual([1, 101, 1, 101]);
    expect(server.state.lastMids.get(clientId)).toBe(150);
    expect(server.liveRows('batches')).toHaveLength(150);
    expect(appliedMoreThanOnce()).toEqual([]);
  });

  it('continues under a new clientId when the queue has a hole the server cannot fill', async () => {
    const saved = [await save(), await save(), await save()];
    await db.outbox.delete(2); // a lost entry: the server would wait for mid 2 forever
    const oldClientId = await getClientId(db);

    await engine.syncOnce();

    const newClientId = await getClientId(db);
    expect(newClientId).not.toBe(oldClientId);
    expect(server.state.lastMids.get(oldClientId)).toBe(1);
    expect(server.state.lastMids.get(newClientId)).toBe(1);
    expect(
      server
        .liveRows('batches')
        .map((r) => r.id)
        .sort(),
    ).toEqual([saved[0]!.id, saved[2]!.id].sort());
    expect(appliedMoreThanOnce()).toEqual([]);
    expect(await listOutbox(db)).toEqual([]);
  });
});
