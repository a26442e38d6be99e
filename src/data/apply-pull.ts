// Writes what the server sent into the device's copy, and the repairs sync needs when
// the server and the device disagree about history (SYNC.md "Wire protocol").
// The rule that keeps offline work safe: a record that still has queued changes the
// server has not yet answered is never overwritten or deleted by a pull; the next sync
// pushes the change and a later pull brings the server's verdict.
// Owns: applying pull pages, forgetting server copies on a reset, renumbering the outbox
// for a new clientId. Does not own: talking to the server or when to do it (src/sync).
import { uuidv7 } from '../domain/uuid';
import { SYNCED_TABLES, type SyncedTable } from '../sync/protocol-limits';
import type { PullCookie, PullRow } from '../sync/protocol';
import type { AppDatabase } from './app-database';
import { getMeta, setMeta } from './meta';
import { entityKeyOf } from './outbox';
import { StorageError } from './storage-errors';

export interface PullPage {
  rows: PullRow[];
  /** highest mid of this client the server has handled (applied, rejected or duplicate) */
  lastMid: number;
  cookie: PullCookie;
}

export interface ApplyPullOptions {
  /** set lastSyncAt in the same transaction: only on the last page of a full push+pull */
  syncedAt?: number;
}

export interface ApplyPullResult {
  /** rows written or deleted */
  applied: number;
  /** rows left alone because the record has queued changes */
  skipped: number;
  /** outbox entries the server has answered, now removed */
  trimmed: number;
}

const PULL_TABLES: readonly string[] = [...SYNCED_TABLES, 'outbox', 'meta'];

function primaryKeyOf(table: SyncedTable): 'code' | 'id' {
  return table === 'regions' ? 'code' : 'id';
}

function isSyncedTable(table: unknown): table is SyncedTable {
  return typeof table === 'string' && (SYNCED_TABLES as readonly string[]).includes(table);
}

/** Entity keys with queued entries the server has not answered yet. */
async function unansweredEntityKeys(db: AppDatabase, lastMid: number): Promise<Set<string>> {
  const entries = await db.outbox.where('mid').above(lastMid).toArray();
  return new Set(entries.map((entry) => entry.entityKey));
}

interface TableChanges {
  puts: Map<string, Record<string, unknown>>;
  deletes: Set<string>;
}

/** Group a page per table, the later row winning when one key appears twice. */
function groupRows(rows: readonly PullRow[], pending: Set<string>): { changes: Map<SyncedTable, TableChanges>; skipped: number } {
  const changes = new Map<SyncedTable, TableChanges>();
  let skipped = 0;
  for (const row of rows) {
    // A malformed row aborts the whole page: half a page applied with the cookie
    // moved past it would lose the other half for good.
    if (!isSyncedTable(row.table)) throw new StorageError('invalid', `pull row for unknown table ${String(row.table)}`);
    if (typeof row.key !== 'string' || row.key.length === 0) throw new StorageError('invalid', `pull row without key in ${row.table}`);
    if (pending.has(entityKeyOf(row.table, row.key))) {
      skipped += 1;
      continue;
    }
    let forTable = changes.get(row.table);
    if (!forTable) {
      forTable = { puts: new Map(), deletes: new Set() };
      changes.set(row.table, forTable);
    }
    if (row.deleted) {
      forTable.puts.delete(row.key);
      forTable.deletes.add(row.key);
      continue;
    }
    if (typeof row.value !== 'object' || row.value === null) throw new StorageError('invalid', `pull row without value in ${row.table}`);
    const value: Record<string, unknown> = { ...row.value, [primaryKeyOf(row.table)]: row.key };
    if (row.table !== 'regions' && row.table !== 'reviewSteps' && row.table !== 'conflicts' && typeof value.version !== 'number') {
      value.version = row.version;
    }
    forTable.deletes.delete(row.key);
    forTable.puts.set(row.key, value);
  }
  return { changes, skipped };
}

/**
 * Apply one pull page in one read-write transaction: upsert and delete rows, leave
 * records with unanswered queued changes alone, remove outbox entries up to `lastMid`,
 * store the cookie (and lastSyncAt when given). All of it or nothing.
 */
export async function applyPullPage(db: AppDatabase, page: PullPage, options: ApplyPullOptions = {}): Promise<ApplyPullResult> {
  return db.transaction('rw', PULL_TABLES, async () => {
    const pending = await unansweredEntityKeys(db, page.lastMid);
    const { changes, skipped } = groupRows(page.rows, pending);
    let applied = 0;
    for (const [table, { puts, deletes }] of changes) {
      if (deletes.size > 0) await db.table(table).bulkDelete([...deletes]);
      if (puts.size > 0) await db.table(table).bulkPut([...puts.values()]);
      applied += deletes.size + puts.size;
    }
    const trimmed = await db.outbox.where('mid').belowOrEqual(page.lastMid).delete();
    await setMeta(db, 'pullCookie', page.cookie);
    if (options.syncedAt !== undefined) await setMeta(db, 'lastSyncAt', options.syncedAt);
    return { applied, skipped, trimmed };
  });
}

/**
 * The server was restored from an older copy: forget every server copy and the cookie
 * so the next pull starts from scratch. The outbox and the records it changes stay;
 * they are pushed again (mids make a repeat harmless).
 */
export async function resetForFullPull(db: AppDatabase): Promise<void> {
  await db.transaction('rw', PULL_TABLES, async () => {
    const keep = new Set((await db.outbox.orderBy('entityKey').uniqueKeys()).map(String));
    for (const table of SYNCED_TABLES) {
      const keys = (await db.table(table).toCollection().primaryKeys()).map(String);
      const drop = keys.filter((key) => !keep.has(entityKeyOf(table, key)));
      if (drop.length > 0) await db.table(table).bulkDelete(drop);
    }
    await setMeta(db, 'pullCookie', null);
  });
}

/**
 * Ask the next pull to resend everything (same epoch, version 0) without forgetting
 * anything here. Used after the server rejected a change: the record's server copy may
 * be older than the cookie, and only a resend replaces the refused local edit with it.
 */
export async function requestFullResend(db: AppDatabase): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const cookie = await getMeta(db, 'pullCookie');
    if (cookie) await setMeta(db, 'pullCookie', { epoch: cookie.epoch, version: 0 });
  });
}

/**
 * Continue under a new clientId when the server can no longer accept this client's mid
 * sequence (it lost mutations the device has already let go of, after a restore).
 * Entries below `fromMid` are ones the server holds and are dropped; the rest keep their
 * order and are renumbered from 1. Returns the new clientId.
 */
export async function rebaseOutbox(db: AppDatabase, fromMid: number): Promise<string> {
  return db.transaction('rw', db.outbox, db.meta, async () => {
    const entries = await db.outbox.orderBy('mid').toArray();
    const kept = entries.filter((entry) => entry.mid >= fromMid).map((entry, index) => ({ ...entry, mid: index + 1 }));
    await db.outbox.clear();
    if (kept.length > 0) await db.outbox.bulkAdd(kept);
    const clientId = uuidv7();
    await setMeta(db, 'clientId', clientId);
    await setMeta(db, 'nextMid', kept.length + 1);
    return clientId;
  });
}
