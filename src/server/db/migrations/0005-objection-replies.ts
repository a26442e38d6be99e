// Migration 0005: what the staff side of objections (异议) needs on top of 0003. The
// resident may leave a phone number so the village can call back; it is kept in its own
// column so that no public answer can pick it up with the text, and only signed-in staff
// of the village or township read it. The list per township is filtered by village code
// range and state, which the 0003 index (village_code, state) already serves.
// Append-only once shipped: a change is a new numbered file, never an edit here.
import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../schema';

export function migration0005(_dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('objections').addColumn('phone', 'text').execute();
    },
  };
}
