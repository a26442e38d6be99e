// Migration 0003: Objections (异议) from residents and their replies (owned by the resident-views work).
// Append-only once shipped: a change is a new numbered file, never an edit here.
import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../schema';

export function migration0003(_dialect: DialectName): Migration {
  return {
    async up(_db: Kysely<unknown>): Promise<void> {
      // nothing yet
    },
  };
}
