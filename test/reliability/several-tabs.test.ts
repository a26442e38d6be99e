// Several tabs of the app on one phone (SYNC.md "Reliability tests to have"): two Dexie
// connections to the same database, each with its own engine and scheduler, writing at
// the same time. Only one tab may push at a time (the scheduler's Web Lock, here a test
// stand-in), and every write from either tab must reach the server exactly once.
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { countOutbox, getClientId, openDatabase, type AppDatabase } from '../../src/data';
import {
  createBatchDraft,
  updateBatchDraft,
  type NewBatchInput,
} from '../../src/features/subsidies/batch-commands';
import { VILLAGE_A } from '../../src/server/auth/test-accounts';
import type { FetchLike } from '../../src/sync/api-client';
import { startSync, type SchedulerOptions } from '../../src/sync/scheduler';
import { createSyncEngine, type SyncOutcome } from '../../src/sync/sync-engine';
import { seededRandom } from './seeded-random';
import { createSyncWorld, destroyWorldTemplate, faultyFetch, type SyncWorld } from './sync-world';
import { TestLockManager } from './test-lock-manager';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const input = (item: string): NewBatchInput => ({
  villageCode: VILLAGE_A,
  year: 2025,
  item,
  unit: '亩',
  rateText: '107.5元/亩',
  basis: '赣财农〔2025〕12号',
  department: '石城县财政局',
  publisher: '小松村村民委员会',
  hotline: '0797-5712345',
  paidOn: '2025-06-30',
});

/** Waits for a condition the tabs reach on their own; fails with `what` if they never do. */
async function waitFor(what: string, condition: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 600; tries++) {
    if (await condition()) return;
    await sleep(25);
  }
  throw new Error(`never happened: ${what}`);
}

interface Tab {
  db: AppDatabase;
  syncCalls: number;
  stop(): Promise<void>;
}

interface Phone {
  world: SyncWorld;
  /** pushes in flight now, and the most ever at once */
  pushes: { now: number; most: number };
  /** holds every push until released, when set */
  gate: Promise<void> | null;
  /** resolves when a push reaches the (closed) gate */
  atGate: Promise<void>;
  openTab(locks: SchedulerOptions['locks']): Tab;
}

let world: SyncWorld | null = null;
afterEach(async () => {
  await world?.destroy();
  world = null;
  await destroyWorldTemplate();
});

/** One phone of cadre A; tabs opened on it share its database name and its network. */
async function startPhone(): Promise<Phone> {
  world = await createSyncWorld(['cadreA']);
  const client = world.clients[0]!;
  const network = faultyFetch(world, client);
  let reachedGate: () => void = () => undefined;
  const phone: Phone = {
    world,
    pushes: { now: 0, most: 0 },
    gate: null,
    atGate: new Promise((resolve) => (reachedGate = resolve)),
    openTab(locks) {
      const db = openDatabase(client.db.name);
      const fetchImpl: FetchLike = async (url, init) => {
        if (!url.endsWith('/push')) return network(url, init);
        phone.pushes.now += 1;
        phone.pushes.most = Math.max(phone.pushes.most, phone.pushes.now);
        try {
          if (phone.gate) {
            reachedGate();
            await phone.gate;
          }
          await sleep(3); // a push takes a moment: saves and other tabs' triggers land meanwhile
          return await network(url, init);
        } finally {
          phone.pushes.now -= 1;
        }
      };
      const engine = createSyncEngine({ db, fetchImpl });
      const rounds = new Set<Promise<SyncOutcome>>();
      const tab: Tab = {
        db,
        syncCalls: 0,
        async stop() {
          stopScheduler();
          subscription.unsubscribe();
          await Promise.allSettled([...rounds]);
          db.close();
        },
      };
      // The tab's own view of the outbox: a save in the other tab shows up here too.
      let onCount: (count: number) => void = () => undefined;
      const subscription = liveQuery(() => db.outbox.count()).subscribe((count) => onCount(count));
      const stopScheduler = startSync(
        {
          syncOnce() {
            tab.syncCalls += 1;
            const round = engine.syncOnce();
            rounds.add(round);
            void round.finally(() => rounds.delete(round)).catch(() => undefined);
            return round;
          },
        },
        {
          locks,
          windowTarget: null,
          documentTarget: null,
          intervalMs: 40,
          saveDelayMs: 5,
          random: seededRandom(7).next,
          subscribePendingCount: (listener) => {
            onCount = listener;
            return () => undefined;
          },
        },
      );
      return tab;
    },
  };
  return phone;
}

