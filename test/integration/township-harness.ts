// The township server in-process (its real SQLite database in a temp folder) and phones
// with real Dexie on fake-indexeddb, joined by a fetch that calls app.inject(): no port.
// Each phone has its own network switch, so a test can take it offline or lose an answer
// after the server committed. Shared by the sync integration tests.
import { copyFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { openDatabase, type AppDatabase } from '../../src/data';
import type { User } from '../../src/domain/user';
import { uuidv7 } from '../../src/domain/uuid';
import { buildApp } from '../../src/server/app';
import { createUser } from '../../src/server/auth/users';
import { rotateEpoch } from '../../src/server/db/server-state';
import { SQLITE_FILE, type Storage } from '../../src/server/db/storage';
import { createTestDatabase, type TestDatabase } from '../../src/server/db/test-storage';
import type { FetchLike } from '../../src/sync/api-client';
import { signIn } from '../../src/sync/auth';
import type { PullRequest } from '../../src/sync/protocol';
import { createSyncEngine, type SyncEngine } from '../../src/sync/sync-engine';
import { VILLAGE_CODE } from '../fixtures/payout-fixtures';

export const PASSWORD = 'village-pass-1';

/** The server process: can be stopped, have its files replaced, and started again. */
export class TownshipServer {
  storage!: Storage;
  app!: FastifyInstance;
  /** phones made by signedInDevice, deleted by close() */
  readonly devices: Device[] = [];
  constructor(readonly database: TestDatabase) {}

  /** A fresh database with the village's cadre and supervisor, served in-process. */
  static async startWithVillage(): Promise<TownshipServer> {
    // Always SQLite, even when DATABASE_URL is set: the restore story copies the file.
    const server = new TownshipServer(await createTestDatabase(''));
    await server.start();
    await createVillageUsers(server);
    return server;
  }

  async close(): Promise<void> {
    for (const device of this.devices.splice(0)) await device.db.delete();
    await this.stop();
    await this.database.destroy();
  }

  async start(): Promise<void> {
    this.storage = await this.database.open();
    this.app = await buildApp({ storage: this.storage });
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.storage.close();
  }

  /** A consistent copy of the live database file, as a nightly backup would take. */
  async backup(file: string): Promise<void> {
    await sql`vacuum into ${file}`.execute(this.storage.db);
  }

  /** Restore procedure: stop, put the old copy back, start, new epoch. */
  async restore(file: string): Promise<void> {
    await this.stop();
    const dataDir = (this.database.target as { dataDir: string }).dataDir;
    await rm(path.join(dataDir, `${SQLITE_FILE}-wal`), { force: true });
    await rm(path.join(dataDir, `${SQLITE_FILE}-shm`), { force: true });
    await copyFile(file, path.join(dataDir, SQLITE_FILE));
    await this.start();
    await rotateEpoch(this.storage.db);
  }

  async mutationLogCount(clientId: string): Promise<number> {
    const rows = await this.storage.db
      .selectFrom('mutation_log')
      .select('mid')
      .where('client_id', '=', clientId)
      .execute();
    return rows.length;
  }

  async lastMid(clientId: string): Promise<number | undefined> {
    const row = await this.storage.db
      .selectFrom('clients')
      .select('last_mid')
      .where('client_id', '=', clientId)
      .executeTakeFirst();
    return row === undefined ? undefined : Number(row.last_mid);
  }
}

/** One phone: its own database, its own network conditions. */
export interface Device {
  db: AppDatabase;
  engine: SyncEngine;
  user: User;
  network: { isOffline: boolean; dropNextAnswer: 'push' | 'pull' | null };
  pulls: PullRequest[];
}

export function deviceFetch(
  server: TownshipServer,
  device: Pick<Device, 'network' | 'pulls'>,
): FetchLike {
  return async (url, init) => {
    if (device.network.isOffline) throw new TypeError('Failed to fetch');
    const body = typeof init.body === 'string' ? init.body : undefined;
    if (url === '/api/sync/pull' && body) device.pulls.push(JSON.parse(body) as PullRequest);
    const answer = await server.app.inject({
      method: init.method as 'GET' | 'POST' | 'PUT',
      url,
      headers: init.headers as Record<string, string>,
      payload: body,
    });
    const route = url.endsWith('/push') ? 'push' : url.endsWith('/pull') ? 'pull' : null;
    if (route && device.network.dropNextAnswer === route) {
      // The server committed, but the phone lost the answer (tunnel, dead battery).
      device.network.dropNextAnswer = null;
      throw new TypeError('Failed to fetch');
    }
    const status = answer.statusCode;
    return new Response(status === 204 ? null : answer.body, {
      status,
      headers: { 'content-type': 'application/json' },
    });
  };
}

export async function signedInDevice(server: TownshipServer, username: string): Promise<Device> {
  const partial = {
    network: { isOffline: false, dropNextAnswer: null },
    pulls: [] as PullRequest[],
  };
  const fetchImpl = deviceFetch(server, partial);
  const db = openDatabase(`roundtrip-${username}-${uuidv7()}`);
  const session = await signIn(db, username, PASSWORD, { fetchImpl });
  const device: Device = {
    ...partial,
    db,
    user: session.user,
    engine: createSyncEngine({ db, fetchImpl }),
  };
  server.devices.push(device);
  return device;
}

async function createVillageUsers(server: TownshipServer): Promise<void> {
  const now = Date.now();
  await createUser(
    server.storage.db,
    {
      username: 'cadre',
      displayName: '曾国华',
      role: 'village-cadre',
      regionCode: VILLAGE_CODE,
      password: PASSWORD,
    },
    now,
  );
  await createUser(
    server.storage.db,
    {
      username: 'supervisor',
      displayName: '赖秀英',
      role: 'village-supervisor',
      regionCode: VILLAGE_CODE,
      password: PASSWORD,
    },
    now,
  );
}

export const batchesOf = (device: Device) =>
  device.db.batches.where('villageCode').equals(VILLAGE_CODE).toArray();
