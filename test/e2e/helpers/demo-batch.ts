// The demo publishes its payout lists weeks back, so their notice period is over. A test
// that needs one in its period (the 提出异议 buttons, the objection column of the list)
// stamps a published batch as published now, as the publishing step does, in a running
// test server's SQLite database.
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../../../src/server/db/schema';

/** Starts the notice period of the village's first published batch; returns its title parts. */
export async function startNoticePeriodOfABatch(
  dataDir: string,
  villageCode: string,
): Promise<{ year: number; item: string }> {
  const database = new BetterSqlite3(path.join(dataDir, 'cunwu.sqlite'), { timeout: 5000 });
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  try {
    const batch = await db
      .selectFrom('batches')
      .select(['id', 'record'])
      .where('village_code', '=', villageCode)
      .where('state', '=', 'published')
      .where('deleted', '=', 0)
      .executeTakeFirstOrThrow();
    const record = JSON.parse(batch.record) as { year: number; item: string; publishedAt?: number };
    record.publishedAt = Date.now();
    await db
      .updateTable('batches')
      .set({ record: JSON.stringify(record) })
      .where('id', '=', batch.id)
      .execute();
    return { year: record.year, item: record.item };
  } finally {
    await db.destroy();
  }
}
