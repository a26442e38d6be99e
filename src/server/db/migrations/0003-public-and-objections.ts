// Migration 0003: Objections (异议) from residents and their replies (owned by the resident-views work).
// Append-only once shipped: a change is a new numbered file, never an edit here.
import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../schema';

export function migration0003(_dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('objections')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('village_code', 'text', (c) => c.notNull())
        .addColumn('item_kind', 'text', (c) => c.notNull())
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('raised_at', 'bigint', (c) => c.notNull())
        .addColumn('raised_on', 'text', (c) => c.notNull())
        .addColumn('reply_due_on', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('reply', 'text')
        .addColumn('replied_at', 'bigint')
        .addColumn('replied_by', 'text')
        .execute();
      await db.schema
        .createIndex('objections_village')
        .on('objections')
        .columns(['village_code', 'state'])
        .execute();
    },
  };
}
