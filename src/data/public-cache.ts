// The kiosk's offline copy of its village's public board: a database of its own
// ('cunwu-public'), apart from the cadre's database, holding one snapshot per village of
// what the public kiosk endpoint returned and nothing else. Every object is copied field
// by field from the public allow-list (PUBLIC_FIELDS) before it is stored, so even a
// server bug that sent more could not leave a personal field on a shared touch screen.
// Owns this database; the device token lives in localStorage (features/kiosk), never here.
import Dexie, { type EntityTable } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  PUBLIC_FIELDS,
  type KioskVillageResponse,
  type PublicBatch,
  type PublicLine,
  type PublicNotice,
} from '../domain/public-view';

export const PUBLIC_CACHE_NAME = 'cunwu-public';

export interface KioskSnapshot {
  villageCode: string;
  /** ETag of the answer this copy came from, sent back to ask "anything new?" */
  etag: string | null;
  /** ms of the last successful check with the server (a 304 counts): "最后更新 HH:mm" */
  checkedAt: number;
  view: KioskVillageResponse;
}

class PublicCacheDatabase extends Dexie {
  snapshots!: EntityTable<KioskSnapshot, 'villageCode'>;

  constructor(name: string) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ snapshots: 'villageCode' });
  }
}

let instance: PublicCacheDatabase | null = null;

function cache(): PublicCacheDatabase {
  instance ??= new PublicCacheDatabase(PUBLIC_CACHE_NAME);
  return instance;
}

/** Tests: use a database of another name (fake-indexeddb), or back to the default with null. */
export function usePublicCacheNameForTests(name: string | null): void {
  instance?.close();
  instance = name ? new PublicCacheDatabase(name) : null;
}

function pick<T extends object>(value: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (key in value) out[key] = (value as Record<string, unknown>)[key];
  }
  return out as T;
}

/** A copy of the kiosk answer holding only allow-listed fields. */
export function toStoredView(view: KioskVillageResponse): KioskVillageResponse {
  return {
    village: { code: view.village.code, name: view.village.name },
    today: view.today,
    notices: view.notices.map((n) => pick<PublicNotice>(n, PUBLIC_FIELDS.notice)),
    batches: view.batches.map((b) => pick<PublicBatch>(b, PUBLIC_FIELDS.batch)),
    lines: view.lines.map((l) => pick<PublicLine>(l, PUBLIC_FIELDS.line)),
  };
}

export async function saveKioskSnapshot(snapshot: KioskSnapshot): Promise<void> {
  await cache().snapshots.put({ ...snapshot, view: toStoredView(snapshot.view) });
}

/** The server said 304: the copy is current as of `checkedAt`. */
export async function markKioskSnapshotChecked(villageCode: string, checkedAt: number): Promise<void> {
  await cache().snapshots.update(villageCode, { checkedAt });
}

export async function readKioskSnapshot(villageCode: string): Promise<KioskSnapshot | undefined> {
  return cache().snapshots.get(villageCode);
}

/** A kiosk moved to another village (or unregistered) keeps nothing of the old one. */
export async function clearPublicCache(): Promise<void> {
  await cache().snapshots.clear();
}

/** The stored snapshot, live; undefined while loading, null when there is none. */
export function useKioskSnapshot(villageCode: string | null): KioskSnapshot | null | undefined {
  return useLiveQuery(
    async () => (villageCode ? ((await cache().snapshots.get(villageCode)) ?? null) : null),
    [villageCode],
  );
}
