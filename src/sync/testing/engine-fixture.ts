// A signed-in device with a sync engine wired to a FakeSyncServer, for the engine tests.
import { VILLAGE_CODE } from '../../../test/fixtures/payout-fixtures';
import { saveBatchLocally, signInOnDevice, testUser } from '../../../test/helpers/signed-in-device';
import type { AppDatabase } from '../../data/app-database';
import { openDatabase } from '../../data/database';
import type { User } from '../../domain/user';
import { uuidv7 } from '../../domain/uuid';
import { ApiError } from '../api-client';
import { createSyncEngine, type SyncEngine } from '../sync-engine';
import { FakeSyncServer } from './fake-sync-server';

/** The clock of every engine fixture: lastSyncAt equals it after a completed sync. */
export const T_SYNC = 1_750_000_999_000;

export const testCadre: User = testUser('village-cadre', {
  username: 'zgh',
  regionCode: VILLAGE_CODE,
});

export interface EngineFixture {
  db: AppDatabase;
  server: FakeSyncServer;
  engine: SyncEngine;
}

export async function createEngineFixture(): Promise<EngineFixture> {
  const db = openDatabase(`engine-${uuidv7()}`);
  const server = new FakeSyncServer();
  const engine = createSyncEngine({ db, fetchImpl: server.fetchImpl, now: () => T_SYNC });
  await signInOnDevice(db, testCadre, 'tok-1');
  return { db, server, engine };
}

/** A local save exactly as a command makes it: the record plus its outbox entry. */
export const saveBatch = saveBatchLocally;

/** The ApiError a promise rejects with; fails the test if it resolves or throws anything else. */
export async function caught(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}
