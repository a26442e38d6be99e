// Migration 0007: an objection (异议) may be about one subsidy line of a batch ("my amount
// is wrong") rather than the whole list, so the village finds the household at once. A
// nullable column: objections raised before, and those about a whole item, have none.
// No index: staff read a village's objections by village and state (0003's index) and
// look their lines up by primary key.
// Append-only once shipped: a change is a new numbered file, never an edit here.
import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../schema';

export function migration0007(_dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('objections').addColumn('line_id', 'text').execute();
    },
  };
}
