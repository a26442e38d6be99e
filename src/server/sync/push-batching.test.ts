// A push reads what its batch names up front, keeps its writes and versions in memory and
// writes them in a few statements at the end. What a device must still observe: later
// mutations see earlier ones of the same batch (also a review step, which reads the
// database itself), a refused mutation leaves only its log row and its conflict, and the
// versions handed out stay unique and in order, also with two server processes on one
// PostgreSQL.
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../domain/uuid';
import { buildApp } from '../app';
import { VILLAGE_A, VILLAGE_B, type AccountName } from '../auth/test-accounts';
import type { Storage } from '../db/storage';
import { batchArgs, lineArgs, TestDevice } from './test-sync-client';
import { startTestServer, type TestServer } from './test-server';

let server: TestServer;
let cadre: TestDevice;

beforeEach(async () => {
  server = await startTestServer();
  cadre = new TestDevice(server.app, server.accounts.cadreA.auth);
});
afterEach(async () => {
  await server.close();
});

type VersionedTable = 'batches' | 'lines' | 'notices' | 'review_steps' | 'conflicts';
const VERSIONED: VersionedTable[] = ['batches', 'lines', 'notices', 'review_steps', 'conflicts'];

async function allVersions(storage: Storage): Promise<number[]> {
  const versions: number[] = [];
  for (const table of VERSIONED) {
    const rows = await storage.db.selectFrom(table).select('version').execute();
    versions.push(...rows.map((row) => Number(row.version)));
  }
  return versions;
}

