// POST /api/sync/push, step by step as in SYNC.md. The whole batch is one transaction:
//   1. the clientId belongs to this user (its row is created on first use and locked);
//   2. for each mutation in order: a mid already seen is a duplicate; a mid that skips
//      one stops the batch (409, what was applied is kept); otherwise the raw mutation is
//      appended to mutation_log, its handler runs inside a savepoint, and a refusal rolls
//      the savepoint back, marks the log row rejected and keeps the payload as a conflict;
//   3. lastMid is saved and the transaction commits before anything is answered.
import { sql } from 'kysely';
import type { ErrorCode } from '../../domain/mutations';
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
import { allocateVersions, lockServerState } from '../db/server-state';
import type { Storage } from '../db/storage';
import { ApiError } from '../errors';
import { recordConflict } from './conflicts';
import { Refusal, type MutationContext } from './handlers/mutation-context';
import { runMutation } from './handlers/mutation-handlers';

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
  await lockServerState(trx, storage.dialect === 'postgres');
  const now = storage.now();
  const results: PushResult[] = [];

  // Step 2
  for (const mutation of request.mutations) {
    if (mutation.mid <= lastMid) {
      results.push({ mid: mutation.mid, status: 'duplicate' });
      continue;
    }
    if (mutation.mid > lastMid + 1) {
      await saveLastMid(trx, clientId, startMid, lastMid);
      return {
        statusCode: 409,
        body: { error: 'mid-gap', expectedMid: lastMid + 1, lastMid, results },
      };
    }
    await trx
      .insertInto('mutation_log')
      .values({
        client_id: clientId,
        mid: mutation.mid,
        user_id: user.id,
        name: mutation.name,
        args: JSON.stringify(mutation.args ?? null),
        base_version: mutation.baseVersion,
        status: 'applied',
        reason: null,
        received_at: now,
      })
      .execute();
    const ctx: MutationContext = {
      trx,
      actor: user,
      now,
      baseVersion: mutation.baseVersion,
      nextVersions: (count = 1) => allocateVersions(trx, count),
    };
    await sql`savepoint mutation`.execute(trx);
    const reason = await runInSavepoint(
      trx,
      () => runMutation(ctx, mutation.name, mutation.args),
      (error) => logUnexpected(error, mutation),
    );
    if (reason === null) {
      results.push({ mid: mutation.mid, status: 'applied' });
    } else {
      await trx
        .updateTable('mutation_log')
        .set({ status: 'rejected', reason })
        .where('client_id', '=', clientId)
        .where('mid', '=', mutation.mid)
        .execute();
      const version = await allocateVersions(trx);
      await recordConflict(
        trx,
        user,
        { clientId, mid: mutation.mid, name: mutation.name, args: mutation.args, reason },
        version,
        now,
      );
      results.push({ mid: mutation.mid, status: 'rejected', reason });
    }
    lastMid = mutation.mid;
  }

  // Step 3
  await saveLastMid(trx, clientId, startMid, lastMid);
  return { statusCode: 200, body: { lastMid, results } };
}

/** Runs a handler; returns null when it applied, or the refusal code after rolling it back. */
async function runInSavepoint(
  trx: Executor,
  run: () => Promise<void>,
  logUnexpected: (error: unknown) => void,
): Promise<ErrorCode | null> {
  try {
    await run();
    await sql`release savepoint mutation`.execute(trx);
    return null;
  } catch (error) {
    // A failing database must fail the whole push (the device retries later); only a
    // problem with this one mutation may reject it.
    if (isInfrastructureError(error)) throw error;
    await sql`rollback to savepoint mutation`.execute(trx);
    await sql`release savepoint mutation`.execute(trx);
    if (error instanceof Refusal) return error.code;
    logUnexpected(error);
    return 'invalid';
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
