// What must hold once every phone is back online and has synced to quiescence (SYNC.md
// "Reliability tests to have"): no acknowledged save lost, every save applied exactly
// once and in order, no duplicate rows, every phone showing exactly the server's rows it
// may see, every review state justified by its audit trail under decideTransition, empty
// outboxes. Returns the violations in words; an empty list means the world is sound.
import { isDeepStrictEqual } from 'node:util';
import { getMeta, listOutbox } from '../../src/data';
import type { PayoutBatch } from '../../src/domain/payout';
import { decideTransition, type ReviewState, type ReviewStep } from '../../src/domain/review';
import type { User } from '../../src/domain/user';
import { TestDevice } from '../../src/server/sync/test-sync-client';
import { SYNCED_TABLES, type PullRow, type SyncedTable } from '../../src/sync/protocol';
import type { SimClient, SyncWorld } from './sync-world';

const short = (value: unknown): string => JSON.stringify(value).slice(0, 300);

/** A pulled row as the phone stores it (src/data/apply-pull.ts). */
function storedForm(row: PullRow): Record<string, unknown> {
  const key = row.table === 'regions' ? 'code' : 'id';
  const value: Record<string, unknown> = { ...row.value, [key]: row.key };
  const hasOwnVersion = !['regions', 'reviewSteps', 'conflicts'].includes(row.table);
  if (hasOwnVersion && typeof value.version !== 'number') value.version = row.version;
  return value;
}

/** Each save is in mutation_log once, under this phone's clientId, in the order saved. */
async function checkSavesExactlyOnce(world: SyncWorld, client: SimClient): Promise<string[]> {
  const problems: string[] = [];
  if (client.clientIdsSent.size > 1)
    problems.push(`${client.label} synced under ${client.clientIdsSent.size} clientIds`);
  const clientId = await getMeta(client.db, 'clientId');
  const logged = await world.server.storage.db
    .selectFrom('mutation_log')
    .select(['mid', 'name', 'args'])
    .where('client_id', '=', clientId ?? '')
    .orderBy('mid')
    .execute();
  if (logged.length !== client.saves.length)
    problems.push(
      `${client.label} saved ${client.saves.length} changes, server logged ${logged.length}`,
    );
  for (const [index, save] of client.saves.entries()) {
    const row = logged[index];
    const same =
      row !== undefined &&
      Number(row.mid) === save.mid &&
      row.name === save.name &&
      isDeepStrictEqual(JSON.parse(row.args), save.args);
    if (!same)
      problems.push(
        `${client.label} save mid ${save.mid} ${save.name} not logged as saved: ${short(row)}`,
      );
  }
  const clientRow = await world.server.storage.db
    .selectFrom('clients')
    .select('last_mid')
    .where('client_id', '=', clientId ?? '')
    .executeTakeFirst();
  const lastMid = clientRow ? Number(clientRow.last_mid) : 0;
  if (lastMid !== client.saves.length)
    problems.push(`${client.label} server lastMid ${lastMid}, phone saved ${client.saves.length}`);
  return problems;
}

/** Every result a phone received is what the server's ledger says happened. */
async function checkAcknowledgements(world: SyncWorld): Promise<string[]> {
  const problems: string[] = [];
  const log = await world.server.storage.db
    .selectFrom('mutation_log')
    .select(['client_id', 'mid', 'status'])
    .execute();
  const statusOf = new Map(log.map((row) => [`${row.client_id}/${Number(row.mid)}`, row.status]));
  for (const ack of world.acknowledgements) {
    const status = statusOf.get(`${ack.clientId}/${ack.mid}`);
    if (status === undefined)
      problems.push(`acknowledged ${ack.status} mid ${ack.mid} is not on the server`);
    else if (ack.status !== 'duplicate' && ack.status !== status)
      problems.push(`mid ${ack.mid} answered ${ack.status} but logged ${status}`);
  }
  return problems;
}

/** Batches and steps exist once per creation; every refusal is kept as one conflict. */
async function checkNoDuplicates(world: SyncWorld): Promise<string[]> {
  const problems: string[] = [];
  const db = world.server.storage.db;
  const batchIds = (await db.selectFrom('batches').select('id').execute()).map((r) => r.id);
  const created = new Set(world.batchOrder);
  if (batchIds.length !== created.size || batchIds.some((id) => !created.has(id)))
    problems.push(`server has ${batchIds.length} batches, phones created ${created.size}`);
  const log = await db.selectFrom('mutation_log').select(['name', 'args', 'status']).execute();
  const appliedSteps = log
    .filter((row) => row.name === 'review.transition' && row.status === 'applied')
    .map((row) => (JSON.parse(row.args) as { stepId: string }).stepId)
    .sort();
  const stepIds = (await db.selectFrom('review_steps').select('id').execute())
    .map((r) => r.id)
    .sort();
  if (!isDeepStrictEqual(appliedSteps, stepIds))
    problems.push(`${appliedSteps.length} applied review steps but ${stepIds.length} audit rows`);
  const rejected = log.filter((row) => row.status === 'rejected').length;
  const conflicts = (await db.selectFrom('conflicts').select('id').execute()).length;
  if (rejected !== conflicts)
    problems.push(`${rejected} rejected mutations but ${conflicts} conflicts`);
  return problems;
}

