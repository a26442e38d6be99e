// The records a push works on, held in memory for the length of the push so a batch of
// 100 mutations costs a handful of queries instead of several per mutation:
//   - prefetch() reads every record the batch names, one query per table;
//   - read() answers from what this mutation wrote, then from the push's view, then from
//     the database (a miss is read once and remembered);
//   - write() stages a record for the current mutation only; commitMutation() moves it
//     into the view and the pending writes, discardMutation() drops it (a refusal), so a
//     refused mutation never needs a savepoint to undo its writes;
//   - flush() writes the pending records, one multi-row upsert per table.
// It does not allocate versions (version-counter.ts) and does not decide any rule.
import type { Executor } from '../db/schema';
import {
  readRecords,
  writeRecords,
  type RecordOf,
  type RecordTable,
  type RecordWrite,
  type Stored,
} from './records';

const TABLES: readonly RecordTable[] = ['batches', 'notices', 'lines'];

type PerTable<V> = { [T in RecordTable]: Map<string, V> };

function perTable<V>(): PerTable<V> {
  return { batches: new Map(), notices: new Map(), lines: new Map() };
}

export type RecordIds = { [T in RecordTable]: Set<string> };

export function emptyRecordIds(): RecordIds {
  return { batches: new Set(), notices: new Set(), lines: new Set() };
}

export class RecordStore {
  /** what the push knows of each record: null = known not to exist */
  private view = perTable<Stored<RecordOf[RecordTable]> | null>();
  private pending = perTable<RecordWrite>();
  private staged = perTable<RecordWrite>();

  constructor(private readonly trx: Executor) {}

  async prefetch(ids: RecordIds): Promise<void> {
    for (const table of TABLES) {
      const wanted = [...ids[table]].filter((id) => !this.view[table].has(id));
      if (wanted.length === 0) continue;
      const found = await readRecords(this.trx, table, wanted);
      for (const id of wanted) this.view[table].set(id, found.get(id) ?? null);
    }
  }

  async read<T extends RecordTable>(
    table: T,
    id: string,
  ): Promise<Stored<RecordOf[T]> | undefined> {
    const staged = this.staged[table].get(id);
    if (staged) return toStored(staged) as Stored<RecordOf[T]>;
    if (!this.view[table].has(id)) await this.prefetch(singleId(table, id));
    return (this.view[table].get(id) ?? undefined) as Stored<RecordOf[T]> | undefined;
  }

  /** Stages a record of the current mutation; `record.version` is its new version. */
  write<T extends RecordTable>(table: T, record: RecordOf[T], isDeleted = false): void {
    this.staged[table].set(record.id, { record, isDeleted });
  }

  commitMutation(): void {
    for (const table of TABLES) {
      for (const [id, write] of this.staged[table]) {
        this.view[table].set(id, toStored(write));
        this.pending[table].set(id, write);
      }
      this.staged[table].clear();
    }
  }

  discardMutation(): void {
    for (const table of TABLES) this.staged[table].clear();
  }

  /** Forgets the view: the database was written behind the store's back (a direct handler). */
  forgetView(): void {
    this.view = perTable();
  }

  async flush(): Promise<void> {
    for (const table of TABLES) {
      const writes = [...this.pending[table].values()];
      if (writes.length === 0) continue;
      await writeRecords(this.trx, table, writes);
      this.pending[table].clear();
    }
  }
}

function toStored(write: RecordWrite): Stored<RecordOf[RecordTable]> {
  return { version: write.record.version, isDeleted: write.isDeleted, record: write.record };
}

function singleId(table: RecordTable, id: string): RecordIds {
  const ids = emptyRecordIds();
  ids[table].add(id);
  return ids;
}
