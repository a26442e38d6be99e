// Accounts for server tests: the regions of 石城县 and one user of every role, each with a
// session token, created directly in the database (no password hashing, no rate limit)
// so a suite sets up in milliseconds. Login itself is tested in auth-routes.test.ts.
import type { Role, User } from '../../domain/user';
import type { Storage } from '../db/storage';
import { createCountyRegions } from '../seed/region-seed';
import { createSession, KIOSK_TOKEN_TTL_MS } from './sessions';
import { createUser } from './users';

export const COUNTY = '360735';
export const TOWNSHIP = '360735101'; // 小松镇
export const VILLAGE_A = '360735101200'; // 小松村
export const VILLAGE_B = '360735101201'; // 罗源村
export const OTHER_TOWNSHIP = '360735102'; // 屏山镇
export const OTHER_VILLAGE = '360735102001';

export interface TestAccount {
  user: User;
  token: string;
  /** `Authorization` header value */
  auth: string;
}

const ACCOUNTS = {
  admin: ['county-admin', COUNTY],
  reviewer: ['township-reviewer', TOWNSHIP],
  otherReviewer: ['township-reviewer', OTHER_TOWNSHIP],
  supervisorA: ['village-supervisor', VILLAGE_A],
  cadreA: ['village-cadre', VILLAGE_A],
  cadreA2: ['village-cadre', VILLAGE_A],
  supervisorB: ['village-supervisor', VILLAGE_B],
  cadreB: ['village-cadre', VILLAGE_B],
  cadreOther: ['village-cadre', OTHER_VILLAGE],
  kioskA: ['kiosk', VILLAGE_A],
} as const satisfies Record<string, readonly [Role, string]>;

export type AccountName = keyof typeof ACCOUNTS;
export type TestAccounts = Record<AccountName, TestAccount>;
export const ACCOUNT_NAMES = Object.keys(ACCOUNTS) as AccountName[];

export async function createTestAccounts(storage: Storage): Promise<TestAccounts> {
  const now = storage.now();
  await storage.db.transaction().execute((trx) => createCountyRegions(trx, COUNTY));
  const accounts = {} as TestAccounts;
  for (const name of ACCOUNT_NAMES) {
    const [role, regionCode] = ACCOUNTS[name];
    const user = await createUser(storage.db, { username: `t-${name}`, role, regionCode }, now);
    const token = await createSession(
      storage.db,
      user.id,
      now,
      role === 'kiosk' ? KIOSK_TOKEN_TTL_MS : undefined,
    );
    accounts[name] = { user, token, auth: `Bearer ${token}` };
  }
  return accounts;
}
