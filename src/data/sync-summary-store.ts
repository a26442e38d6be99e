// The sync summary ("N 条待同步 · 上次同步 10:42") as one read shared by the whole tab.
// Several parts of the screen show it (the status line, the header, the update banner);
// each reading it on its own re-ran the same reads after every save, and a cadre on a
// cheap phone waited for all of them before the form could say "已保存在本机".
// So there is one read per database, started by Dexie's change event (this tab's writes
// and other tabs') one task after the commit: the screen that saved redraws first.
// Owns: the one subscription per database and its latest value. Does not own: what sync
// is doing right now (src/sync/sync-status-store.ts) or the words (src/app).
import { Dexie, type ObservabilitySet } from 'dexie';
import type { AppDatabase } from './app-database';
import { getMeta } from './meta';

export interface SyncSummary {
  pendingCount: number;
  lastSyncAt: number | null;
  /** false until the first read finished: show nothing rather than a false "0" */
  isLoaded: boolean;
}

export const LOADING_SYNC_SUMMARY: SyncSummary = {
  pendingCount: 0,
  lastSyncAt: null,
  isLoaded: false,
};

interface SharedSummary {
  value: SyncSummary;
  /** a failed read, handed to every reader (the screen's error boundary shows it) */
  error: unknown;
  listeners: Set<() => void>;
  stop: () => void;
}

const shared = new Map<AppDatabase, SharedSummary>();

/** Both values in one read-only transaction: one round trip instead of two per save. */
export function readSyncSummary(db: AppDatabase): Promise<SyncSummary> {
  return db.transaction('r', db.outbox, db.meta, async () => {
    const [pendingCount, lastSyncAt] = await Promise.all([
      db.outbox.count(),
      getMeta(db, 'lastSyncAt'),
    ]);
    return { pendingCount, lastSyncAt: lastSyncAt ?? null, isLoaded: true };
  });
}

function notify(entry: SharedSummary): void {
  for (const listener of entry.listeners) listener();
}

function start(db: AppDatabase): SharedSummary {
  const watched = [`idb://${db.name}/outbox/`, `idb://${db.name}/meta/`];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let isReading = false;
  // A change committed while a read was under way: that read may predate it.
  let isStale = false;
  let isStopped = false;

  const entry: SharedSummary = {
    value: LOADING_SYNC_SUMMARY,
    error: null,
    listeners: new Set(),
    stop() {
      isStopped = true;
      if (timer !== undefined) clearTimeout(timer);
      Dexie.on.storagemutated.unsubscribe(onMutated);
    },
  };

  function show(next: SyncSummary): void {
    const current = entry.value;
    entry.error = null;
    // The same numbers keep the same object, so nothing showing them redraws.
    if (
      current.isLoaded &&
      current.pendingCount === next.pendingCount &&
      current.lastSyncAt === next.lastSyncAt
    )
      return;
    entry.value = next;
    notify(entry);
  }

  function read(): void {
    timer = undefined;
    if (isStopped) return;
    if (isReading) {
      isStale = true;
      return;
    }
    isReading = true;
    readSyncSummary(db)
      .then(
        (next) => {
          if (!isStopped) show(next);
        },
        (error: unknown) => {
          if (isStopped) return;
          entry.error = error;
          notify(entry);
        },
      )
      .finally(() => {
        isReading = false;
        if (isStale) {
          isStale = false;
          schedule();
        }
      });
  }

  function schedule(): void {
    timer ??= setTimeout(read, 0);
  }

  function onMutated(parts: ObservabilitySet): void {
    if (Object.keys(parts).some((part) => watched.some((prefix) => part.startsWith(prefix))))
      schedule();
  }

  Dexie.on.storagemutated.subscribe(onMutated);
  read();
  return entry;
}

/**
 * Listen to the summary of `db`. The first listener starts the one live read; the last
 * one to leave stops it (and the next reader starts from "loading", never a stale count).
 */
export function subscribeSyncSummary(db: AppDatabase, listener: () => void): () => void {
  let entry = shared.get(db);
  if (!entry) {
    entry = start(db);
    shared.set(db, entry);
  }
  const current = entry;
  current.listeners.add(listener);
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size > 0) return;
    current.stop();
    if (shared.get(db) === current) shared.delete(db);
  };
}

/** The latest summary of `db`; throws the read's error so the screen can report it. */
export function getSyncSummarySnapshot(db: AppDatabase): SyncSummary {
  const entry = shared.get(db);
  if (!entry) return LOADING_SYNC_SUMMARY;
  if (entry.error) throw entry.error;
  return entry.value;
}
