// Migration 0006: when each device last synced, for the township dashboard's column
// "村里设备上次同步". A table of its own rather than a column on `clients`: a device may pull
// before it ever pushes (and so before its clients row exists), and the push path that
// owns `clients` stays untouched. One row per device of a village account; the route
// layer stamps it with the server's clock after every successful push or pull.
// Append-only once shipped: a change is a new numbered file, never an edit here.
import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../schema';

export function migration0006(_dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('device_activity')
        .addColumn('client_id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('village_code', 'text', (c) => c.notNull())
        .addColumn('last_sync_at', 'bigint', (c) => c.notNull())
        .execute();
      // The dashboard reads a township's villages by code range.
      await db.schema
        .createIndex('device_activity_village')
        .on('device_activity')
        .column('village_code')
        .execute();
    },
  };
}
