// Migration 0004: indexes that keep the hot paths cheap as tables grow (sync performance).
// Every sign-in trims login attempts older than a day (auth/rate-limit.ts); without an
// index on `at` that trim reads the whole table, and a sign-in storm pays it per login.
// Append-only once shipped: a change is a new numbered file, never an edit here.
import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../schema';

export function migration0004(_dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.createIndex('login_attempts_at').on('login_attempts').column('at').execute();
    },
  };
}
