// The signed-in user and their token, kept on the device so a cadre who signed in once
// can open the app in a village with no signal and keep working. The session is only
// marked expired when the server says so; the app stays usable and the outbox waits.
// Signing out forgets the token and the user but never the outbox: unsynced records
// belong to the village, and the next sign-in pushes them.
// Owns: meta rows 'session' and 'sessionState'. Does not own: talking to the server
// (src/sync/auth.ts) or deciding when to sync.
import { liveQuery } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { User } from '../domain/user';
import type { AppDatabase } from './app-database';
import { getDatabase } from './database';
import { setMeta } from './meta';

export interface StoredSession {
  token: string;
  user: User;
  signedInAt: number;
}

export type SessionState = 'active' | 'expired';

/** What the app needs to know about who is signed in on this device. */
export interface DeviceSession extends StoredSession {
  state: SessionState;
}

type SessionRow = { key: 'session'; value: StoredSession } | { key: 'sessionState'; value: SessionState };

const SESSION_KEYS = ['session', 'sessionState'] as const;

// These two rows share the meta table with the typed settings of meta.ts; they are read
// and written only here, through an untyped view of the same table.
function sessionTable(db: AppDatabase) {
  return db.table<SessionRow, string>('meta');
}

/**
 * Remember a successful sign-in. Drafts made from now on carry the user's id as author
 * (localActorId), which is what the server checks them against.
 */
export async function saveSession(
  db: AppDatabase,
  session: { token: string; user: User },
  now: number = Date.now(),
): Promise<DeviceSession> {
  const stored: StoredSession = { token: session.token, user: session.user, signedInAt: now };
  await db.transaction('rw', db.meta, async () => {
    await sessionTable(db).bulkPut([
      { key: 'session', value: stored },
      { key: 'sessionState', value: 'active' },
    ]);
    await setMeta(db, 'localActorId', session.user.id);
  });
  return { ...stored, state: 'active' };
}

export async function getSession(db: AppDatabase): Promise<DeviceSession | null> {
  const [session, state] = await sessionTable(db).bulkGet([...SESSION_KEYS]);
  if (session?.key !== 'session') return null;
  return { ...session.value, state: state?.key === 'sessionState' ? state.value : 'active' };
}

/**
 * The server refused the token. `token` guards against a late answer to an old request
 * expiring a sign-in that happened meanwhile.
 */
export async function markSessionExpired(db: AppDatabase, token?: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const current = await getSession(db);
    if (!current) return;
    if (token !== undefined && current.token !== token) return;
    await sessionTable(db).put({ key: 'sessionState', value: 'expired' });
  });
}

/** Sign-out on this device. The outbox and every local record stay. */
export async function clearSession(db: AppDatabase): Promise<void> {
  await sessionTable(db).bulkDelete([...SESSION_KEYS]);
}

/**
 * Calls listener with the session now and after every change, in this tab or another;
 * returns a function that stops listening. For code outside React (the sync scheduler).
 * A failed read calls nothing: the caller keeps what it knew, and the next write retries.
 */
export function watchSession(
  db: AppDatabase,
  listener: (session: DeviceSession | null) => void,
): () => void {
  const subscription = liveQuery(() => getSession(db)).subscribe({
    next: listener,
    error: () => {},
  });
  return () => subscription.unsubscribe();
}

/**
 * The session as a live value: undefined while loading, null when nobody is signed in.
 * Re-renders when another tab signs in or out.
 */
export function useSession(): DeviceSession | null | undefined {
  const db = getDatabase();
  return useLiveQuery(() => getSession(db), [db]);
}
