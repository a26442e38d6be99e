// The device's IndexedDB database: the typed Dexie class, its versioned schema and the
// seeding of per-database identity (clientId, mid counter, local author id).
// Owns: table layout and indexes, connection options, reacting to a schema upgrade in
// another tab. Does not own: what a save writes (commands), sync (src/sync).
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { Notice } from '../domain/notice';
import type { PayoutBatch, PayoutLine } from '../domain/payout';
import type { Region } from '../domain/region';
import type { ReviewStep } from '../domain/review';
import { uuidv7 } from '../domain/uuid';
import type { ConflictItem } from '../sync/protocol';
import type { MetaRow } from './meta';
import type { OutboxEntry } from './outbox';

/** Attachment bytes kept on the device, addressed by the SHA-256 of their content. */
export interface StoredBlob {
  sha256: string;
  mime: string;
  size: number;
  data: Blob;
  /** when the server confirmed it holds the bytes; null until uploaded */
  uploadedAt: number | null;
}

export type VersionChangeHandler = (event: IDBVersionChangeEvent) => void;

export class AppDatabase extends Dexie {
  regions!: EntityTable<Region, 'code'>;
  batches!: EntityTable<PayoutBatch, 'id'>;
  lines!: EntityTable<PayoutLine, 'id'>;
  notices!: EntityTable<Notice, 'id'>;
  reviewSteps!: EntityTable<ReviewStep, 'id'>;
  blobs!: EntityTable<StoredBlob, 'sha256'>;
  conflicts!: EntityTable<ConflictItem, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'mid'>;
  meta!: EntityTable<MetaRow, 'key'>;

  private versionChangeHandler: VersionChangeHandler | null = null;

  constructor(name: string) {
    // Chrome defaults to relaxed durability, which reports a commit before it reaches
    // the disk: a record the screen called saved could vanish if the phone crashes.
    super(name, { chromeTransactionDurability: 'strict' });

    // Versions are append-only once shipped: never edit a released version's stores;
    // add this.version(n + 1) with the new layout and an upgrade() that migrates rows,
    // so queued outbox entries survive the upgrade.
    this.version(1).stores({
      regions: 'code, parentCode',
      batches: 'id, villageCode, [villageCode+year], state, updatedAt',
      lines: 'id, batchId, villageCode, [batchId+group], name',
      notices: 'id, villageCode, state, category',
      reviewSteps: 'id, itemId',
      blobs: 'sha256',
      conflicts: 'id, mid',
      outbox: 'mid, entityKey, createdAt',
      meta: 'key',
    });

    // Version 2: lines keep only the index their reads use (a batch's lines by batchId;
    // names and pinyin are searched in memory among one batch's lines). Each index is one
    // more write per line, and a phone's first pull writes thousands of lines: the three
    // unused ones (villageCode, [batchId+group], name) made it miss its 5 s budget.
    // Only indexes go; no row changes, so no upgrade() is needed and queued outbox
    // entries stay as they are.
    this.version(2).stores({
      lines: 'id, batchId',
    });

    // Runs once, when the database is created: a recreated database (cleared site
    // data) is a new client with its own clientId and a mid counter starting at 1.
    this.on('populate', (tx: Transaction) => seedMeta(tx));

    // Another tab wants to upgrade or delete the database. Holding our connection open
    // would block it, and writing with old code into a newer schema could corrupt
    // records, so close for good (no auto-reopen) and let the app save its form state
    // and reload. Returning false stops Dexie's built-in listener, which would close
    // with auto-reopen allowed (the next query would silently reopen the connection).
    this.on('versionchange', (event: IDBVersionChangeEvent) => {
      this.close({ disableAutoOpen: true });
      this.versionChangeHandler?.(event);
      return false;
    });
  }

  /**
   * Register what to do after another tab's upgrade closed this connection (the app
   * saves unsent form input, then reloads). Returns a function that unregisters it.
   */
  onVersionChange(handler: VersionChangeHandler): () => void {
    this.versionChangeHandler = handler;
    return () => {
      if (this.versionChangeHandler === handler) this.versionChangeHandler = null;
    };
  }
}

function seedMeta(tx: Transaction): Promise<unknown> {
  const rows: MetaRow[] = [
    { key: 'clientId', value: uuidv7() },
    { key: 'nextMid', value: 1 },
    { key: 'pullCookie', value: null },
    { key: 'lastSyncAt', value: null },
    { key: 'localActorId', value: uuidv7() },
    { key: 'persistence', value: null },
  ];
  return tx.table<MetaRow, string>('meta').bulkAdd(rows);
}
