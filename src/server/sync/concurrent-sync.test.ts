// Several devices syncing at once, through two server processes when PostgreSQL is
// behind them (one process on SQLite): versions are never handed out twice, a device
// pulling while others push never skips a change, and a retry racing its original
// request is applied once.
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { OTHER_VILLAGE, VILLAGE_A, VILLAGE_B, type AccountName } from '../auth/test-accounts';
import type { Storage } from '../db/storage';
import { noticeArgs, TestDevice } from './test-sync-client';
import { startTestServer, type TestServer } from './test-server';

let server: TestServer;
let secondStorage: Storage | null = null;
let apps: FastifyInstance[];

beforeEach(async () => {
  server = await startTestServer();
  apps = [server.app];
  if (server.database.dialect === 'postgres') {
    secondStorage = await server.database.open({ now: () => server.clock.now });
    apps.push(await buildApp({ storage: secondStorage }));
  }
});
afterEach(async () => {
  if (secondStorage) {
    await apps[1]?.close();
    await secondStorage.close();
    secondStorage = null;
  }
  await server.close();
});

const appFor = (index: number): FastifyInstance => apps[index % apps.length] as FastifyInstance;

function snapshot(device: TestDevice): Map<string, number> {
  return new Map([...device.rows.entries()].map(([key, row]) => [key, row.version]));
}

describe('concurrent sync', () => {
  it('a reader pulling during many pushes ends with exactly what a fresh pull shows', async () => {
    const writers: [AccountName, string][] = [
      ['cadreA', VILLAGE_A],
      ['cadreA2', VILLAGE_A],
      ['cadreB', VILLAGE_B],
      ['cadreOther', OTHER_VILLAGE],
    ];
    let isWriting = true;
    const write = async (
      [account, village]: [AccountName, string],
      index: number,
    ): Promise<void> => {
      const device = new TestDevice(appFor(index), server.accounts[account].auth);
      const notices = Array.from({ length: 5 }, () => noticeArgs(village));
      for (let round = 0; round < 6; round++) {
        const mutations = notices.map((n) =>
          device.mutation('notice.put', { ...n, title: `第${round}轮` }),
        );
        const response = await device.push(mutations);
        expect(response.statusCode).toBe(200);
        expect(response.body.results.every((r) => r.status === 'applied')).toBe(true);
      }
    };
    const reader = new TestDevice(appFor(1), server.accounts.admin.auth);
    const readLoop = async (): Promise<void> => {
      while (isWriting) await reader.pullAll();
    };
    const reading = readLoop();
    await Promise.all(writers.map(write));
    isWriting = false;
    await reading;
    await reader.pullAll();

    const fresh = new TestDevice(appFor(0), server.accounts.admin.auth);
    await fresh.pullAll();
    expect(snapshot(reader)).toEqual(snapshot(fresh));
    expect([...fresh.rows.values()].filter((r) => r.table === 'notices')).toHaveLength(20);

    const versions = await server.storage.db.selectFrom('notices').select('version').execute();
    expect(new Set(versions.map((v) => Number(v.version))).size).toBe(versions.length);
  });

  it('a retry racing its original request is applied once', async () => {
    const first = new TestDevice(appFor(0), server.accounts.cadreA.auth);
    const retry = new TestDevice(appFor(1), server.accounts.cadreA.auth);
    Object.assign(retry, { clientId: first.clientId });
    const mutations = Array.from({ length: 20 }, () =>
      first.mutation('notice.put', noticeArgs(VILLAGE_A)),
    );
    const [a, b] = await Promise.all([first.push(mutations), retry.push(mutations)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const statuses = [...a.body.results, ...b.body.results].map((r) => r.status);
    expect(statuses.filter((s) => s === 'applied')).toHaveLength(20);
    expect(statuses.filter((s) => s === 'duplicate')).toHaveLength(20);
    const rows = await server.storage.db.selectFrom('notices').select('id').execute();
    expect(rows).toHaveLength(20);
  });
});
