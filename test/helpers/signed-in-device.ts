// The device of a client test as it is after someone signed in, with no server involved:
// a user of the role the test needs and the session the app keeps in its local database.
// Also the one local save most sync tests start from: a draft batch and its outbox entry,
// written exactly as a command writes them.
import type { AppDatabase } from '../../src/data/app-database';
import { entityKeyOf } from '../../src/data/outbox';
import { runCommand } from '../../src/data/run-command';
import { saveSession } from '../../src/data/session-store';
import type { PayoutBatch } from '../../src/domain/payout';
import type { Role, User } from '../../src/domain/user';
import { uuidv7 } from '../../src/domain/uuid';
import { draftBatch } from '../fixtures/payout-fixtures';

/** 小松村 and its township: the village of the demo data and of most screen tests. */
export const TEST_VILLAGE_CODE = '360735101200';
export const TEST_TOWNSHIP_CODE = '360735101';

const DEFAULT_REGION: Record<Role, string> = {
  'county-admin': '360735',
  'township-reviewer': TEST_TOWNSHIP_CODE,
  'village-supervisor': TEST_VILLAGE_CODE,
  'village-cadre': TEST_VILLAGE_CODE,
  kiosk: TEST_VILLAGE_CODE,
};

const USERNAME: Record<Role, string> = {
  'county-admin': 'admin',
  'township-reviewer': 'reviewer',
  'village-supervisor': 'supervisor',
  'village-cadre': 'cadre',
  kiosk: 'kiosk',
};

const DISPLAY_NAME: Record<Role, string> = {
  'county-admin': '县管理员',
  'township-reviewer': '审核员',
  'village-supervisor': '监委',
  'village-cadre': '曾国华',
  kiosk: '公开栏一体机',
};

/** A user of role, in 小松村 (or its township); override what the test is about. */
export function testUser(role: Role, overrides: Partial<User> = {}): User {
  return {
    id: uuidv7(),
    username: USERNAME[role],
    displayName: DISPLAY_NAME[role],
    role,
    regionCode: DEFAULT_REGION[role],
    ...overrides,
  };
}

/** The session the app keeps after user signed in on this device; returns user. */
export async function signInOnDevice(db: AppDatabase, user: User, token = 'tok'): Promise<User> {
  await saveSession(db, { token, user });
  return user;
}

/** A local save of batch exactly as a command makes it: the record plus its outbox entry. */
export function saveBatchLocally(
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
