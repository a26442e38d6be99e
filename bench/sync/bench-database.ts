// A fresh database for each scenario, prepared before the server process opens it: a
// SQLite data directory in the temp folder, or a new PostgreSQL database created next to
// the one DATABASE_URL names (dropped afterwards, so the named one is never touched).
// Accounts are written straight into it with the server's own modules and sessions, so
// every device starts with a valid token or a password it can sign in with.
import { countyRegions } from '../../src/server/seed/region-seed';
import { createTestAccounts, COUNTY, type TestAccounts } from '../../src/server/auth/test-accounts';
import { hashPassword } from '../../src/server/auth/password';
import { createSession } from '../../src/server/auth/sessions';
import { createUser } from '../../src/server/auth/users';
import type { User } from '../../src/domain/user';
import { createTestDatabase, type TestDatabase } from '../../src/server/db/test-storage';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface BenchDatabase {
  database: TestDatabase;
  accounts: TestAccounts;
  /** the extra village cadres made by `deviceUsers`, each with a session already open */
  deviceUsers: DeviceUser[];
}

export interface DeviceUser {
  username: string;
  user: User;
  token: string;
}

export interface BenchDatabaseOptions {
  /** extra village cadres, spread over the county's villages, all with DEVICE_PASSWORD */
  deviceUsers?: number;
  /** how many villages they are spread over */
  deviceVillages?: number;
}

export const DEVICE_PASSWORD = 'bench-device-pass';

export async function createBenchDatabase(
  kind: DatabaseKind,
  databaseUrl: string,
  options: BenchDatabaseOptions = {},
): Promise<BenchDatabase> {
  const database = await createTestDatabase(kind === 'postgres' ? databaseUrl : '');
  try {
    const storage = await database.open();
    try {
      const accounts = await createTestAccounts(storage);
      const deviceUsers: DeviceUser[] = [];
      const count = options.deviceUsers ?? 0;
      if (count > 0) {
        // One hash shared by every device account: hashing 200 passwords would only slow
        // the set-up; signing in still verifies it with scrypt on every login.
        const passwordHash = await hashPassword(DEVICE_PASSWORD);
        const villages = countyRegions(COUNTY)
          .filter((region) => region.level === 'village')
          .slice(0, options.deviceVillages ?? 20);
        const now = storage.now();
        for (let i = 0; i < count; i += 1) {
          const village = villages[i % villages.length];
          if (!village) throw new Error('the county has no villages');
          const username = `bench-device-${String(i + 1).padStart(3, '0')}`;
          const user = await createUser(
            storage.db,
            { username, role: 'village-cadre', regionCode: village.code },
            now,
          );
          await storage.db
            .updateTable('users')
            .set({ password_hash: passwordHash })
            .where('id', '=', user.id)
            .execute();
          const token = await createSession(storage.db, user.id, now);
          deviceUsers.push({ username, user, token });
        }
      }
      return { database, accounts, deviceUsers };
    } finally {
      await storage.close();
    }
  } catch (error) {
    await database.destroy();
    throw error;
  }
}
