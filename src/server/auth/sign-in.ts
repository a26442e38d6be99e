// Signing in with a username and password: throttling (rate-limit.ts), the password check
// in its queue (password.ts) and the new session. A wrong username and a wrong password get
// the same answer after the same time, so accounts cannot be discovered by guessing.
// Throttling counts failures in the database; because checks now wait their turn, guesses
// sent together for one username could all pass that count before the first fails, so at
// most MAX_FAILURES_PER_USERNAME checks of one username may be under way in this process.
import type { User } from '../../domain/user';
import type { Storage } from '../db/storage';
import { QueueFullError } from './check-queue';
import { burnPasswordCheck, verifyPassword } from './password';
import { isLoginAllowed, MAX_FAILURES_PER_USERNAME, recordLoginAttempt } from './rate-limit';
import { createSession } from './sessions';
import { findUserByUsername, toUser } from './users';

export type SignInResult =
  | { status: 'ok'; token: string; user: User }
  | { status: 'bad-credentials' }
  /** too many failures, too many checks of this username at once, or the queue is full */
  | { status: 'rate-limited' }
  /** the phone gave up (closed the connection) before its password was checked */
  | { status: 'abandoned' };

const checksUnderWay = new Map<string, number>();

export async function signIn(
  storage: Storage,
  attempt: { username: string; password: string; ip: string },
  signal?: AbortSignal,
): Promise<SignInResult> {
  const { username, password, ip } = attempt;
  if (!(await isLoginAllowed(storage.db, username, ip, storage.now())))
    return { status: 'rate-limited' };
  const underWay = checksUnderWay.get(username) ?? 0;
  if (underWay >= MAX_FAILURES_PER_USERNAME) return { status: 'rate-limited' };
  checksUnderWay.set(username, underWay + 1);
  try {
    const row = await findUserByUsername(storage.db, username);
    // Kiosks have no password and disabled accounts may not sign in; both still pay the
    // full hashing time so the answer does not reveal which accounts exist.
    const canSignIn = row !== undefined && row.password_hash !== null && row.disabled === 0;
    const isValid = canSignIn
      ? await verifyPassword(password, row.password_hash ?? '', signal)
      : await burnPasswordCheck(password, signal);
    // The clock is read after the wait in the queue: that is when the attempt happened.
    const now = storage.now();
    await recordLoginAttempt(storage.db, { username, ip, succeeded: isValid }, now);
    if (!isValid || !row) return { status: 'bad-credentials' };
    const token = await createSession(storage.db, row.id, now);
    return { status: 'ok', token, user: toUser(row) };
  } catch (error) {
    if (error instanceof QueueFullError) return { status: 'rate-limited' };
    if (signal?.aborted && error === signal.reason) return { status: 'abandoned' };
    throw error;
  } finally {
    const left = (checksUnderWay.get(username) ?? 1) - 1;
    if (left > 0) checksUnderWay.set(username, left);
    else checksUnderWay.delete(username);
  }
}
