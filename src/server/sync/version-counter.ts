// The version counter of one push, kept in memory. The push takes the server_state row
// lock first (FOR UPDATE on PostgreSQL; on SQLite the process's single connection and the
// data-directory lock already serialise writers), reads the counter once, hands versions
// out from memory and writes the counter back inside the same transaction. Several server
// processes sharing one PostgreSQL therefore still commit in version order, and a pull
// never sees version 12 while 11 is invisible (SYNC.md). The write-back checks that the
// row still holds the value this push last wrote: anything that moved it meanwhile (code
// allocating versions behind the push's back) fails the push instead of duplicating them.
import { sql } from 'kysely';
import type { Executor } from '../db/schema';

export class VersionCounterMoved extends Error {
  constructor() {
    super('server_state.version changed inside a push that holds its lock');
  }
}

export class VersionCounter {
  private written: number;

  private constructor(private current: number) {
    this.written = current;
  }

  /** Locks the counter row until the transaction ends and reads it. */
  static async lock(trx: Executor, isPostgres: boolean): Promise<VersionCounter> {
    const result = isPostgres
      ? await sql<{
          version: number;
        }>`select version from server_state where id = 1 for update`.execute(trx)
      : await sql<{ version: number }>`select version from server_state where id = 1`.execute(trx);
    const row = result.rows[0];
    if (!row) throw new Error('server_state row missing');
    return new VersionCounter(Number(row.version));
  }

  /** Reserves `count` consecutive versions and returns the first one. */
  next(count = 1): number {
    if (!Number.isInteger(count) || count < 1) throw new RangeError(`bad version count ${count}`);
    const first = this.current + 1;
    this.current += count;
    return first;
  }

  /** The last version handed out. */
  peek(): number {
    return this.current;
  }

  /** Gives back versions reserved by a change that was then refused (nothing uses them). */
  rewind(to: number): void {
    if (to < this.written || to > this.current) throw new RangeError(`cannot rewind to ${to}`);
    this.current = to;
  }

  /** Writes the counter row; a no-op when nothing was handed out since the last write. */
  async save(trx: Executor): Promise<void> {
    if (this.current === this.written) return;
    const result = await trx
      .updateTable('server_state')
      .set({ version: this.current })
      .where('id', '=', 1)
      .where('version', '=', this.written)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new VersionCounterMoved();
    this.written = this.current;
  }
}
