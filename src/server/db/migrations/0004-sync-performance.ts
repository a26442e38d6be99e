// Migration 0004: Indexes and columns that make push and pull cheaper (owned by the sync performance work).
// Append-only once shipped: a change is a new numbered file, never an edit here.
import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../schema';

export function migration0004(_dialect: DialectName): Migration {
  return {
    async up(_db: Kysely<unknown>): Promise<void> {
      // nothing yet
    },
  };
}
