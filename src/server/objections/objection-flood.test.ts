// A script floods the objection endpoint (2,000 requests: half from one address, half
// spread over a hundred) while the village keeps working: the cadre's phone syncs, the
// township checks health, a resident on another address reads the board and raises an
// objection. They must all be answered while the flood is still in flight, the flood must
// get exactly its per-address budget and 429 for the rest, and nothing else must fail.
// No timings are asserted: "in flight" is read from how many flood answers had come back.
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../sync/protocol';
import { uuidv7 } from '../../domain/uuid';
import type { StaffObjectionsResponse } from '../../domain/objection';
import { VILLAGE_A } from '../auth/test-accounts';
import { insertBatch, insertNotice } from '../public/public-test-fixtures';
import { OBJECTIONS_PER_MINUTE } from '../public/objection-routes';
import { startTestServer, TEST_START_MS, type TestServer } from '../sync/test-server';

const FROM_ONE_ADDRESS = 1_000;
const SPREAD_ADDRESSES = 100;
const PER_SPREAD_ADDRESS = 10;
const FLOOD_TOTAL = FROM_ONE_ADDRESS + SPREAD_ADDRESSES * PER_SPREAD_ADDRESS;
/** Requests the script keeps open at once, like a pool of connections. */
const FLOOD_CONCURRENCY = 100;

let server: TestServer;
let noticeId: string;

beforeAll(async () => {
  server = await startTestServer();
  noticeId = await insertNotice(server.storage, {
    villageCode: VILLAGE_A,
    state: 'published',
    approvedAt: TEST_START_MS,
    title: '村内道路硬化项目实施结果公开',
    body: '项目决算 35.6 万元。',
  });
  await insertBatch(server.storage, {
    villageCode: VILLAGE_A,
    state: 'published',
    approvedAt: TEST_START_MS,
  });
});

afterAll(async () => {
  await server.close();
});

function floodAddress(i: number): string {
  if (i < FROM_ONE_ADDRESS) return '10.66.0.1';
  return `10.77.0.${(i - FROM_ONE_ADDRESS) % SPREAD_ADDRESSES}`;
}

function raiseFrom(ip: string, n: number) {
  return server.app.inject({
    method: 'POST',
    url: `/api/public/villages/${VILLAGE_A}/objections`,
    payload: { itemKind: 'notice', itemId: noticeId, text: `第 ${n} 条：数字不对，请核实。` },
    remoteAddress: ip,
  });
}

describe('an objection flood', () => {
  it('gets its budget and 429s while sync, health, the board and other residents still answer', async () => {
    const floodStatuses: number[] = [];
    let next = 0;
    const worker = async () => {
      while (next < FLOOD_TOTAL) {
        const i = next++;
        floodStatuses.push((await raiseFrom(floodAddress(i), i)).statusCode);
      }
    };
    const flood = Promise.all(Array.from({ length: FLOOD_CONCURRENCY }, worker));

    // What the rest of the village does meanwhile, one round after another until the
    // flood is over; each answer records how much of the flood had come back by then.
    const { cadreA } = server.accounts;
    const clientId = uuidv7(TEST_START_MS);
    const others: { name: string; status: number; floodAnswered: number }[] = [];
    const probe = async (name: string, request: InjectOptions) => {
      const response = await server.app.inject(request);
      others.push({ name, status: response.statusCode, floodAnswered: floodStatuses.length });
    };
    let isFloodOver = false;
    void flood.then(() => (isFloodOver = true));
    for (let round = 0; round < 3 || !isFloodOver; round++) {
      await Promise.all([
        probe('health', { method: 'GET', url: '/api/health' }),
        probe('sync-pull', {
          method: 'POST',
          url: '/api/sync/pull',
          headers: { authorization: cadreA.auth },
          payload: { protocol: PROTOCOL_VERSION, clientId, cookie: null },
        }),
        probe('public-board', {
          method: 'GET',
          url: `/api/public/villages/${VILLAGE_A}`,
          remoteAddress: `10.88.${round >> 8}.${round & 255}`,
        }),
        probe('other-resident', {
          method: 'POST',
          url: `/api/public/villages/${VILLAGE_A}/objections`,
          payload: { itemKind: 'notice', itemId: noticeId, text: '我家的数字不对，请核实。' },
          remoteAddress: `10.99.${round >> 8}.${round & 255}`,
        }),
      ]);
    }
    await flood;

    expect(floodStatuses).toHaveLength(FLOOD_TOTAL);
    const accepted = floodStatuses.filter((s) => s === 201).length;
    const limited = floodStatuses.filter((s) => s === 429).length;
    expect(accepted).toBe((1 + SPREAD_ADDRESSES) * OBJECTIONS_PER_MINUTE);
    expect(limited).toBe(FLOOD_TOTAL - accepted);

    const failed = others.filter((o) => o.status !== (o.name === 'other-resident' ? 201 : 200));
    expect(failed).toEqual([]);
    // Every kind of request was answered at least once before the flood was done.
    for (const name of ['health', 'sync-pull', 'public-board', 'other-resident']) {
      expect(
        others.some((o) => o.name === name && o.floodAnswered < FLOOD_TOTAL),
        name,
      ).toBe(true);
    }

    // The village's list holds what was accepted, nothing that was refused.
    const listed = await server.app.inject({
      method: 'GET',
      url: '/api/objections',
      headers: { authorization: cadreA.auth },
    });
    const residents = others.filter((o) => o.name === 'other-resident').length;
    expect(listed.json<StaffObjectionsResponse>().objections).toHaveLength(
      Math.min(accepted + residents, 500),
    );
  });
});
