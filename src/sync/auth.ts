// Signing in and out on this device. Sign-in needs the network once; afterwards the
// session is kept locally (src/data/session-store.ts) and the app works offline.
// Signing out forgets who is signed in but never the unsynced outbox.
import type { AppDatabase } from '../data/app-database';
import { clearSession, getSession, saveSession, type DeviceSession } from '../data/session-store';
import { createApiClient, type FetchLike } from './api-client';
import { requestSync } from './scheduler';

export interface AuthOptions {
  baseUrl?: string;
  fetchImpl?: FetchLike;
  timeoutMs?: number;
  now?: () => number;
}

/**
 * Check the password with the server, keep the session on the device and start a sync
 * (an expired session's queue goes out now). Throws ApiError: 'bad-credentials' for a
 * wrong name or password, 'rate-limited', 'offline' or 'timeout' without a connection.
 */
export async function signIn(
  db: AppDatabase,
  username: string,
  password: string,
  options: AuthOptions = {},
): Promise<DeviceSession> {
  const api = createApiClient(options);
  const { token, user } = await api.login(username, password);
  const session = await saveSession(db, { token, user }, (options.now ?? Date.now)());
  requestSync();
  return session;
}

/**
 * Forget the session here first (works offline), then tell the server if we can. The
 * outbox stays: the next person to sign in on this device sends it.
 */
export async function signOut(db: AppDatabase, options: AuthOptions = {}): Promise<void> {
  const session = await getSession(db);
  await clearSession(db);
  if (!session || session.state !== 'active') return;
  try {
    await createApiClient({ ...options, getToken: () => session.token }).logout();
  } catch {
    // Offline or already expired: the token dies on the server by itself.
  }
}
