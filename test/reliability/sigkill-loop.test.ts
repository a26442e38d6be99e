// The server killed with SIGKILL in a loop while a phone pushes (SYNC.md "Reliability
// tests to have"): the real server process on a SQLite data directory, a phone with the
// real engine on fake-indexeddb talking HTTP to it. After every kill the server must start
// again on the same directory (the lock dies with the process), the database must pass
// PRAGMA integrity_check, and every mutation the phone heard 'applied' or 'duplicate' for
// must be in it. At the end the phone's queue is empty and it shows what the server has.
//
//   KILL_LOOPS=10  how many kills (5 by default)
//   KILL_SEED=3    seed of the sizes and kill moments (timing still varies between runs)
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { countOutbox, getClientId, openDatabase, type AppDatabase } from '../../src/data';
import { uuidv7 } from '../../src/domain/uuid';
import { createBatchDraft } from '../../src/features/subsidies/batch-commands';
import { SQLITE_FILE } from '../../src/server/db/storage';
import { DEMO_VILLAGES } from '../../src/server/seed/demo-seed';
import { isApiError, type FetchLike } from '../../src/sync/api-client';
import { signIn } from '../../src/sync/auth';
import type { PushRequest, PushResult } from '../../src/sync/protocol';
import { createSyncEngine } from '../../src/sync/sync-engine';
import { seededRandom } from './seeded-random';
import {
  runSecondServer,
  startServerProcess,
  type ServerProcess,
  type ServerProcessOptions,
} from './server-process';

const KILL_LOOPS = Number(process.env.KILL_LOOPS ?? 5);
const KILL_SEED = Number(process.env.KILL_SEED ?? 1);
const PASSWORD = 'kill-loop-pass-1';
const VILLAGE = DEMO_VILLAGES[0];
/**
 * A kill lands this long after the phone starts syncing: early ones hit the first push of
 * a freshly started server, later ones a server already answering (inside a transaction,
 * between two, or while a pull is read).
 */