async function serverLog(phone: Phone, clientId: string) {
  const rows = await phone.world.server.storage.db
    .selectFrom('mutation_log')
    .select(['mid', 'status'])
    .where('client_id', '=', clientId)
    .orderBy('mid')
    .execute();
  return rows.map((row) => ({ mid: Number(row.mid), status: row.status }));
}

describe('two tabs writing on one phone', () => {
  it('while one tab pushes, the other finds the lock taken and does not push', async () => {
    const phone = await startPhone();
    const locks = new TestLockManager();
    let release: () => void = () => undefined;
    phone.gate = new Promise((resolve) => (release = resolve));
    const first = phone.openTab(locks);
    await createBatchDraft(first.db, input('耕地地力保护补贴'), phone.world.clients[0]!.user.id);
    await phone.atGate;

    const second = phone.openTab(locks);
    await waitFor('the second tab asks for the lock', async () => locks.busyAnswers > 0);
    expect(second.syncCalls).toBe(0);
    expect(phone.pushes.now).toBe(1);

    release();
    phone.gate = null;
    await waitFor('the draft is on the server', async () => (await countOutbox(first.db)) === 0);
    await Promise.all([first.stop(), second.stop()]);
    const clientId = await getClientId(phone.world.clients[0]!.db);
    expect(await serverLog(phone, clientId)).toEqual([{ mid: 1, status: 'applied' }]);
    expect(phone.pushes.most).toBe(1);
  });

  it.each([
    { name: 'with the Web Lock', hasLock: true },
    { name: 'without Web Locks (older browsers)', hasLock: false },
  ])('$name: every write of both tabs reaches the server exactly once', async ({ hasLock }) => {
    const phone = await startPhone();
    const author = phone.world.clients[0]!.user.id;
    // Tabs of one browser share navigator.locks.
    const locks = hasLock ? new TestLockManager() : null;
    const tabs = [phone.openTab(locks), phone.openTab(locks)];
    const random = seededRandom(11);
    const created: string[][] = [[], []];
    let saves = 0;
    // Each tab saves new drafts and edits drafts either tab made, at its own pace.
    await Promise.all(
      tabs.map(async (tab, index) => {
        for (let i = 0; i < 25; i++) {
          const mine = created[index]!;
          const all = created.flat();
          if (all.length > 0 && random.chance(0.4)) {
            await updateBatchDraft(tab.db, random.pick(all), { rateText: `${100 + i}元/亩` });
          } else {
            mine.push(
              (await createBatchDraft(tab.db, input(`第${index}页第${i}项补贴`), author)).id,
            );
          }
          saves += 1;
          await sleep(random.int(0, 12));
        }
      }),
    );

    const clientId = await getClientId(tabs[0]!.db);
    await waitFor(
      'every write is on the server and both outboxes are empty',
      async () =>
        (await countOutbox(tabs[0]!.db)) === 0 &&
        (await serverLog(phone, clientId)).length === saves,
    );
    await Promise.all(tabs.map((tab) => tab.stop()));

    const log = await serverLog(phone, clientId);
    expect(log).toEqual(
      Array.from({ length: saves }, (_, i) => ({ mid: i + 1, status: 'applied' })),
    );
    const onServer = await phone.world.server.storage.db
      .selectFrom('batches')
      .select(['id', 'record'])
      .execute();
    expect(onServer.map((row) => row.id).sort()).toEqual(created.flat().sort());
    // The phone's copy is the server's, whichever tab last wrote a record.
    const local = await phone.world.clients[0]!.db.batches.toArray();
    expect(new Map(local.map((b) => [b.id, b]))).toEqual(
      new Map(onServer.map((row) => [row.id, JSON.parse(row.record) as unknown])),
    );
    if (hasLock) expect(phone.pushes.most).toBe(1);
  });
});