const REVIEWER_ACTIONS: readonly string[] = ['check', 'return', 'approve'];

/**
 * Replays each batch's audit trail through decideTransition from 'draft', with the
 * arguments the device sent (reason, privacy tick) and the server's view of whether a
 * reviewer acted since the submission.
 */
async function checkStateMachine(world: SyncWorld): Promise<string[]> {
  const problems: string[] = [];
  const db = world.server.storage.db;
  const users = new Map<string, User>(
    Object.values(world.server.accounts).map((account) => [account.user.id, account.user]),
  );
  const sentArgs = new Map<string, { reason?: string; privacyChecked?: boolean }>();
  for (const row of await db
    .selectFrom('mutation_log')
    .select('args')
    .where('name', '=', 'review.transition')
    .execute()) {
    const args = JSON.parse(row.args) as {
      stepId: string;
      reason?: string;
      privacyChecked?: boolean;
    };
    sentArgs.set(args.stepId, args);
  }
  const steps = (await db.selectFrom('review_steps').select(['version', 'record']).execute())
    .map((row) => ({ version: Number(row.version), step: JSON.parse(row.record) as ReviewStep }))
    .sort((a, b) => a.version - b.version);
  for (const row of await db.selectFrom('batches').select(['id', 'version', 'record']).execute()) {
    const batch = JSON.parse(row.record) as PayoutBatch;
    const trail = steps.filter((s) => s.step.itemId === row.id);
    let state: ReviewState = 'draft';
    let submittedAt: number | null = null;
    for (const [index, { version, step }] of trail.entries()) {
      const since = submittedAt;
      const hasReviewerActed =
        since !== null &&
        trail
          .slice(0, index)
          .some((s) => REVIEWER_ACTIONS.includes(s.step.action) && s.step.at >= since);
      const actor = users.get(step.actorId);
      const args = sentArgs.get(step.id);
      const decision =
        actor && args
          ? decideTransition({
              item: {
                state,
                authorId: batch.authorId,
                villageCode: batch.villageCode,
                submittedAt,
                hasReviewerActed,
              },
              actor,
              action: step.action,
              now: step.at,
              reason: args.reason,
              privacyChecked: args.privacyChecked,
            })
          : null;
      if (step.fromState !== state || !decision?.ok || decision.to !== step.toState) {
        problems.push(
          `batch ${row.id} step v${version} ${step.action} ${step.fromState}→${step.toState} from ${state}: ${short(decision)}`,
        );
      }
      if (version > Number(row.version))
        problems.push(`batch ${row.id} is older than its step v${version}`);
      state = step.toState;
      if (step.action === 'submit') submittedAt = step.at;
      else if (step.toState === 'draft') submittedAt = null;
    }
    if (batch.state !== state)
      problems.push(`batch ${row.id} is ${batch.state}, its audit trail ends ${state}`);
    if (batch.submittedAt !== submittedAt)
      problems.push(
        `batch ${row.id} submittedAt ${batch.submittedAt}, its audit trail says ${submittedAt}`,
      );
  }
  return problems;
}

/** The phone holds exactly what a fresh pull by its user returns, and nothing queued. */
async function checkConverged(world: SyncWorld, client: SimClient): Promise<string[]> {
  const problems: string[] = [];
  const outbox = await listOutbox(client.db);
  if (outbox.length > 0)
    problems.push(`${client.label} outbox still holds mids ${outbox.map((e) => e.mid).join(',')}`);
  if ((await getMeta(client.db, 'lastSyncAt')) == null)
    problems.push(`${client.label} never completed a sync`);
  const reference = new TestDevice(world.server, world.server.accounts[client.account].auth);
  await reference.pullAll();
  const expected = new Map<SyncedTable, Map<string, Record<string, unknown>>>(
    SYNCED_TABLES.map((table) => [table, new Map()]),
  );
  for (const row of reference.rows.values())
    if (!row.deleted) expected.get(row.table)?.set(row.key, storedForm(row));
  for (const table of SYNCED_TABLES) {
    const want = expected.get(table) ?? new Map<string, Record<string, unknown>>();
    const key = table === 'regions' ? 'code' : 'id';
    const have = new Map(
      (await client.db.table(table).toArray()).map((row: Record<string, unknown>) => [
        String(row[key]),
        row,
      ]),
    );
    for (const [id, value] of want) {
      const local = have.get(id);
      if (!local) problems.push(`${client.label} ${table} lacks ${id}: ${short(value)}`);
      else if (!isDeepStrictEqual(local, value))
        problems.push(
          `${client.label} ${table} ${id} differs:\n    phone  ${short(local)}\n    server ${short(value)}`,
        );
    }
    for (const [id, local] of have)
      if (!want.has(id))
        problems.push(
          `${client.label} ${table} has ${id} the server does not show: ${short(local)}`,
        );
  }
  return problems;
}

export async function checkInvariants(world: SyncWorld): Promise<string[]> {
  const problems = [
    ...(await checkAcknowledgements(world)),
    ...(await checkNoDuplicates(world)),
    ...(await checkStateMachine(world)),
  ];
  for (const client of world.clients) {
    problems.push(...(await checkSavesExactlyOnce(world, client)));
    problems.push(...(await checkConverged(world, client)));
  }
  return problems;
}
