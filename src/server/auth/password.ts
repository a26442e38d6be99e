// Password hashing with scrypt from node:crypto: a per-user random salt, parameters stored
// with the hash (so they can be raised later without locking anyone out) and a
// timing-safe comparison. Unknown usernames are checked against a dummy hash so a login
// takes as long whether or not the account exists. Every scrypt run waits its turn in
// one queue (check-queue.ts) sized to the CPUs and libuv's thread pool, so a crowd of
// sign-ins costs bounded memory and leaves the event loop a share of the CPU.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { CheckQueue } from './check-queue';

const KEY_LENGTH = 64;
const PARAMS = { N: 16384, r: 8, p: 1 } as const;
/** libuv runs scrypt on its thread pool, 4 threads unless UV_THREADPOOL_SIZE says otherwise */
const DEFAULT_THREADPOOL_SIZE = 4;
/** waiting checks hold only a closure each; beyond this a sign-in is told to come back */
const MAX_WAITING_CHECKS = 2000;

function checksAtOnce(env: NodeJS.ProcessEnv = process.env): number {
  const threadpool = Number(env.UV_THREADPOOL_SIZE) || DEFAULT_THREADPOOL_SIZE;
  return Math.max(1, Math.min(threadpool, availableParallelism()));
}

/** The queue every password hash and check goes through. */
export const passwordChecks = new CheckQueue(checksAtOnce(), MAX_WAITING_CHECKS);

function deriveNow(
  password: string,
  salt: Buffer,
  options: ScryptOptions,
  keyLength: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFC'),
      salt,
      keyLength,
      { ...options, maxmem: 64 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

function derive(
  password: string,
  salt: Buffer,
  options: ScryptOptions,
  keyLength: number,
  signal?: AbortSignal,
): Promise<Buffer> {
  return passwordChecks.run(() => deriveNow(password, salt, options, keyLength), signal);
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS, KEY_LENGTH);
  return [
    'scrypt',
    PARAMS.N,
    PARAMS.r,
    PARAMS.p,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

/**
 * False for a wrong password or a stored value that is not a hash this module wrote.
 * `signal`: the asker is gone; a check still waiting for its turn is dropped (rejects).
 */
export async function verifyPassword(
  password: string,
  stored: string,
  signal?: AbortSignal,
): Promise<boolean> {
  const [scheme, n, r, p, saltText, keyText] = stored.split('$');
  if (scheme !== 'scrypt' || !saltText || !keyText) return false;
  const expected = Buffer.from(keyText, 'base64');
  const options = { N: Number(n), r: Number(r), p: Number(p) };
  if (!Object.values(options).every((v) => Number.isInteger(v) && v > 0) || expected.length === 0)
    return false;
  const salt = Buffer.from(saltText, 'base64');
  const actual = await derive(password, salt, options, expected.length, signal);
  return timingSafeEqual(actual, expected);
}

let dummyHash: Promise<string> | null = null;

/** Spends the same time as a real check; used when the username does not exist. */
export async function burnPasswordCheck(password: string, signal?: AbortSignal): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(12).toString('base64')).catch((error: unknown) => {
    dummyHash = null; // a full queue must not poison every later check
    throw error;
  });
  await verifyPassword(password, await dummyHash, signal);
  return false;
}

/** A readable random password (no 0/O/1/l confusion) for new accounts and the demo. */
export function randomPassword(length = 12): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
