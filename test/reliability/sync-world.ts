// The world of the model-based sync test: the township server in-process on its real
// database (SQLite in a temp folder, or PostgreSQL when DATABASE_URL is set) and 2-8
// phones, each a real Dexie database on fake-indexeddb with the real sync engine, joined
// by a fetch that calls app.inject(). Every phone has its own network: offline, a request
// that never reaches the server, an answer lost after the server committed.
// Owns: building and tearing down the world, the faulty network, the record of what the
// server acknowledged. Does not own: which steps happen (sync-model-steps.ts) nor what
// must hold at the end (sync-invariants.ts).
import { getClientId, openDatabase, type AppDatabase } from '../../src/data';
import { saveSession } from '../../src/data/session-store';
import type { User } from '../../src/domain/user';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import {
  createTestAccounts,
  type AccountName,
  type TestAccounts,
} from '../../src/server/auth/test-accounts';
import type { Storage } from '../../src/server/db/storage';
import { createTestDatabase, type TestDatabase } from '../../src/server/db/test-storage';
import { TEST_START_MS, type TestClock } from '../../src/server/sync/test-server';
import type { FetchLike } from '../../src/sync/api-client';
import type { MutationStatus, PushRequest, PushResult } from '../../src/sync/protocol';
import { createSyncEngine, type SyncEngine } from '../../src/sync/sync-engine';

export interface NetworkConditions {
  isOffline: boolean;
  /** the next request never reaches the server */
  dropNextRequest: boolean;
  /** the server handles the next request, but its answer never reaches the phone */
  dropNextAnswer: boolean;
}

/** One local save as it was queued: what the server must end up holding exactly once. */
export interface SavedMutation {
  mid: number;
  name: string;
  args: unknown;
}

export interface SimClient {
  /** "phone3(cadreA)", used in traces */
  label: string;
  account: AccountName;
  user: User;
  db: AppDatabase;
  engine: SyncEngine;
  /** changed in place: the phone's fetch holds this object */
  network: NetworkConditions;
  saves: SavedMutation[];
  /** every clientId this phone sent: more than one would mean it started over */
  clientIdsSent: Set<string>;
}

/** A push result the phone actually received. */
export interface Acknowledgement {
  clientId: string;
  mid: number;
  status: MutationStatus;
}

/** The township server of one world; restart() closes and reopens it on the same data. */
export interface SimServer {
  storage: Storage;
  app: FastifyInstance;
  accounts: TestAccounts;
  clock: TestClock;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface SyncWorld {
  server: SimServer;
  clients: SimClient[];
  /** ids of every batch created, in creation order: steps pick targets by this order so a
   *  seed replays the same choices although UUIDs differ between runs */
  batchOrder: string[];
  acknowledgements: Acknowledgement[];
  trace: string[];
  log(line: string): void;
  destroy(): Promise<void>;
}

/** The phone's network: fetch answered by the server in-process, with this phone's faults. */
export function faultyFetch(
  world: SyncWorld,
  client: Pick<SimClient, 'label' | 'network' | 'clientIdsSent'>,
): FetchLike {
  return async (url, init) => {
    const network = client.network;
    if (network.isOffline) throw new TypeError('Failed to fetch');
    if (network.dropNextRequest) {
      network.dropNextRequest = false;
      world.log(`  ${client.label} request ${url} lost on the way`);
      throw new TypeError('Failed to fetch');
    }
    const body = typeof init.body === 'string' ? init.body : undefined;
    const isPush = url.endsWith('/api/sync/push');
    if (body && (isPush || url.endsWith('/api/sync/pull'))) {
      client.clientIdsSent.add((JSON.parse(body) as { clientId: string }).clientId);
    }
    const answer = await world.server.app.inject({
      method: init.method as 'GET' | 'POST' | 'PUT',
      url,
      headers: init.headers as Record<string, string>,
      payload: body,
    });
    if (network.dropNextAnswer) {
      network.dropNextAnswer = false;
      world.log(
        `  ${client.label} answer ${answer.statusCode} to ${url} lost after the server handled it`,
      );
      throw new TypeError('Failed to fetch');
    }
    if (isPush && body && (answer.statusCode === 200 || answer.statusCode === 409)) {
      const { clientId } = JSON.parse(body) as PushRequest;
      const { results } = answer.json<{ results?: PushResult[] }>();
      for (const result of results ?? [])
        world.acknowledgements.push({ clientId, mid: result.mid, status: result.status });
      world.log(
        `  ${client.label} push ${answer.statusCode}: ${(results ?? []).map((r) => `${r.mid}:${r.status}${r.reason ? `(${r.reason})` : ''}`).join(' ')}`,
      );
    }
    const status = answer.statusCode;
    return new Response(status === 204 ? null : answer.body, {
      status,
      headers: { 'content-type': 'application/json' },
    });
  };
}

/**
 * Regions and accounts are the same in every world: they are created once in a template
 * database, and each world starts on a copy of it (a file copy on SQLite, CREATE DATABASE
 * … TEMPLATE on PostgreSQL), which keeps hundreds of seeds within minutes.
 */
let template: Promise<{ database: TestDatabase; accounts: TestAccounts }> | null = null;

function worldTemplate(): Promise<{ database: TestDatabase; accounts: TestAccounts }> {
  template ??= (async () => {
    const database = await createTestDatabase();
    const storage = await database.open({ now: () => TEST_START_MS });
    try {
      return { database, accounts: await createTestAccounts(storage) };
    } finally {
      await storage.close();
    }
  })();
  return template;
}

/** Drops the template database; call once after the last world. */
export async function destroyWorldTemplate(): Promise<void> {
  const current = template;
  template = null;
  if (current) await (await current).database.destroy();
}

async function startSimServer(): Promise<SimServer> {
  const { database: templateDatabase, accounts } = await worldTemplate();
  const database = await templateDatabase.copy();
  const clock: TestClock = { now: TEST_START_MS };
  const open = async () => {
    const storage = await database.open({ now: () => clock.now });
    return { storage, app: await buildApp({ storage }) };
  };
  const stop = async () => {
    await server.app.close();
    await server.storage.close();
  };
  const server: SimServer = {
    ...(await open()),
    accounts,
    clock,
    async restart() {
      await stop();
      Object.assign(server, await open());
    },
    async close() {
      await stop();
      await database.destroy();
    },
  };
  return server;
}

let worldCount = 0;

/** Starts the server and signs one phone in per account (an account may have two phones). */
export async function createSyncWorld(accounts: readonly AccountName[]): Promise<SyncWorld> {
  const server = await startSimServer();
  const world: SyncWorld = {
    server,
    clients: [],
    batchOrder: [],
    acknowledgements: [],
    trace: [],
    log(line) {
      world.trace.push(line);
    },
    async destroy() {
      for (const client of world.clients) {
        client.db.close();
        await client.db.delete();
      }
      await server.close();
    },
  };
  worldCount += 1;
  for (const [index, account] of accounts.entries()) {
    const { user, token } = server.accounts[account];
    const db = openDatabase(`model-${worldCount}-${index}`);
    await saveSession(db, { token, user });
    await getClientId(db);
    const phone = {
      label: `phone${index}(${account})`,
      network: { isOffline: false, dropNextRequest: false, dropNextAnswer: false },
      clientIdsSent: new Set<string>(),
    };
    const engine = createSyncEngine({
      db,
      fetchImpl: faultyFetch(world, phone),
      now: () => server.clock.now,
    });
    const client: SimClient = { ...phone, account, user, db, engine, saves: [] };
    world.clients.push(client);
  }
  return world;
}
