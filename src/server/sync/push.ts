// POST /api/sync/push, step by step as in SYNC.md. The whole batch is one transaction:
//   1. the clientId belongs to this user (its row is created on first use and locked),
//      then the version counter is locked and read (version-counter.ts);
//   2. for each mutation in order: a mid already seen is a duplicate; a mid that skips
//      one stops the batch (409, what was applied is kept); otherwise its handler decides
//      and the raw mutation is logged in mutation_log with the outcome; a refusal keeps
//      the payload as a conflict and writes nothing else;
//   3. the log rows, records, conflicts, counter and lastMid are written and the
//      transaction commits before anything is answered.
// Writes are collected in memory (push-journal.ts) and the records the batch names are
// read up front, so a batch of 100 costs about a dozen statements; handlers that need the
// database itself run after a flush inside a savepoint (handlers/mutation-context.ts).
import { sql } from 'kysely';
import type { User } from '../../domain/user';
import {
  MAX_PUSH_MUTATIONS,
  PROTOCOL_VERSION,
  pushRequestSchema,
  type PushGapResponse,
  type PushRequest,
  type PushResponse,
  type PushResult,
} from '../../sync/protocol';
import { isInfrastructureError } from '../db/db-errors';
import type { Executor } from '../db/schema';
import type { Storage } from '../db/storage';
import { ApiError } from '../errors';
import { buildConflict } from './conflicts';
import { Refusal, type MutationContext } from './handlers/mutation-context';
import { addReferencedRecords, isStagedMutation, runMutation } from './handlers/mutation-handlers';
import { PushJournal } from './push-journal';
import { emptyRecordIds, type RecordIds } from './record-store';

export type PushOutcome =
  { statusCode: 200; body: PushResponse } | { statusCode: 409; body: PushGapResponse };

/** Parses the body with the shared schema; refusals here change nothing. */
export function parsePushRequest(body: unknown): PushRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new ApiError(400, 'invalid');
  const { protocol, mutations } = body as Record<string, unknown>;
  if (typeof protocol === 'number' && protocol !== PROTOCOL_VERSION)
    throw new ApiError(400, 'protocol-mismatch');
  if (Array.isArray(mutations) && mutations.length > MAX_PUSH_MUTATIONS)
    throw new ApiError(413, 'too-large');
  const parsed = pushRequestSchema.safeParse(body);
  if (!parsed.success) throw new ApiError(400, 'invalid');
  return parsed.data;
}

/** Step 1: the client row, created at first use and locked for the rest of the push. */
async function claimClient(
  trx: Executor,
  storage: Storage,
  user: User,
  clientId: string,
): Promise<number> {
  await trx
    .insertInto('clients')
    .values({ client_id: clientId, user_id: user.id, last_mid: 0, created_at: storage.now() })
    .onConflict((oc) => oc.column('client_id').doNothing())
    .execute();
  const client = await trx
    .selectFrom('clients')
    .select(['user_id', 'last_mid'])
    .where('client_id', '=', clientId)
    .$if(storage.dialect === 'postgres', (qb) => qb.forUpdate())
    .executeTakeFirstOrThrow();
  if (client.user_id !== user.id) throw new ApiError(403, 'client-mismatch');
  return Number(client.last_mid);
}

/** Called when a handler fails for a reason other than a rule: a bug worth a log line. */
export type UnexpectedErrorLogger = (
  error: unknown,
  mutation: { mid: number; name: string },
) => void;

export async function handlePush(
  storage: Storage,
  user: User,
  request: PushRequest,
  logUnexpected: UnexpectedErrorLogger = () => undefined,
): Promise<PushOutcome> {
  const trx = await storage.db.startTransaction().execute();
  try {
    const outcome = await applyBatch(trx, storage, user, request, logUnexpected);
    await trx.commit().execute();
    return outcome;
  } catch (error) {
    // A failed rollback (connection gone) must not hide why the push failed.
    await trx
      .rollback()
      .execute()
      .catch(() => undefined);
    throw error;
  }
}

/** The records the mutations after `lastMid` will read, to fetch in one query per table. */
function referencedRecords(mutations: PushRequest['mutations'], lastMid: number): RecordIds {
  const ids = emptyRecordIds();
  for (const mutation of mutations) {
    if (mutation.mid > lastMid) addReferencedRecords(ids, mutation.name, mutation.args);
  }
  return ids;
}

