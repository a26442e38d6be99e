// Login throttling kept in the database, so several server processes behind one
// PostgreSQL share the count. Failed attempts are counted per username (since its last
// successful login) and per IP address over a sliding window; a refused attempt is not
// recorded, so waiting out the window always works.
import { uuidv7 } from '../../domain/uuid';
import type { Executor } from '../db/schema';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_USERNAME = 5;
export const MAX_FAILURES_PER_IP = 30;
const KEEP_ATTEMPTS_MS = 24 * 60 * 60 * 1000;

async function countFailures(
  db: Executor,
  column: 'username' | 'ip',
  value: string,
  since: number,
): Promise<number> {
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(column, '=', value)
    .where('at', '>', since)
    .where('succeeded', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function isLoginAllowed(
  db: Executor,
  username: string,
  ip: string,
  now: number,
): Promise<boolean> {
  const windowStart = now - LOGIN_WINDOW_MS;
  const lastSuccess = await db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.max<number | null>('at').as('at'))
    .where('username', '=', username)
    .where('succeeded', '=', 1)
    .executeTakeFirst();
  const usernameSince = Math.max(windowStart, Number(lastSuccess?.at ?? 0));
  if ((await countFailures(db, 'username', username, usernameSince)) >= MAX_FAILURES_PER_USERNAME)
    return false;
  return (await countFailures(db, 'ip', ip, windowStart)) < MAX_FAILURES_PER_IP;
}

export async function recordLoginAttempt(
  db: Executor,
  attempt: { username: string; ip: string; succeeded: boolean },
  now: number,
): Promise<void> {
  await db
    .insertInto('login_attempts')
    .values({
      id: uuidv7(now),
      username: attempt.username,
      ip: attempt.ip,
      at: now,
      succeeded: attempt.succeeded ? 1 : 0,
    })
    .execute();
  // Old rows carry no information for the window; trimming here keeps the table small.
  await db
    .deleteFrom('login_attempts')
    .where('at', '<', now - KEEP_ATTEMPTS_MS)
    .execute();
}