async function counterOf(storage: Storage): Promise<number> {
  const row = await storage.db
    .selectFrom('server_state')
    .select('version')
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

describe('one push, many mutations', () => {
  it('a review step in the same push sees the lines written before it', async () => {
    const batch = batchArgs(VILLAGE_A);
    const clean = batchArgs(VILLAGE_A);
    const response = await cadre.push([
      cadre.mutation('batch.put', batch),
      cadre.mutation('line.put', lineArgs(batch)),
      cadre.mutation('line.put', lineArgs(batch, { remark: '卡号 6222021234567890128 已换' })),
      cadre.mutation('review.transition', {
        stepId: uuidv7(),
        itemKind: 'batch',
        itemId: batch.id,
        action: 'submit',
      }),
      cadre.mutation('batch.put', clean),
      cadre.mutation('line.put', lineArgs(clean)),
      cadre.mutation('review.transition', {
        stepId: uuidv7(),
        itemKind: 'batch',
        itemId: clean.id,
        action: 'submit',
      }),
      // After the review step: the submitted list is locked, even within the same push.
      cadre.mutation('line.put', lineArgs(clean, { name: '曾小华' })),
    ]);
    expect(response.statusCode).toBe(200);
    expect(response.body.results.map((r) => r.reason ?? r.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'personal-data-found',
      'applied',
      'applied',
      'applied',
      'locked',
    ]);
    await cadre.pullAll();
    expect(cadre.value('batches', batch.id)).toMatchObject({ state: 'draft' });
    expect(cadre.value('batches', clean.id)).toMatchObject({ state: 'submitted' });
  });

  it('a refused mutation leaves its log row and conflict and nothing else', async () => {
    const batch = batchArgs(VILLAGE_A);
    const bad = lineArgs(batch, { amountFen: 1 });
    const good = lineArgs(batch);
    const response = await cadre.push([
      cadre.mutation('batch.put', batch),
      cadre.mutation('line.put', bad),
      cadre.mutation('line.put', good),
      cadre.mutation('batch.put', { ...batch, item: '第二次保存' }, 0),
    ]);
    expect(response.body.results.map((r) => r.reason ?? r.status)).toEqual([
      'applied',
      'invalid',
      'applied',
      'applied',
    ]);
    const log = await server.storage.db
      .selectFrom('mutation_log')
      .select(['mid', 'status', 'reason', 'args'])
      .orderBy('mid')
      .execute();
    expect(log.map((row) => [Number(row.mid), row.status, row.reason])).toEqual([
      [1, 'applied', null],
      [2, 'rejected', 'invalid'],
      [3, 'applied', null],
      [4, 'applied', null],
    ]);
    expect(JSON.parse(log[1]?.args ?? 'null')).toEqual(bad);
    const lines = await server.storage.db.selectFrom('lines').select('id').execute();
    expect(lines.map((row) => row.id)).toEqual([good.id]);
    const conflicts = await server.storage.db
      .selectFrom('conflicts')
      .select(['mid', 'village_code'])
      .execute();
    expect(conflicts.map((c) => [Number(c.mid), c.village_code])).toEqual([[2, VILLAGE_A]]);

    // The second save of the header replaced the first: one row, the later text.
    await cadre.pullAll();
    expect(cadre.value('batches', batch.id)).toMatchObject({ item: '第二次保存' });
    const versions = await allVersions(server.storage);
    expect(new Set(versions).size).toBe(versions.length);
    expect(await counterOf(server.storage)).toBe(Math.max(...versions));
  });

  it('a batch over several pushes and a gap keeps every applied change exactly once', async () => {
    const batch = batchArgs(VILLAGE_A);
    const first = cadre.mutation('batch.put', batch);
    const lines = Array.from({ length: 120 }, (_, i) =>
      cadre.mutation('line.put', lineArgs(batch, { name: `户主${i}` })),
    );
    const gap = await cadre.push([first, ...lines.slice(0, 50), ...lines.slice(51, 99)]);
    expect(gap.statusCode).toBe(409);
    expect(gap.body).toMatchObject({ expectedMid: 52, lastMid: 51 });
    const rest = await cadre.push(lines.slice(48, 99));
    expect(rest.body.results.filter((r) => r.status === 'duplicate')).toHaveLength(2);
    await cadre.push(lines.slice(99));
    const count = await server.storage.db
      .selectFrom('lines')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(120);
    const logged = await server.storage.db
      .selectFrom('mutation_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(logged.n)).toBe(121);
  });
});

describe('versions under concurrent pushes', () => {
  let secondStorage: Storage | null = null;
  let apps: FastifyInstance[] = [];

  beforeEach(async () => {
    apps = [server.app];
    // Two server processes share PostgreSQL; SQLite has one process by design.
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
  });

  it('stay unique, follow each device in mid order and never skip a pulling reader', async () => {
    const writers: [AccountName, string][] = [
      ['cadreA', VILLAGE_A],
      ['cadreA2', VILLAGE_A],
      ['cadreB', VILLAGE_B],
      ['cadreA', VILLAGE_A],
    ];
    const lineIdsByDevice: string[][] = [];
    await Promise.all(
      writers.map(async ([account, village], index) => {
        const app = apps[index % apps.length] as FastifyInstance;
        const device = new TestDevice(app, server.accounts[account].auth);
        const ids: string[] = [];
        lineIdsByDevice.push(ids);
        for (let round = 0; round < 5; round++) {
          const batch = batchArgs(village);
          const lines = Array.from({ length: 20 }, () => lineArgs(batch));
          ids.push(...lines.map((line) => line.id));
          const response = await device.push([
            device.mutation('batch.put', batch),
            ...lines.map((line) => device.mutation('line.put', line)),
            // refused (no such batch): a conflict row takes a version too
            device.mutation('line.put', lineArgs({ id: uuidv7(), villageCode: village })),
          ]);
          expect(response.statusCode).toBe(200);
        }
      }),
    );

    const versions = await allVersions(server.storage);
    expect(versions).toHaveLength(4 * 5 * 22);
    expect(new Set(versions).size).toBe(versions.length);
    expect(await counterOf(server.storage)).toBe(Math.max(...versions));

    const lineVersions = new Map(
      (await server.storage.db.selectFrom('lines').select(['id', 'version']).execute()).map(
        (row) => [row.id, Number(row.version)],
      ),
    );
    for (const ids of lineIdsByDevice) {
      const inMidOrder = ids.map((id) => lineVersions.get(id) ?? -1);
      expect(inMidOrder).toEqual([...inMidOrder].sort((a, b) => a - b));
    }

    const admin = new TestDevice(
      apps[apps.length - 1] as FastifyInstance,
      server.accounts.admin.auth,
    );
    await admin.pullAll();
    expect([...admin.rows.values()].filter((row) => row.table === 'lines')).toHaveLength(400);
  });
});
