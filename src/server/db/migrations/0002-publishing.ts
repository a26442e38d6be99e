// Migration 0002: Published snapshots and their SHA-256 chain per village, proof-of-posting photos (owned by the publishing work).
// Append-only once shipped: a change is a new numbered file, never an edit here.
import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../schema';

export function migration0002(_dialect: DialectName): Migration {
  return {
    async up(_db: Kysely<unknown>): Promise<void> {
      // nothing yet
    },
  };
}
