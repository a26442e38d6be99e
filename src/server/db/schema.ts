// Row types of the server database, shared by every query (Kysely's typed builder).
// Synced tables keep the full record as JSON text in `record` plus the few columns that
// queries filter on (village_code, state, batch_id …); `version` comes from the single
// counter in server_state and `deleted` (0/1) marks a tombstone that pulls still carry.
// Timestamps are milliseconds since the epoch; booleans are 0/1 in both dialects.
import type { Kysely, Transaction } from 'kysely';

export interface ServerStateTable {
  id: number;
  /** random at creation; a restored or reset database gets a new one */
  epoch: string;
  /** the last version handed out (SYNC.md: one counter, updated inside the push transaction) */
  version: number;
}

export interface RegionsTable {
  code: string;
  name: string;
  level: string;
  parent_code: string | null;
  version: number;
  deleted: number;
  record: string;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  region_code: string;
  /** null for kiosk devices, which only ever hold a token */
  password_hash: string | null;
  created_at: number;
  disabled: number;
}

export interface SessionsTable {
  /** sha-256 of the token: a copied database does not hand out working tokens */
  token_hash: string;
  user_id: string;
  created_at: number;
  expires_at: number;
  revoked_at: number | null;
}

export interface LoginAttemptsTable {
  id: string;
  username: string;
  ip: string;
  at: number;
  succeeded: number;
}

export interface ClientsTable {
  client_id: string;
  user_id: string;
  last_mid: number;
  created_at: number;
}

export interface MutationLogTable {
  client_id: string;
  mid: number;
  user_id: string;
  name: string;
  /** the raw arguments exactly as received, JSON */
  args: string;
  base_version: number;
  status: string;
  reason: string | null;
  received_at: number;
}

export interface BatchesTable {
  id: string;
  village_code: string;
  state: string;
  author_id: string;
  version: number;
  deleted: number;
  record: string;
}

export interface LinesTable {
  id: string;
  batch_id: string;
  village_code: string;
  version: number;
  deleted: number;
  record: string;
}

export interface NoticesTable {
  id: string;
  village_code: string;
  state: string;
  author_id: string;
  version: number;
  deleted: number;
  record: string;
}

export interface ReviewStepsTable {
  id: string;
  item_kind: string;
  item_id: string;
  village_code: string;
  action: string;
  at: number;
  version: number;
  deleted: number;
  record: string;
}

export interface ConflictsTable {
  id: string;
  client_id: string;
  mid: number;
  user_id: string;
  village_code: string | null;
  reason: string;
  version: number;
  deleted: number;
  record: string;
}

export interface BlobsTable {
  sha256: string;
  size: number;
  content_type: string;
  bytes: Buffer;
  created_at: number;
}

export interface BlobRefsTable {
  sha256: string;
  region_code: string;
  uploaded_by: string;
  created_at: number;
}

/** Migration 0002: the frozen published version of a batch or notice, chained per village. */
export interface PublishedSnapshotsTable {
  id: string;
  item_kind: string;
  item_id: string;
  village_code: string;
  /** 1, 2, 3 … per village, in publishing order */
  seq: number;
  /** server time of the approval */
  published_at: number;
  /** the hashed text: canonical JSON (sorted keys) of the envelope, see publish/snapshot.ts */
  canonical_json: string;
  sha256: string;
  /** the village's previous snapshot's sha256; null for its first */
  prev_sha256: string | null;
}

/** Migration 0002: proof-of-posting photos, a synced table like the others. */
export interface ProofsTable {
  id: string;
  item_kind: string;
  item_id: string;
  village_code: string;
  version: number;
  deleted: number;
  record: string;
}

/** Objections (异议) raised by residents on the public page (migration 0003). */
export interface ObjectionsTable {
  id: string;
  village_code: string;
  item_kind: string;
  item_id: string;
  text: string;
  raised_at: number;
  /** China date, 'YYYY-MM-DD' */
  raised_on: string;
  reply_due_on: string;
  state: string;
  reply: string | null;
  replied_at: number | null;
  replied_by: string | null;
  /** optional call-back number (migration 0005): staff only, never on a public answer */
  phone: string | null;
  /** the subsidy line it is about (migration 0007), or null for the whole item */
  line_id: string | null;
}

/** Migration 0006: the last successful sync of each device of a village account. */
export interface DeviceActivityTable {
  client_id: string;
  user_id: string;
  village_code: string;
  /** server time of the device's last successful push or pull */
  last_sync_at: number;
}

/** Migration 0008: a village's own settings; null = follows the default (domain/village-settings.ts). */
export interface VillageSettingsTable {
  village_code: string;
  phone_names: string | null;
  phone_grace_days: number | null;
  objection_reply_working_days: number | null;
  /** saves so far; a screen sends the version it showed */
  version: number;
  updated_at: number;
  updated_by: string;
}

/** Migration 0008: every change of a village setting, one row per setting changed. */
export interface VillageSettingsChangesTable {
  id: string;
  village_code: string;
  setting: string;
  old_value: string;
  new_value: string;
  changed_at: number;
  /** user id, or 'admin-cli' */
  changed_by: string;
  changed_by_name: string;
}

export interface Database {
  server_state: ServerStateTable;
  regions: RegionsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  clients: ClientsTable;
  mutation_log: MutationLogTable;
  batches: BatchesTable;
  lines: LinesTable;
  notices: NoticesTable;
  review_steps: ReviewStepsTable;
  conflicts: ConflictsTable;
  blobs: BlobsTable;
  blob_refs: BlobRefsTable;
  objections: ObjectionsTable;
  published_snapshots: PublishedSnapshotsTable;
  proofs: ProofsTable;
  device_activity: DeviceActivityTable;
  village_settings: VillageSettingsTable;
  village_settings_changes: VillageSettingsChangesTable;
}

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;
/** Anything queries can run on: the pool or an open transaction. */
export type Executor = Kysely<Database>;
export type DialectName = 'sqlite' | 'postgres';
