// Everything one push will write, collected in memory and written in a few multi-row
// statements: the mutation_log rows (append-only, each inserted once with its final
// status, so a refusal never updates the ledger), the records staged by handlers
// (record-store.ts), the conflict items of refused mutations and the version counter.
// flush() runs inside the push's transaction; it can run several times (before a direct
// handler, and at the end) and writes only what is new since the last flush.
import type { MutationLogTable, Executor } from '../db/schema';
import type { ConflictItem } from '../../sync/protocol';
import { insertConflicts } from './records';
import { RecordStore } from './record-store';
import { VersionCounter } from './version-counter';

const LOG_CHUNK_ROWS = 500;

export class PushJournal {
  readonly records: RecordStore;
  private logRows: MutationLogTable[] = [];
  private conflicts: { conflict: ConflictItem; version: number }[] = [];

  private constructor(
    private readonly trx: Executor,
    readonly versions: VersionCounter,
  ) {
    this.records = new RecordStore(trx);
  }

  /** Takes the version counter's lock: call it after the client row is locked. */
  static async open(trx: Executor, isPostgres: boolean): Promise<PushJournal> {
    return new PushJournal(trx, await VersionCounter.lock(trx, isPostgres));
  }

  log(row: MutationLogTable): void {
    this.logRows.push(row);
  }

  addConflict(conflict: ConflictItem, version: number): void {
    this.conflicts.push({ conflict, version });
  }

  async flush(): Promise<void> {
    for (let i = 0; i < this.logRows.length; i += LOG_CHUNK_ROWS) {
      await this.trx
        .insertInto('mutation_log')
        .values(this.logRows.slice(i, i + LOG_CHUNK_ROWS))
        .execute();
    }
    this.logRows = [];
    await this.records.flush();
    if (this.conflicts.length > 0) await insertConflicts(this.trx, this.conflicts);
    this.conflicts = [];
    await this.versions.save(this.trx);
  }
}
