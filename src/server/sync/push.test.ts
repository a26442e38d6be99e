// The push contract of SYNC.md as a device experiences it: a saved record reaches the
// server once and only once, whatever the network does to the requests, and a change the
// server refuses is kept and shown instead of blocking the queue or vanishing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConflictItem } from '../../sync/protocol';
import { VILLAGE_A, VILLAGE_B } from '../auth/test-accounts';
import { batchArgs, lineArgs, noticeArgs, TestDevice } from './test-sync-client';
import { startTestServer, type TestServer } from './test-server';

let server: TestServer;
let device: TestDevice;

beforeEach(async () => {
  server = await startTestServer();
  device = new TestDevice(server.app, server.accounts.cadreA.auth);
});
afterEach(async () => {
  await server.close();
});

async function count(
  table: 'batches' | 'lines' | 'notices' | 'mutation_log' | 'conflicts',
): Promise<number> {
  const row = await server.storage.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('push then pull', () => {
  it('a batch and its lines saved on the phone come back from the server with versions', async () => {
    const batch = batchArgs(VILLAGE_A);
    const line = lineArgs(batch);
    const push = await device.push([
      device.mutation('batch.put', batch),
      device.mutation('line.put', line),
    ]);
    expect(push.statusCode).toBe(200);
    expect(push.body).toEqual({
      lastMid: 2,
      results: [
        { mid: 1, status: 'applied' },
        { mid: 2, status: 'applied' },
      ],
    });
    const { lastMid } = await device.pullAll();
    expect(lastMid).toBe(2);
    const stored = device.value<Record<string, unknown>>('batches', batch.id);
    expect(stored).toMatchObject({
      item: '耕地地力保护补贴',
      state: 'draft',
      authorId: server.accounts.cadreA.user.id,
    });
    expect(stored?.version).toBeGreaterThan(0);
    expect(device.value('lines', line.id)).toMatchObject({ name: '曾国华', amountFen: 55900 });
  });

  it('the server owns state and author: a device cannot create a published batch', async () => {
    const batch = batchArgs(VILLAGE_A, {
      state: 'published',
      authorId: server.accounts.cadreA2.user.id,
    });
    await device.push([device.mutation('batch.put', batch)]);
    await device.pullAll();
    expect(device.value('batches', batch.id)).toMatchObject({
      state: 'draft',
      authorId: server.accounts.cadreA.user.id,
    });
  });

  it('a deletion reaches other devices as a tombstone, with the lines of the batch', async () => {
    const batch = batchArgs(VILLAGE_A);
    const line = lineArgs(batch);
    await device.push([device.mutation('batch.put', batch), device.mutation('line.put', line)]);
    const other = new TestDevice(server.app, server.accounts.supervisorA.auth);
    await other.pullAll();
    expect(other.value('lines', line.id)).toBeDefined();
    await device.push([device.mutation('batch.delete', { id: batch.id })]);
    await other.pullAll();
    expect(other.rows.get(`batches/${batch.id}`)).toMatchObject({ deleted: true });
    expect(other.rows.get(`lines/${line.id}`)).toMatchObject({ deleted: true });
  });
});

describe('delivery problems', () => {
  it('a response lost after commit: the retry is answered duplicate and nothing is applied twice', async () => {
    const notice = noticeArgs(VILLAGE_A);
    const mutations = [
      device.mutation('notice.put', notice),
      device.mutation('notice.put', { ...notice, title: '更正后的标题' }),
    ];
    const first = await device.push(mutations);
    expect(first.body.lastMid).toBe(2);
    const versionBefore = (await server.storage.health.getStatus()).serverVersion;
    const retry = await device.push(mutations);
    expect(retry.statusCode).toBe(200);
    expect(retry.body).toEqual({
      lastMid: 2,
      results: [
        { mid: 1, status: 'duplicate' },
        { mid: 2, status: 'duplicate' },
      ],
    });
    expect((await server.storage.health.getStatus()).serverVersion).toBe(versionBefore);
    expect(await count('notices')).toBe(1);
    expect(await count('mutation_log')).toBe(2);
  });

  it('a gap stops the batch with 409 expectedMid; what came before is kept, nothing after it', async () => {
    const a = device.mutation('notice.put', noticeArgs(VILLAGE_A));
    const b = device.mutation('notice.put', noticeArgs(VILLAGE_A));
    const c = device.mutation('notice.put', noticeArgs(VILLAGE_A));
    const d = device.mutation('notice.put', noticeArgs(VILLAGE_A));
    const response = await device.push([a, c, d]);
    expect(response.statusCode).toBe(409);
    expect(response.body).toEqual({
      error: 'mid-gap',
      expectedMid: 2,
      lastMid: 1,
      results: [{ mid: 1, status: 'applied' }],
    });
    expect(await count('notices')).toBe(1);
    const resent = await device.push([b, c, d]);
    expect(resent.body.lastMid).toBe(4);
    expect(await count('notices')).toBe(4);
  });

  it('a batch starting past lastMid + 1 applies nothing', async () => {
    device.mutation('notice.put', noticeArgs(VILLAGE_A)); // mid 1 never sent
    const response = await device.push([device.mutation('notice.put', noticeArgs(VILLAGE_A))]);
    expect(response.statusCode).toBe(409);
    expect(response.body).toMatchObject({ expectedMid: 1, lastMid: 0, results: [] });
    expect(await count('notices')).toBe(0);
    expect(await count('mutation_log')).toBe(0);
  });

  it('another user cannot push under a clientId that is not theirs', async () => {
    await device.push([device.mutation('notice.put', noticeArgs(VILLAGE_A))]);
    const thief = new TestDevice(server.app, server.accounts.cadreA2.auth);
    Object.assign(thief, { clientId: device.clientId });
    const response = await thief.push([thief.mutation('notice.put', noticeArgs(VILLAGE_A))]);
    expect(response.statusCode).toBe(403);
    expect(response.body).toEqual({ error: 'client-mismatch' });
    const pull = await thief.pullPage();
    expect(pull.statusCode).toBe(403);
    expect(await count('notices')).toBe(1);
  });
});

describe('poisoned mutations', () => {
  it('later mutations are applied; the refused one is kept with its payload and shown as a conflict', async () => {
    const good1 = noticeArgs(VILLAGE_A);
    const foreign = noticeArgs(VILLAGE_B); // cadre of 小松村 writing into 罗源村
    const garbage = { id: 'not-a-uuid', title: 42 };
    const good2 = noticeArgs(VILLAGE_A);
    const response = await device.push([
      device.mutation('notice.put', good1),
      device.mutation('notice.put', foreign),
      device.mutation('notice.put', garbage),
      device.mutation('notice.launch', { target: 'moon' }),
      device.mutation('notice.put', good2),
    ]);
    expect(response.statusCode).toBe(200);
    expect(response.body.results).toEqual([
      { mid: 1, status: 'applied' },
      { mid: 2, status: 'rejected', reason: 'out-of-scope' },
      { mid: 3, status: 'rejected', reason: 'invalid' },
      { mid: 4, status: 'rejected', reason: 'unknown-mutation' },
      { mid: 5, status: 'applied' },
    ]);
    expect(response.body.lastMid).toBe(5);

    await device.pullAll();
    const conflicts = [...device.rows.values()]
      .filter((r) => r.table === 'conflicts')
      .map((r) => r.value as unknown as ConflictItem);
    expect(conflicts.map((c) => [c.mid, c.reason])).toEqual([
      [2, 'out-of-scope'],
      [3, 'invalid'],
      [4, 'unknown-mutation'],
    ]);
    expect(conflicts[0]?.args).toEqual(foreign);
    expect(conflicts[2]?.args).toEqual({ target: 'moon' });

    // The village's supervisor sees the conflict about 小松村; 罗源村's does not see ours.
    const supervisor = new TestDevice(server.app, server.accounts.supervisorA.auth);
    await supervisor.pullAll();
    const seen = [...supervisor.rows.values()].filter((r) => r.table === 'conflicts');
    expect(seen).toHaveLength(0); // the foreign notice names 罗源村, the others no village
    const supervisorB = new TestDevice(server.app, server.accounts.supervisorB.auth);
    await supervisorB.pullAll();
    expect(
      [...supervisorB.rows.values()]
        .filter((r) => r.table === 'conflicts')
        .map((r) => r.value?.mid),
    ).toEqual([2]);

    const log = await server.storage.db
      .selectFrom('mutation_log')
      .select(['mid', 'status', 'reason', 'args'])
      .orderBy('mid')
      .execute();
    expect(log.map((l) => [Number(l.mid), l.status, l.reason])).toEqual([
      [1, 'applied', null],
      [2, 'rejected', 'out-of-scope'],
      [3, 'rejected', 'invalid'],
      [4, 'rejected', 'unknown-mutation'],
      [5, 'applied', null],
    ]);
    expect(JSON.parse(log[2]?.args ?? '')).toEqual(garbage);
  });
});

describe('request limits', () => {
  it('more than 100 mutations is 413 too-large and changes nothing', async () => {
    const mutations = Array.from({ length: 101 }, () =>
      device.mutation('notice.put', noticeArgs(VILLAGE_A)),
    );
    const response = await device.push(mutations);
    expect(response.statusCode).toBe(413);
    expect(response.body).toEqual({ error: 'too-large' });
    expect(await count('notices')).toBe(0);
  });

  it('a body over 256 KB is 413 too-large', async () => {
    const huge = noticeArgs(VILLAGE_A, { body: '村'.repeat(45_000) });
    const mutations = Array.from({ length: 3 }, () =>
      device.mutation('notice.put', { ...huge, id: noticeArgs(VILLAGE_A).id }),
    );
    const response = await device.push(mutations);
    expect(response.statusCode).toBe(413);
    expect(response.body).toEqual({ error: 'too-large' });
    expect(await count('notices')).toBe(0);
  });

  it('another protocol version is refused with protocol-mismatch', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { authorization: server.accounts.cadreA.auth },
      payload: { protocol: 2, clientId: device.clientId, mutations: [] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: 'protocol-mismatch' });
  });
});
