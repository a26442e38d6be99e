// What a device receives when it pulls: only what its user may see, every change once and
// in version order across pages, deletions as tombstones, and a clear "start again" when
// the server's data is not the one the device last saw.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_PULL_BYTES, MAX_PULL_ROWS, type PullRow } from '../../sync/protocol';
import { OTHER_VILLAGE, VILLAGE_A, VILLAGE_B, type AccountName } from '../auth/test-accounts';
import { rotateEpoch } from '../db/server-state';
import { batchArgs, lineArgs, noticeArgs, TestDevice } from './test-sync-client';
import { startTestServer, type TestServer } from './test-server';

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

function device(account: AccountName): TestDevice {
  return new TestDevice(server.app, server.accounts[account].auth);
}

async function pushAll(from: TestDevice, items: [string, unknown][]): Promise<void> {
  for (let start = 0; start < items.length; start += 100) {
    const mutations = items
      .slice(start, start + 100)
      .map(([name, args]) => from.mutation(name, args));
    const response = await from.push(mutations);
    expect(response.statusCode).toBe(200);
    expect(response.body.results.every((r) => r.status === 'applied')).toBe(true);
  }
}

describe('paging', () => {
  it('600 changes arrive in pages of at most 500, in version order, each exactly once', async () => {
    const cadre = device('cadreA');
    const batch = batchArgs(VILLAGE_A);
    await pushAll(cadre, [
      ['batch.put', batch],
      ...Array.from({ length: 599 }, (): [string, unknown] => ['line.put', lineArgs(batch)]),
    ]);

    const reader = device('supervisorA');
    const seen: PullRow[] = [];
    let pages = 0;
    for (;;) {
      const { body } = await reader.pullPage();
      if (body.resetRequired) throw new Error('unexpected reset');
      pages++;
      expect(body.rows.length).toBeLessThanOrEqual(MAX_PULL_ROWS);
      seen.push(...body.rows);
      reader.cookie = body.cookie;
      if (!body.hasMore) break;
    }
    expect(pages).toBe(2);
    const versions = seen.map((r) => r.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(seen.map((r) => `${r.table}/${r.key}`)).size).toBe(seen.length);
    // 3 regions (county, township, village) + the batch + 599 lines
    expect(seen).toHaveLength(603);
    // Nothing new: the next pull is empty and keeps the cookie.
    const again = await reader.pullPage();
    expect(again.body).toMatchObject({ rows: [], hasMore: false, cookie: reader.cookie });
  });

  it('keeps a page under about 1 MB when records are large', async () => {
    const cadre = device('cadreA');
    const notices = Array.from({ length: 10 }, (): [string, unknown] => [
      'notice.put',
      noticeArgs(VILLAGE_A, { body: '村务公开'.repeat(11_000) }),
    ]);
    for (const item of notices) await pushAll(cadre, [item]);
    const reader = device('reviewer');
    const { body } = await reader.pullPage();
    if (body.resetRequired) throw new Error('unexpected reset');
    expect(body.hasMore).toBe(true);
    expect(Buffer.byteLength(JSON.stringify(body))).toBeLessThanOrEqual(MAX_PULL_BYTES + 4096);
    const { pages } = await reader.pullAll();
    expect(pages).toBeGreaterThan(1);
    expect([...reader.rows.values()].filter((r) => r.table === 'notices')).toHaveLength(10);
  });
});

describe('scope', () => {
  beforeEach(async () => {
    await pushAll(device('cadreA'), [['notice.put', noticeArgs(VILLAGE_A, { title: 'A' })]]);
    await pushAll(device('cadreB'), [['notice.put', noticeArgs(VILLAGE_B, { title: 'B' })]]);
    await pushAll(device('cadreOther'), [
      ['notice.put', noticeArgs(OTHER_VILLAGE, { title: 'O' })],
    ]);
  });

  it.each([
    ['cadreA', ['A']],
    ['supervisorA', ['A']],
    ['cadreB', ['B']],
    ['reviewer', ['A', 'B']],
    ['otherReviewer', ['O']],
    ['admin', ['A', 'B', 'O']],
  ] as const)('%s receives the notices of %j only', async (account, titles) => {
    const reader = device(account);
    await reader.pullAll();
    const seen = [...reader.rows.values()]
      .filter((r) => r.table === 'notices')
      .map((r) => r.value?.title);
    expect(seen.sort()).toEqual(titles);
  });

  it('regions: a village user gets its village and parents, a reviewer the whole township', async () => {
    const cadre = device('cadreA');
    await cadre.pullAll();
    const cadreRegions = [...cadre.rows.values()]
      .filter((r) => r.table === 'regions')
      .map((r) => r.key);
    expect(cadreRegions.sort()).toEqual(['360735', '360735101', VILLAGE_A]);
    const reviewer = device('reviewer');
    await reviewer.pullAll();
    const reviewerRegions = [...reviewer.rows.values()]
      .filter((r) => r.table === 'regions')
      .map((r) => r.key);
    expect(reviewerRegions).toContain(VILLAGE_B);
    expect(reviewerRegions).not.toContain(OTHER_VILLAGE);
    expect(reviewerRegions.every((code) => code === '360735' || code.startsWith('360735101'))).toBe(
      true,
    );
    expect(reviewer.value('regions', VILLAGE_A)).toMatchObject({
      name: '小松村委会',
      level: 'village',
      parentCode: '360735101',
    });
  });
});

describe('reset', () => {
  it('a cookie from another epoch or ahead of the server asks the device to start again', async () => {
    const reader = device('cadreA');
    await reader.pullAll();
    const cookie = reader.cookie;
    if (!cookie) throw new Error('no cookie');
    reader.cookie = { ...cookie, version: cookie.version + 1 };
    expect((await reader.pullPage()).body).toEqual({ resetRequired: true, epoch: cookie.epoch });
    reader.cookie = { epoch: 'f'.repeat(32), version: 1 };
    expect((await reader.pullPage()).body).toEqual({ resetRequired: true, epoch: cookie.epoch });
  });

  it('a new epoch (after restoring a backup) makes every device pull everything again', async () => {
    await pushAll(device('cadreA'), [['notice.put', noticeArgs(VILLAGE_A)]]);
    const reader = device('cadreA');
    await reader.pullAll();
    const epoch = await rotateEpoch(server.storage.db);
    const { body } = await reader.pullPage();
    expect(body).toEqual({ resetRequired: true, epoch });
    reader.cookie = null;
    const fresh = await reader.pullPage();
    expect(fresh.body).toMatchObject({ cookie: { epoch } });
  });
});

describe('bad requests', () => {
  it.each([
    ['no cookie field', (clientId: string) => ({ protocol: 1, clientId })],
    [
      'a cookie with a negative version',
      (clientId: string) => ({ protocol: 1, clientId, cookie: { epoch: 'e', version: -1 } }),
    ],
    ['a malformed clientId', () => ({ protocol: 1, clientId: 'phone-1', cookie: null })],
  ])('%s is 400 invalid', async (_case, body) => {
    const reader = device('cadreA');
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/sync/pull',
      headers: { authorization: server.accounts.cadreA.auth },
      payload: body(reader.clientId),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: 'invalid' });
  });
});
