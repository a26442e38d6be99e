// The random steps of the model-based sync test, each one thing that happens in a village:
// a person saves on their phone (a new draft, an edit, a deletion, a review step), a phone
// syncs or loses its signal, a request or its answer is lost, the township server is
// restarted, time passes. Choices depend only on the seeded generator and on the order in
// which batches were created, never on random UUIDs, so a seed replays the same story.
import { CommandError, listOutbox } from '../../src/data';
import { makeFakeIdNumber } from '../../src/domain/fixtures-id';
import type { PayoutBatch } from '../../src/domain/payout';
import type { ReviewAction } from '../../src/domain/review';
import {
  createBatchDraft,
  deleteBatchDraft,
  updateBatchDraft,
  type BatchDraftPatch,
} from '../../src/features/subsidies/batch-commands';
import { isApiError } from '../../src/sync/api-client';
import { queueReviewTransition } from './review-transition-command';
import type { SeededRandom } from './seeded-random';
import type { SimClient, SyncWorld } from './sync-world';

const ITEMS = ['耕地地力保护补贴', '实际种粮农民一次性补贴', '农机购置补贴', '生态公益林补偿'];
const RETURN_REASON = '补贴标准与文件不符，请核对后重新提交';

const STEP_WEIGHTS = {
  save: 40,
  sync: 22,
  syncTogether: 4,
  offline: 5,
  online: 8,
  dropRequest: 6,
  dropAnswer: 7,
  restart: 4,
  timePasses: 4,
};

/** Batches on this phone, in the order they were created anywhere. */
async function localBatches(world: SyncWorld, client: SimClient): Promise<PayoutBatch[]> {
  const rank = new Map(world.batchOrder.map((id, index) => [id, index]));
  const batches = await client.db.batches.toArray();
  return batches.sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
}

/** Records the entry the save just queued: the server must end up with it exactly once. */
async function rememberSave(client: SimClient): Promise<void> {
  const entry = (await listOutbox(client.db)).at(-1);
  if (!entry) throw new Error(`${client.label}: a save queued nothing`);
  // As it travels: JSON, which is also how the server's ledger keeps it.
  client.saves.push({
    mid: entry.mid,
    name: entry.name,
    args: JSON.parse(JSON.stringify(entry.args)),
  });
}

function randomPatch(random: SeededRandom, client: SimClient): BatchDraftPatch {
  switch (random.int(0, 3)) {
    case 0:
      return { item: random.pick(ITEMS) };
    case 1:
      return { rateText: `${random.int(80, 150)}元/亩` };
    case 2:
      return { year: random.pick([2024, 2025]) };
    default:
      // A basis with an ID number in it: saving works, the privacy scan refuses the submit.
      return random.chance(0.3)
        ? {
            basis: `户主身份证 ${makeFakeIdNumber(client.user.regionCode.slice(0, 6), '1968-03-02', random.int(1, 999))}`,
          }
        : { basis: '赣财农〔2025〕12号' };
  }
}

type SaveChoice =
  | { kind: 'create' }
  | { kind: 'edit'; batch: PayoutBatch }
  | { kind: 'delete'; batch: PayoutBatch }
  | { kind: 'review'; batch: PayoutBatch; action: ReviewAction };

async function chooseSave(
  world: SyncWorld,
  client: SimClient,
  random: SeededRandom,
): Promise<SaveChoice | null> {
  const batches = await localBatches(world, client);
  const { user } = client;
  const isOwn = (b: PayoutBatch) => b.authorId === user.id;
  const inState = (...states: PayoutBatch['state'][]) =>
    batches.filter((b) => states.includes(b.state));

  if (user.role === 'village-cadre') {
    const drafts = inState('draft').filter((b) => b.villageCode === user.regionCode);
    const ownDrafts = drafts.filter(isOwn);
    const ownUnderReview = inState('submitted', 'checked').filter(isOwn);
    const weights = {
      create: ownDrafts.length === 0 ? 10 : 3,
      // Mostly their own; sometimes a colleague's draft, which the server refuses.
      edit: drafts.length > 0 ? 4 : 0,
      delete: ownDrafts.length > 0 ? 1 : 0,
      submit: ownDrafts.length > 0 ? 3 : 0,
      withdraw: ownUnderReview.length > 0 ? 1 : 0,
    };
    const kind = random.weighted(weights);
    if (kind === 'create') return { kind };
    if (kind === 'edit')
      return {
        kind,
        batch: random.pick(random.chance(0.85) && ownDrafts.length > 0 ? ownDrafts : drafts),
      };
    if (kind === 'delete') return { kind, batch: random.pick(ownDrafts) };
    if (kind === 'submit')
      return { kind: 'review', action: 'submit', batch: random.pick(ownDrafts) };
    return { kind: 'review', action: 'withdraw', batch: random.pick(ownUnderReview) };
  }
  const waiting = inState(user.role === 'village-supervisor' ? 'submitted' : 'checked');
  if (waiting.length === 0) return null;
  const forward: ReviewAction = user.role === 'village-supervisor' ? 'check' : 'approve';
  const action = random.chance(0.65) ? forward : 'return';
  return { kind: 'review', action, batch: random.pick(waiting) };
}

