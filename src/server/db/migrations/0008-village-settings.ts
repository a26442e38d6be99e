// Migration 0008: per-village settings (DOMAIN.md line 3: a rule that varies by place is a
// setting with the default given there) and the record of every change to them.
// `village_settings` has one row per village that ever changed a setting; a column is
// null while the village follows the default, so a village that never chose keeps
// following DOMAIN.md's default even if that default changes in a later release. A value
// saved equal to the default is stored as null for the same reason. `version` counts the
// village's saves (a screen that started from an older version is refused, not silently
// overwritten). `village_settings_changes` keeps who changed which setting, when, and the
// old and new value: "full names on the internet" is a privacy choice someone answers for.
// Append-only once shipped: a change is a new numbered file, never an edit here.
import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../schema';

export function migration0008(_dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('village_settings')
        .addColumn('village_code', 'text', (c) => c.primaryKey())
        .addColumn('phone_names', 'text')
        .addColumn('phone_grace_days', 'integer')
        .addColumn('objection_reply_working_days', 'integer')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('village_settings_changes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('village_code', 'text', (c) => c.notNull())
        .addColumn('setting', 'text', (c) => c.notNull())
        .addColumn('old_value', 'text', (c) => c.notNull())
        .addColumn('new_value', 'text', (c) => c.notNull())
        .addColumn('changed_at', 'bigint', (c) => c.notNull())
        /** the user id, or 'admin-cli' for the command line */
        .addColumn('changed_by', 'text', (c) => c.notNull())
        /** the name as it was then, readable after the account is gone */
        .addColumn('changed_by_name', 'text', (c) => c.notNull())
        .execute();
      // The settings screen lists a village's latest changes.
      await db.schema
        .createIndex('village_settings_changes_village')
        .on('village_settings_changes')
        .columns(['village_code', 'changed_at'])
        .execute();
    },
  };
}
