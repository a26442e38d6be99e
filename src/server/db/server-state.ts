// The one row that orders every change: the epoch (which database this is) and the
// version counter. Versions are handed out by updating this row inside the writing
// transaction, never from a sequence: on PostgreSQL the row lock makes transactions commit
// in version order, so a pull can never see version 12 while version 11 is still invisible.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Executor } from './schema';

export interface ServerState {
  epoch: string;
  version: number;
}

export function newEpoch(): string {
  return randomBytes(16).toString('hex');
}

/** Creates the row on a fresh database; a no-op afterwards. */
export async function ensureServerState(db: Executor): Promise<void> {
  await db
    .insertInto('server_state')
    .values({ id: 1, epoch: newEpoch(), version: 0 })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

export async function readServerState(db: Executor): Promise<ServerState> {
  const row = await db
    .selectFrom('server_state')
    .select(['epoch', 'version'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return { epoch: row.epoch, version: Number(row.version) };
}

/**
 * Takes the counter row's lock until the transaction ends. Every writer calls this before
 * it reads what it is going to check, so two pushes never decide on the same old state.
 */
export async function lockServerState(trx: Executor, isPostgres: boolean): Promise<void> {
  if (isPostgres) await sql`select version from server_state where id = 1 for update`.execute(trx);
}

/** Reserves `count` consecutive versions and returns the first one. */
export async function allocateVersions(trx: Executor, count = 1): Promise<number> {
  const row = await trx
    .updateTable('server_state')
    .set((eb) => ({ version: eb('version', '+', count) }))
    .where('id', '=', 1)
    .returning('version')
    .executeTakeFirstOrThrow();
  return Number(row.version) - count + 1;
}

/**
 * A new epoch makes every device pull everything again (keeping its outbox). Used after a
 * database was restored from a backup, when devices may hold versions it never had.
 */
export async function rotateEpoch(db: Executor): Promise<string> {
  const epoch = newEpoch();
  await db.updateTable('server_state').set({ epoch }).where('id', '=', 1).execute();
  return epoch;
}