async function applyBatch(
  trx: Executor,
  storage: Storage,
  user: User,
  request: PushRequest,
  logUnexpected: UnexpectedErrorLogger,
): Promise<PushOutcome> {
  const { clientId } = request;
  let lastMid = await claimClient(trx, storage, user, clientId);
  const startMid = lastMid;
  // After the client row: every push locks in the same order, so two never deadlock.
  const journal = await PushJournal.open(trx, storage.dialect === 'postgres');
  const now = storage.now();
  const results: PushResult[] = [];

  await journal.records.prefetch(referencedRecords(request.mutations, lastMid));

  // Step 2
  for (const [index, mutation] of request.mutations.entries()) {
    if (mutation.mid <= lastMid) {
      results.push({ mid: mutation.mid, status: 'duplicate' });
      continue;
    }
    if (mutation.mid > lastMid + 1) {
      await journal.flush();
      await saveLastMid(trx, clientId, startMid, lastMid);
      return {
        statusCode: 409,
        body: { error: 'mid-gap', expectedMid: lastMid + 1, lastMid, results },
      };
    }
    const refusal = await applyMutation(trx, journal, user, now, mutation, logUnexpected);
    // A direct handler made the store forget what it had read: read the rest again at once.
    if (!isStagedMutation(mutation.name)) {
      const rest = request.mutations.slice(index + 1);
      await journal.records.prefetch(referencedRecords(rest, mutation.mid));
    }
    const reason = refusal?.code ?? null;
    journal.log({
      client_id: clientId,
      mid: mutation.mid,
      user_id: user.id,
      name: mutation.name,
      args: JSON.stringify(mutation.args ?? null),
      base_version: mutation.baseVersion,
      status: reason === null ? 'applied' : 'rejected',
      reason,
      received_at: now,
    });
    if (reason === null) {
      results.push({ mid: mutation.mid, status: 'applied' });
    } else {
      const conflict = await buildConflict(
        journal.records,
        user,
        { clientId, mid: mutation.mid, name: mutation.name, args: mutation.args, reason },
        now,
        refusal?.details,
      );
      journal.addConflict(conflict, journal.versions.next());
      results.push({ mid: mutation.mid, status: 'rejected', reason });
    }
    lastMid = mutation.mid;
  }

  // Step 3
  await journal.flush();
  await saveLastMid(trx, clientId, startMid, lastMid);
  return { statusCode: 200, body: { lastMid, results } };
}

/**
 * Runs one mutation's handler; returns null when it applied, or the refusal after
 * undoing it (staged writes dropped, versions given back, a direct handler's savepoint
 * rolled back).
 */
async function applyMutation(
  trx: Executor,
  journal: PushJournal,
  user: User,
  now: number,
  mutation: PushRequest['mutations'][number],
  logUnexpected: UnexpectedErrorLogger,
): Promise<Refusal | null> {
  const isStaged = isStagedMutation(mutation.name);
  // A direct handler reads the database: it must see every earlier mutation of the batch,
  // and its own reads through ctx.records must not be answered from before its writes.
  if (!isStaged) {
    await journal.flush();
    journal.records.forgetView();
  }
  const versionBefore = journal.versions.peek();
  const ctx: MutationContext = {
    trx,
    actor: user,
    now,
    baseVersion: mutation.baseVersion,
    nextVersions: (count = 1) => Promise.resolve(journal.versions.next(count)),
    records: journal.records,
  };
  if (!isStaged) await sql`savepoint mutation`.execute(trx);
  try {
    await runMutation(ctx, mutation.name, mutation.args);
    journal.records.commitMutation();
    if (!isStaged) {
      await journal.flush();
      await sql`release savepoint mutation`.execute(trx);
      journal.records.forgetView();
    }
    return null;
  } catch (error) {
    // A failing database must fail the whole push (the device retries later); only a
    // problem with this one mutation may reject it.
    if (isInfrastructureError(error)) throw error;
    journal.records.discardMutation();
    journal.versions.rewind(versionBefore);
    if (!isStaged) {
      await sql`rollback to savepoint mutation`.execute(trx);
      await sql`release savepoint mutation`.execute(trx);
      journal.records.forgetView();
    }
    if (error instanceof Refusal) return error;
    logUnexpected(error, mutation);
    return new Refusal('invalid');
  }
}

async function saveLastMid(
  trx: Executor,
  clientId: string,
  startMid: number,
  lastMid: number,
): Promise<void> {
  if (lastMid === startMid) return;
  await trx
    .updateTable('clients')
    .set({ last_mid: lastMid })
    .where('client_id', '=', clientId)
    .execute();
}
