// Sessions: an opaque random token goes to the device once; the database keeps only its
// sha-256, an expiry and a revocation time. Logging out, resetting a password or
// removing a device revokes; an expired or revoked token answers 'session-expired' so
// the phone can ask the person to sign in again without losing its outbox.
import { createHash, randomBytes } from 'node:crypto';
import type { User } from '../../domain/user';
import type { Executor } from '../db/schema';
import { toUser } from './users';

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** A kiosk is a device on a wall, set up once by the county; its token lasts until revoked. */
export const KIOSK_TOKEN_TTL_MS = 10 * 365 * 24 * 60 * 60 * 1000;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function isWellFormedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

export async function createSession(
  db: Executor,
  userId: string,
  now: number,
  ttlMs = SESSION_TTL_MS,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      created_at: now,
      expires_at: now + ttlMs,
      revoked_at: null,
    })
    .execute();
  return token;
}

export type SessionLookup =
  { status: 'ok'; user: User } | { status: 'unknown' } | { status: 'expired' };

export async function resolveSession(
  db: Executor,
  token: string,
  now: number,
): Promise<SessionLookup> {
  if (!isWellFormedToken(token)) return { status: 'unknown' };
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.expires_at',
      'sessions.revoked_at',
      'users.id',
      'users.username',
      'users.display_name',
      'users.role',
      'users.region_code',
      'users.disabled',
    ])
    .where('sessions.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row) return { status: 'unknown' };
  if (row.revoked_at !== null || Number(row.expires_at) <= now || row.disabled)
    return { status: 'expired' };
  return { status: 'ok', user: toUser(row) };
}

export async function revokeSession(db: Executor, token: string, now: number): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('token_hash', '=', hashToken(token))
    .where('revoked_at', 'is', null)
    .execute();
}

export async function revokeAllSessions(
  db: Executor,
  userId: string,
  now: number,
): Promise<number> {
  const result = await db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
