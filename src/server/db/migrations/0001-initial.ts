// Migration 0001: the first schema. Append-only once shipped: a change is a new numbered
// file, never an edit here. Column types are the common ground of SQLite and PostgreSQL
// (text, bigint, 0/1 integers); only the blob byte column differs by dialect.
import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../schema';

const SYNCED = ['regions', 'batches', 'lines', 'notices', 'review_steps', 'conflicts'] as const;

export function migration0001(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await s
        .createTable('server_state')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('epoch', 'text', (c) => c.notNull())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .execute();

      await s
        .createTable('regions')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('parent_code', 'text')
        .addColumn('version', 'bigint', (c) => c.notNull())
        .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('record', 'text', (c) => c.notNull())
        .execute();

      await s
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('region_code', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      await s
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .addColumn('revoked_at', 'bigint')
        .execute();
      await s.createIndex('sessions_user').on('sessions').column('user_id').execute();

      await s
        .createTable('login_attempts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('username', 'text', (c) => c.notNull())
        .addColumn('ip', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('succeeded', 'integer', (c) => c.notNull())
        .execute();
      await s
        .createIndex('login_attempts_username')
        .on('login_attempts')
        .columns(['username', 'at'])
        .execute();
      await s.createIndex('login_attempts_ip').on('login_attempts').columns(['ip', 'at']).execute();

      await s
        .createTable('clients')
        .addColumn('client_id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('last_mid', 'bigint', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();

      await s
        .createTable('mutation_log')
        .addColumn('client_id', 'text', (c) => c.notNull())
        .addColumn('mid', 'bigint', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('args', 'text', (c) => c.notNull())
        .addColumn('base_version', 'bigint', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('received_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('mutation_log_pk', ['client_id', 'mid'])
        .execute();

      await s
        .createTable('batches')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('village_code', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('author_id', 'text', (c) => c.notNull())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('record', 'text', (c) => c.notNull())
        .execute();

      await s
        .createTable('lines')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('batch_id', 'text', (c) => c.notNull())
        .addColumn('village_code', 'text', (c) => c.notNull())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('record', 'text', (c) => c.notNull())
        .execute();
      await s.createIndex('lines_batch').on('lines').column('batch_id').execute();

      await s
        .createTable('notices')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('village_code', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('author_id', 'text', (c) => c.notNull())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('record', 'text', (c) => c.notNull())
        .execute();

      await s
        .createTable('review_steps')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('item_kind', 'text', (c) => c.notNull())
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('village_code', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('record', 'text', (c) => c.notNull())
        .execute();
      await s
        .createIndex('review_steps_item')
        .on('review_steps')
        .columns(['item_id', 'at'])
        .execute();

      await s
        .createTable('conflicts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('client_id', 'text', (c) => c.notNull())
        .addColumn('mid', 'bigint', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('village_code', 'text')
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('record', 'text', (c) => c.notNull())
        .execute();
      await s
        .createIndex('conflicts_user')
        .on('conflicts')
        .columns(['user_id', 'version'])
        .execute();

      // Every pull asks "what changed since version v", so each synced table is indexed
      // by version, and by village then version for the village-scoped users.
      for (const table of SYNCED) {
        await s.createIndex(`${table}_version`).on(table).column('version').execute();
        if (table !== 'regions') {
          await s
            .createIndex(`${table}_village_version`)
            .on(table)
            .columns(['village_code', 'version'])
            .execute();
        }
      }

      // Review work lists: "what is waiting in my villages" (submitted, checked …).
      for (const table of ['batches', 'notices'] as const) {
        await s
          .createIndex(`${table}_village_state`)
          .on(table)
          .columns(['village_code', 'state'])
          .execute();
      }

      await s
        .createTable('blobs')
        .addColumn('sha256', 'text', (c) => c.primaryKey())
        .addColumn('size', 'bigint', (c) => c.notNull())
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('bytes', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();

      await s
        .createTable('blob_refs')
        .addColumn('sha256', 'text', (c) => c.notNull().references('blobs.sha256'))
        .addColumn('region_code', 'text', (c) => c.notNull())
        .addColumn('uploaded_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('blob_refs_pk', ['sha256', 'region_code'])
        .execute();
    },
  };
}