async function saveStep(world: SyncWorld, client: SimClient, random: SeededRandom): Promise<void> {
  const choice = await chooseSave(world, client, random);
  const now = world.server.clock.now;
  if (!choice) {
    world.log(`  ${client.label} has nothing to review; syncs instead`);
    await syncStep(world, client);
    return;
  }
  try {
    if (choice.kind === 'create') {
      const batch = await createBatchDraft(
        client.db,
        {
          villageCode: client.user.regionCode,
          year: 2025,
          item: random.pick(ITEMS),
          unit: '亩',
          rateText: `${random.int(80, 150)}元/亩`,
          basis: '赣财农〔2025〕12号',
          department: '石城县财政局',
          publisher: '村民委员会',
          hotline: '0797-5712345',
          paidOn: '2025-06-30',
        },
        client.user.id,
        now,
      );
      world.batchOrder.push(batch.id);
      world.log(`  ${client.label} creates batch #${world.batchOrder.length - 1}`);
    } else {
      const target = `#${world.batchOrder.indexOf(choice.batch.id)} (${choice.batch.state} v${choice.batch.version})`;
      if (choice.kind === 'edit') {
        const patch = randomPatch(random, client);
        await updateBatchDraft(client.db, choice.batch.id, patch, now);
        world.log(`  ${client.label} edits ${target} ${JSON.stringify(patch)}`);
      } else if (choice.kind === 'delete') {
        await deleteBatchDraft(client.db, choice.batch.id, now);
        world.log(`  ${client.label} deletes ${target}`);
      } else {
        await queueReviewTransition(
          client.db,
          choice.batch.id,
          choice.action,
          {
            reason: choice.action === 'return' ? RETURN_REASON : undefined,
            privacyChecked: choice.action === 'approve' ? random.chance(0.85) : undefined,
          },
          now,
        );
        world.log(`  ${client.label} ${choice.action} ${target}`);
      }
    }
  } catch (error) {
    // The phone refused the change itself (its own copy says it is locked): nothing queued.
    if (error instanceof CommandError) {
      world.log(`  ${client.label} ${choice.kind} refused on the phone: ${error.code}`);
      return;
    }
    throw error;
  }
  await rememberSave(client);
}

/** One push+pull round; a lost request or answer is an ordinary failure, anything else is not. */
export async function syncStep(world: SyncWorld, client: SimClient): Promise<void> {
  try {
    const outcome = await client.engine.syncOnce();
    world.log(`  ${client.label} sync: ${JSON.stringify(outcome)}`);
    if (outcome.status !== 'synced')
      throw new Error(`${client.label} sync ended ${outcome.status}`);
  } catch (error) {
    if (isApiError(error) && error.code === 'offline') {
      world.log(`  ${client.label} sync failed: offline`);
      return;
    }
    throw error;
  }
}

export async function runRandomStep(world: SyncWorld, random: SeededRandom): Promise<void> {
  const kind = random.weighted(STEP_WEIGHTS);
  const client = random.pick(world.clients);
  // A few seconds pass between any two things people do.
  world.server.clock.now += random.int(1, 20) * 1000;
  world.log(`${kind} ${kind === 'restart' || kind === 'timePasses' ? '' : client.label}`);
  switch (kind) {
    case 'save':
      return saveStep(world, client, random);
    case 'sync':
      return syncStep(world, client);
    case 'syncTogether': {
      const others = world.clients.filter((c) => c !== client);
      const second = random.pick(others);
      await Promise.all([syncStep(world, client), syncStep(world, second)]);
      return;
    }
    case 'offline':
      client.network.isOffline = true;
      return;
    case 'online':
      client.network.isOffline = false;
      return;
    case 'dropRequest':
      client.network.dropNextRequest = true;
      return;
    case 'dropAnswer':
      client.network.dropNextAnswer = true;
      return;
    case 'restart':
      await world.server.restart();
      return;
    case 'timePasses':
      // Past the 10-minute window in which an author may still withdraw.
      world.server.clock.now += 11 * 60 * 1000;
      return;
  }
}
