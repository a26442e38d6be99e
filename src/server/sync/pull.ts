// POST /api/sync/pull: everything this user may see that changed after the cookie's
// version, read from one snapshot (REPEATABLE READ on PostgreSQL, one read transaction on
// SQLite), ordered by version, in pages of at most 500 rows and about 1 MB. A cookie from
// another epoch, or one ahead of this database (restored from a backup), gets
// resetRequired: the device pulls everything again and keeps its outbox.
import type { User } from '../../domain/user';
import {
  MAX_PULL_BYTES,
  MAX_PULL_ROWS,
  SYNCED_TABLES,
  type PullRequest,
  type PullResponse,
  type PullRow,
  type SyncedTable,
} from '../../sync/protocol';
import { seesOthersConflicts, villageCodeRange } from '../auth/scope';
import type { Executor } from '../db/schema';
import { readServerState } from '../db/server-state';
import type { Storage } from '../db/storage';
import { ApiError } from '../errors';

interface Candidate {
  table: SyncedTable;
  key: string;
  version: number;
  deleted: number;
  record: string;
}

function isPulledTable(table: string): boolean {
  return (SYNCED_TABLES as readonly string[]).includes(table);
}

/** Rough wire size of a row: its record plus the envelope. */
const ROW_OVERHEAD_BYTES = 120;

function ancestorCodes(regionCode: string): string[] {
  return [6, 9]
    .filter((length) => length < regionCode.length)
    .map((length) => regionCode.slice(0, length));
}

async function readCandidates(
  db: Executor,
  user: User,
  since: number,
  limit: number,
): Promise<Candidate[]> {
  const { low, high } = villageCodeRange(user.regionCode);
  const ancestors = ancestorCodes(user.regionCode);

  const regions = await db
    .selectFrom('regions')
    .select(['code as key', 'version', 'deleted', 'record'])
    .where('version', '>', since)
    .where((eb) =>
      eb.or([
        eb('code', 'like', `${user.regionCode}%`),
        ...(ancestors.length > 0 ? [eb('code', 'in', ancestors)] : []),
      ]),
    )
    .orderBy('version')
    .limit(limit)
    .execute();

  const byVillage = async (
    table: 'batches' | 'lines' | 'notices' | 'review_steps' | 'proofs',
  ): Promise<Candidate[]> => {
    const rows = await db
      .selectFrom(table)
      .select(['id as key', 'version', 'deleted', 'record'])
      .where('version', '>', since)
      .where('village_code', '>=', low)
      .where('village_code', '<=', high)
      .orderBy('version')
      .limit(limit)
      .execute();
    const name = (table === 'review_steps' ? 'reviewSteps' : table) as SyncedTable;
    return rows.map((row) => ({ ...row, table: name }));
  };

  const conflicts = await db
    .selectFrom('conflicts')
    .select(['id as key', 'version', 'deleted', 'record'])
    .where('version', '>', since)
    .where((eb) =>
      seesOthersConflicts(user.role)
        ? eb.or([
            eb('user_id', '=', user.id),
            eb.and([eb('village_code', '>=', low), eb('village_code', '<=', high)]),
          ])
        : eb('user_id', '=', user.id),
    )
    .orderBy('version')
    .limit(limit)
    .execute();

  return [
    ...regions.map((row) => ({ ...row, table: 'regions' as const })),
    ...(await byVillage('batches')),
    ...(await byVillage('lines')),
    ...(await byVillage('notices')),
    ...(await byVillage('review_steps')),
    // Proofs of posting (migration 0002) are sent once devices have a table for them
    // (SYNCED_TABLES); until then the item's own `proofs` field carries them.
    ...(isPulledTable('proofs') ? await byVillage('proofs') : []),
    ...conflicts.map((row) => ({ ...row, table: 'conflicts' as const })),
  ];
}

function toPullRow(candidate: Candidate): PullRow {
  const row: PullRow = {
    table: candidate.table,
    key: candidate.key,
    version: Number(candidate.version),
  };
  if (candidate.deleted === 1) row.deleted = true;
  else row.value = JSON.parse(candidate.record) as Record<string, unknown>;
  return row;
}

async function lastMidOf(db: Executor, user: User, clientId: string): Promise<number> {
  const client = await db
    .selectFrom('clients')
    .select(['user_id', 'last_mid'])
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  if (!client) return 0;
  if (client.user_id !== user.id) throw new ApiError(403, 'client-mismatch');
  return Number(client.last_mid);
}

async function readPage(db: Executor, user: User, request: PullRequest): Promise<PullResponse> {
  const state = await readServerState(db);
  const { cookie } = request;
  if (cookie && (cookie.epoch !== state.epoch || cookie.version > state.version)) {
    return { resetRequired: true, epoch: state.epoch };
  }
  const since = cookie?.version ?? 0;
  const lastMid = await lastMidOf(db, user, request.clientId);
  // One more than a page from each table tells whether anything is left after this page.
  const candidates = await readCandidates(db, user, since, MAX_PULL_ROWS + 1);
  candidates.sort((a, b) => Number(a.version) - Number(b.version));

  const rows: PullRow[] = [];
  let bytes = 0;
  for (const candidate of candidates) {
    const size = (candidate.deleted === 1 ? 0 : candidate.record.length * 3) + ROW_OVERHEAD_BYTES;
    if (rows.length === MAX_PULL_ROWS || (rows.length > 0 && bytes + size > MAX_PULL_BYTES)) break;
    rows.push(toPullRow(candidate));
    bytes += size;
  }
  const hasMore = rows.length < candidates.length;
  const version = hasMore ? (rows[rows.length - 1]?.version ?? since) : state.version;
  return { rows, hasMore, lastMid, cookie: { epoch: state.epoch, version } };
}

export async function handlePull(
  storage: Storage,
  user: User,
  request: PullRequest,
): Promise<PullResponse> {
  let builder = storage.db.transaction();
  if (storage.dialect === 'postgres')
    builder = builder.setIsolationLevel('repeatable read').setAccessMode('read only');
  return builder.execute((trx) => readPage(trx, user, request));
}
