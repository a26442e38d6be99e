// "导出未同步数据": a file holding everything the server has not confirmed yet, so a
// cadre can hand it over (USB, chat) when the phone cannot sync or is about to be wiped.
// Each outbox entry comes with the current local record it changed, so a person can read
// the file and the server side can replay the entries by mid.
import { SYNCED_TABLES } from '../sync/protocol-limits';
import type { AppDatabase } from './app-database';
import { getMeta } from './meta';
import { parseEntityKey, type OutboxEntry } from './outbox';

export const UNSYNCED_EXPORT_FORMAT = 'cunwu-unsynced/1';

export interface UnsyncedExportEntry extends OutboxEntry {
  /** the record as it is on this device now; null if it was deleted locally */
  record: unknown;
}

export interface UnsyncedExport {
  format: typeof UNSYNCED_EXPORT_FORMAT;
  clientId: string;
  /** ISO 8601, UTC */
  exportedAt: string;
  count: number;
  entries: UnsyncedExportEntry[];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** yyyyMMdd-HHmm in the device's local time: the time the person who exported sees. */
function localStamp(now: number): string {
  const d = new Date(now);
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;
}

export async function buildUnsyncedExport(
  db: AppDatabase,
  now: number = Date.now(),
): Promise<{ fileName: string; json: string; count: number }> {
  const recordTables = SYNCED_TABLES.filter((t) => db.tables.some((table) => table.name === t));
  // One read transaction: the entries and records are a consistent snapshot even if
  // another tab saves while we read.
  const data = await db.transaction('r', ['outbox', 'meta', ...recordTables], async () => {
    const clientId = (await getMeta(db, 'clientId')) ?? '';
    const outbox = await db.outbox.orderBy('mid').toArray();
    const entries: UnsyncedExportEntry[] = [];
    for (const entry of outbox) {
      const { table, key } = parseEntityKey(entry.entityKey);
      const isKnownTable = (recordTables as readonly string[]).includes(table);
      const record = isKnownTable ? await db.table(table).get(key) : undefined;
      entries.push({ ...entry, record: record ?? null });
    }
    return { clientId, entries };
  });
  const file: UnsyncedExport = {
    format: UNSYNCED_EXPORT_FORMAT,
    clientId: data.clientId,
    exportedAt: new Date(now).toISOString(),
    count: data.entries.length,
    entries: data.entries,
  };
  // The random tail of the UUIDv7, not its time-based head: phones set up together in
  // one training session would otherwise produce files with the same name.
  const clientTag = data.clientId.replace(/-/g, '').slice(-8);
  return {
    fileName: `cunwu-unsynced-${clientTag}-${localStamp(now)}.json`,
    json: JSON.stringify(file, null, 2),
    count: file.count,
  };
}
