// Migration 0002: published snapshots and their SHA-256 chain per village, and the
// proof-of-posting photos (张贴凭证). Append-only once shipped: a change is a new numbered
// file, never an edit here. Snapshots are written once, in the approving push's
// transaction, and never updated: verify-chain reports any row that differs.
import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../schema';

export function migration0002(_dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await s
        .createTable('published_snapshots')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('item_kind', 'text', (c) => c.notNull())
        // An item is published once (published is final); a correction is a new item.
        .addColumn('item_id', 'text', (c) => c.notNull().unique())
        .addColumn('village_code', 'text', (c) => c.notNull())
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .addColumn('published_at', 'bigint', (c) => c.notNull())
        .addColumn('canonical_json', 'text', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('prev_sha256', 'text')
        .execute();
      // Two pushes can never give the same place in a village's chain to two snapshots.
      await s
        .createIndex('published_snapshots_village_seq')
        .on('published_snapshots')
        .columns(['village_code', 'seq'])
        .unique()
        .execute();

      await s
        .createTable('proofs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('item_kind', 'text', (c) => c.notNull())
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('village_code', 'text', (c) => c.notNull())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('record', 'text', (c) => c.notNull())
        .execute();
      await s.createIndex('proofs_item').on('proofs').column('item_id').execute();
      await s.createIndex('proofs_version').on('proofs').column('version').execute();
      await s
        .createIndex('proofs_village_version')
        .on('proofs')
        .columns(['village_code', 'version'])
        .execute();
    },
  };
}
