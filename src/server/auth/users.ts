// Accounts: create, find and list users. A user is bound to one region by role
// (ROLE_REGION_LENGTH); scope checks elsewhere rely on that, so it is enforced here.
import { ROLE_REGION_LENGTH, type Role, type User } from '../../domain/user';
import { uuidv7 } from '../../domain/uuid';
import type { Executor, UsersTable } from '../db/schema';
import { hashPassword } from './password';

export class AccountError extends Error {}

export interface NewUser {
  username: string;
  displayName?: string;
  role: Role;
  regionCode: string;
  /** omitted for kiosk devices */
  password?: string;
}

export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const MIN_PASSWORD_LENGTH = 8;

export function toUser(
  row: Pick<UsersTable, 'id' | 'username' | 'display_name' | 'role' | 'region_code'>,
): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    regionCode: row.region_code,
  };
}

export function validateNewUser(user: NewUser): void {
  if (!USERNAME_PATTERN.test(user.username)) {
    throw new AccountError(
      `The username "${user.username}" may only use letters, digits, ".", "_" and "-".`,
    );
  }
  const length = ROLE_REGION_LENGTH[user.role];
  if (!new RegExp(`^\\d{${length}}$`).test(user.regionCode)) {
    throw new AccountError(
      `A ${user.role} account needs a ${length}-digit region code, got "${user.regionCode}".`,
    );
  }
  if (user.password !== undefined && user.password.length < MIN_PASSWORD_LENGTH) {
    throw new AccountError(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
}

/** Inserts a user; the caller checks that the region exists when that matters. */
export async function createUser(db: Executor, user: NewUser, now: number): Promise<User> {
  validateNewUser(user);
  const row: UsersTable = {
    id: uuidv7(now),
    username: user.username,
    display_name: user.displayName?.trim() || user.username,
    role: user.role,
    region_code: user.regionCode,
    password_hash: user.password === undefined ? null : await hashPassword(user.password),
    created_at: now,
    disabled: 0,
  };
  await db.insertInto('users').values(row).execute();
  return toUser(row);
}

export async function findUserByUsername(
  db: Executor,
  username: string,
): Promise<UsersTable | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function setPassword(db: Executor, userId: string, password: string): Promise<void> {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AccountError(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  await db
    .updateTable('users')
    .set({ password_hash: await hashPassword(password) })
    .where('id', '=', userId)
    .execute();
}

export async function listUsers(db: Executor): Promise<User[]> {
  const rows = await db
    .selectFrom('users')
    .selectAll()
    .orderBy('region_code')
    .orderBy('username')
    .execute();
  return rows.map(toUser);
}
