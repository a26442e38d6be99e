// A signed-in device with a sync engine wired to a FakeSyncServer, for the engine tests.
import { draftBatch } from '../../../test/fixtures/payout-fixtures';
import type { AppDatabase } from '../../data/app-database';
import { openDatabase } from '../../data/database';
import { entityKeyOf } from '../../data/outbox';
import { runCommand } from '../../data/run-command';
import { saveSession } from '../../data/session-store';
import type { PayoutBatch } from '../../domain/payout';
import type { User } from '../../domain/user';
import { uuidv7 } from '../../domain/uuid';
import { ApiError } from '../api-client';
import { createSyncEngine, type SyncEngine } from '../sync-engine';
import { FakeSyncServer } from './fake-sync-server';

/** The clock of every engine fixture: lastSyncAt equals it after a completed sync. */
export const T_SYNC = 1_750_000_999_000;

export const testCadre: User = {
  id: uuidv7(),
  username: 'zgh',
  displayName: '曾国华',
  role: 'village-cadre',
  regionCode: '360735100201',
};

export interface EngineFixture {
  db: AppDatabase;
  server: FakeSyncServer;
  engine: SyncEngine;
}

export async function createEngineFixture(): Promise<EngineFixture> {
  const db = openDatabase(`engine-${uuidv7()}`);
  const server = new FakeSyncServer();
  const engine = createSyncEngine({ db, fetchImpl: server.fetchImpl, now: () => T_SYNC });
  await saveSession(db, { token: 'tok-1', user: testCadre });
  return { db, server, engine };
}

/** A local save exactly as a command makes it: the record plus its outbox entry. */
export function saveBatch(
  db: AppDatabase,
  batch: PayoutBatch = draftBatch(),
): Promise<PayoutBatch> {
  return runCommand(db, [db.batches], async () => {
    await db.batches.put(batch);
    const { version: _v, createdAt: _c, updatedAt: _u, ...args } = batch;
    return {
      result: batch,
      mutation: {
        name: 'batch.put',
        args,
        baseVersion: batch.version,
        entityKey: entityKeyOf('batches', batch.id),
      },
    };
  });
}

/** The ApiError a promise rejects with; fails the test if it resolves or throws anything else. */
export async function caught(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}