const KILL_DELAY_RANGES_MS: readonly [number, number][] = [
  [0, 300],
  [300, 1500],
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface ServerCheck {
  integrity: string;
  missing: string[];
}

/** Opens the data directory's database beside the running server, reading only. */
function checkDatabase(dataDir: string, heard: Map<string, PushResult['status']>): ServerCheck {
  const db = new BetterSqlite3(path.join(dataDir, SQLITE_FILE), { fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    const logged = new Map(
      (
        db.prepare('select client_id, mid, status from mutation_log').all() as {
          client_id: string;
          mid: number;
          status: string;
        }[]
      ).map((row) => [`${row.client_id}/${row.mid}`, row.status]),
    );
    const missing = [...heard]
      .filter(
        ([key, status]) =>
          !logged.has(key) || (status === 'applied' && logged.get(key) !== 'applied'),
      )
      .map(([key, status]) => `${key} heard ${status}, logged ${logged.get(key) ?? 'nothing'}`);
    return { integrity, missing };
  } finally {
    db.close();
  }
}

function serverBatches(dataDir: string): Map<string, number> {
  const db = new BetterSqlite3(path.join(dataDir, SQLITE_FILE), { fileMustExist: true });
  try {
    const rows = db
      .prepare('select id, version from batches where deleted = 0 and village_code = ?')
      .all(VILLAGE) as { id: string; version: number }[];
    return new Map(rows.map((row) => [row.id, row.version]));
  } finally {
    db.close();
  }
}

async function saveDrafts(db: AppDatabase, authorId: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await createBatchDraft(
      db,
      {
        villageCode: VILLAGE,
        year: 2025,
        item: '耕地地力保护补贴',
        unit: '亩',
        rateText: `${100 + (i % 50)}元/亩`,
        basis: '赣财农〔2025〕12号',
        department: '石城县财政局',
        publisher: '小松村村民委员会',
        hotline: '0797-5712345',
        paidOn: '2025-06-30',
      },
      authorId,
    );
  }
}

describe('server killed with SIGKILL during pushes', () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it(
    `keeps every acknowledged mutation and an intact database over ${KILL_LOOPS} kills`,
    async () => {
      const random = seededRandom(KILL_SEED);
      const root = await mkdtemp(path.join(tmpdir(), 'cunwu-kill-'));
      cleanup.push(() => rm(root, { recursive: true, force: true }));
      const options: ServerProcessOptions = {
        dataDir: path.join(root, 'data'),
        distDir: path.join(root, 'dist'),
        demoPassword: PASSWORD,
      };
      await mkdir(options.distDir);
      let server: ServerProcess = await startServerProcess(options);
      cleanup.push(() => server.kill());

      /** What the phone heard from the server, by `${clientId}/${mid}`. */
      const heard = new Map<string, PushResult['status']>();
      const fetchImpl: FetchLike = async (input, init) => {
        const response = await fetch(`${server.url}${input}`, init);
        if (input === '/api/sync/push' && (response.status === 200 || response.status === 409)) {
          // Counted only if the whole answer arrived: the engine reads the same bytes.
          const answer = (await response
            .clone()
            .json()
            .catch(() => null)) as { results?: PushResult[] } | null;
          const { clientId } = JSON.parse(init.body as string) as PushRequest;
          for (const result of answer?.results ?? [])
            heard.set(`${clientId}/${result.mid}`, result.status);
        }
        return response;
      };
      const db = openDatabase(`kill-loop-${uuidv7()}`);
      cleanup.push(() => db.delete());
      const { user } = await signIn(db, `cadre-${VILLAGE}`, PASSWORD, { fetchImpl });
      const engine = createSyncEngine({ db, fetchImpl, timeoutMs: 15_000 });
      const unexpected: unknown[] = [];
      let saved = 0;

      for (let loop = 1; loop <= KILL_LOOPS; loop++) {
        const burst = random.int(20, 150);
        await saveDrafts(db, user.id, burst);
        saved += burst;
        let isKilled = false;
        const [earliest, latest] = random.pick(KILL_DELAY_RANGES_MS);
        const killer = sleep(random.int(earliest, latest)).then(() => {
          isKilled = true;
          return server.kill('SIGKILL');
        });
        const phone = (async () => {
          while (!isKilled) {
            try {
              await engine.syncOnce();
            } catch (error) {
              // A request cut by the kill fails in many ways; before it, nothing may fail.
              if (!isKilled || !isApiError(error)) unexpected.push(error);
            }
            if (!isKilled) {
              const more = random.int(1, 30);
              await saveDrafts(db, user.id, more);
              saved += more;
            }
          }
        })();
        expect(await killer).toBeNull(); // killed by the signal, not exited by itself
        await phone;

        // Starting again on the same directory proves the lock died with the process.
        server = await startServerProcess(options);
        const check = checkDatabase(options.dataDir, heard);
        expect(check.integrity).toBe('ok');
        expect(check.missing).toEqual([]);

        if (loop === 1) {
          const second = await runSecondServer(options);
          expect(second.code).toBe(1);
          expect(second.output).toMatch(/in use by another server process \(pid \d+\)/);
        }
      }
      expect(unexpected).toEqual([]);

      // Quiet network: the phone sends what is left and reads the server back.
      for (let round = 0; round < 5 && (await countOutbox(db)) > 0; round++)
        await engine.syncOnce();
      expect(await engine.syncOnce()).toMatchObject({ status: 'synced' });
      expect(await countOutbox(db)).toBe(0);

      const clientId = await getClientId(db);
      const final = checkDatabase(options.dataDir, heard);
      expect(final).toEqual({ integrity: 'ok', missing: [] });
      const logged = new BetterSqlite3(path.join(options.dataDir, SQLITE_FILE));
      const statuses = logged
        .prepare(
          'select status, count(*) as n from mutation_log where client_id = ? group by status',
        )
        .all(clientId);
      logged.close();
      expect(statuses).toEqual([{ status: 'applied', n: saved }]);

      const onPhone = new Map(
        (await db.batches.where('villageCode').equals(VILLAGE).toArray()).map((b) => [
          b.id,
          b.version,
        ]),
      );
      expect(onPhone).toEqual(serverBatches(options.dataDir));

      // A clean stop after all this still closes the database properly.
      expect(await server.kill('SIGTERM')).toBe(0);
      expect(checkDatabase(options.dataDir, heard).integrity).toBe('ok');
    },
    KILL_LOOPS * 30_000 + 60_000,
  );
});
