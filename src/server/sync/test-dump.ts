// A comparable picture of everything the server stores about synced data, for tests
// that check two histories end in the same state (replays, reordering, refused requests).
// Random server-made ids (conflict ids) are left out and user ids become usernames;
// everything a device sees is in.
import type { Storage } from '../db/storage';

export interface ServerDump {
  version: number;
  tables: Record<string, unknown[]>;
  log: unknown[];
  clients: unknown[];
}

export async function dumpServer(storage: Storage): Promise<ServerDump> {
  const db = storage.db;
  const synced = async (table: 'batches' | 'lines' | 'notices' | 'review_steps' | 'regions') =>
    (await db.selectFrom(table).select(['version', 'deleted', 'record']).execute())
      .map((r) => ({
        version: Number(r.version),
        deleted: r.deleted,
        record: JSON.parse(r.record) as unknown,
      }))
      .sort((a, b) => a.version - b.version);
  const conflicts = (
    await db
      .selectFrom('conflicts')
      .select(['mid', 'client_id', 'reason', 'version', 'record'])
      .execute()
  )
    .map((r) => {
      const { id: _id, ...rest } = JSON.parse(r.record) as Record<string, unknown>;
      return { version: Number(r.version), reason: r.reason, ...rest };
    })
    .sort((a, b) => a.version - b.version);
  const log = (
    await db
      .selectFrom('mutation_log')
      .select(['client_id', 'mid', 'name', 'args', 'status', 'reason'])
      .execute()
  )
    .map((r) => ({ ...r, mid: Number(r.mid) }))
    .sort((a, b) => a.client_id.localeCompare(b.client_id) || a.mid - b.mid);
  const clients = (
    await db.selectFrom('clients').select(['client_id', 'user_id', 'last_mid']).execute()
  )
    .map((r) => ({ ...r, last_mid: Number(r.last_mid) }))
    .sort((a, b) => a.client_id.localeCompare(b.client_id));
  const state = await storage.health.getStatus();
  const dump: ServerDump = {
    version: state.serverVersion,
    tables: {
      batches: await synced('batches'),
      lines: await synced('lines'),
      notices: await synced('notices'),
      reviewSteps: await synced('review_steps'),
      regions: await synced('regions'),
      conflicts,
    },
    log,
    clients,
  };
  // User ids are random per database; two servers are compared by username instead.
  let text = JSON.stringify(dump);
  for (const user of await db.selectFrom('users').select(['id', 'username']).execute()) {
    text = text.split(user.id).join(`user:${user.username}`);
  }
  return JSON.parse(text) as ServerDump;
}
