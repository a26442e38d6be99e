// review.transition: one step of the review chain (先审后发). The domain's decideTransition
// is the rule book; this handler feeds it the stored item and the server's clock, refuses
// a reviewer's action taken on a version they never saw, runs the privacy scan on submit
// and approve, and writes the audit-trail row (with the device's stepId) and the item's new
// state. Approving also freezes the published snapshot (src/server/publish).
import type { MutationArgs } from '../../../domain/mutations';
import type { Notice } from '../../../domain/notice';
import type { PayoutBatch } from '../../../domain/payout';
import { decideTransition, type ReviewAction, type ReviewStep } from '../../../domain/review';
import { publishOnApprove } from '../../publish/publish-item';
import { requireNoPersonalData } from '../../publish/privacy-gate';
import {
  hasReviewStep,
  insertReviewStep,
  readBatch,
  readNotice,
  writeBatch,
  writeNotice,
  type Stored,
} from '../records';
import { refuse, type MutationContext } from './mutation-context';

/** Actions that judge the content: they must be based on the version the reviewer read. */
const REVIEWER_ACTIONS: readonly ReviewAction[] = ['check', 'return', 'approve'];

async function hasReviewerActedSince(
  ctx: MutationContext,
  itemId: string,
  since: number,
): Promise<boolean> {
  const row = await ctx.trx
    .selectFrom('review_steps')
    .select('id')
    .where('item_id', '=', itemId)
    .where('at', '>=', since)
    .where('action', 'in', REVIEWER_ACTIONS as ReviewAction[])
    .executeTakeFirst();
  return row !== undefined;
}

async function readItem(
  ctx: MutationContext,
  kind: 'batch' | 'notice',
  id: string,
): Promise<Stored<PayoutBatch | Notice>> {
  const item = kind === 'batch' ? await readBatch(ctx.trx, id) : await readNotice(ctx.trx, id);
  if (!item || item.isDeleted) refuse('not-found');
  return item;
}

export async function transition(
  ctx: MutationContext,
  args: MutationArgs<'review.transition'>,
): Promise<void> {
  const item = await readItem(ctx, args.itemKind, args.itemId);
  const current = item.record;
  if (await hasReviewStep(ctx.trx, args.stepId)) refuse('invalid');
  const hasReviewerActed =
    current.submittedAt !== null &&
    (await hasReviewerActedSince(ctx, args.itemId, current.submittedAt));
  const decision = decideTransition({
    item: {
      state: current.state,
      authorId: current.authorId,
      villageCode: current.villageCode,
      submittedAt: current.submittedAt,
      hasReviewerActed,
    },
    actor: ctx.actor,
    action: args.action,
    now: ctx.now,
    reason: args.reason,
    privacyChecked: args.privacyChecked,
  });
  if (!decision.ok) refuse(decision.code);
  if (REVIEWER_ACTIONS.includes(args.action) && ctx.baseVersion !== item.version)
    refuse('stale-version');
  if (args.action === 'submit') await requireNoPersonalData(ctx.trx, args.itemKind, current);

  const first = await ctx.nextVersions(2);
  const step: ReviewStep = {
    id: args.stepId,
    itemKind: args.itemKind,
    itemId: args.itemId,
    villageCode: current.villageCode,
    action: args.action,
    fromState: current.state,
    toState: decision.to,
    actorId: ctx.actor.id,
    actorRole: ctx.actor.role,
    at: ctx.now,
    comment: args.reason?.trim() ?? '',
  };
  const isBackToDraft = decision.to === 'draft';
  const updated: PayoutBatch | Notice = {
    ...current,
    version: first + 1,
    updatedAt: ctx.now,
    state: decision.to,
    submittedAt: args.action === 'submit' ? ctx.now : isBackToDraft ? null : current.submittedAt,
    returnedReason:
      args.action === 'return'
        ? (args.reason?.trim() ?? null)
        : args.action === 'submit'
          ? null
          : current.returnedReason,
  };
  if (args.action === 'approve') {
    const link = await publishOnApprove(ctx, args.itemKind, updated);
    Object.assign(updated, { publishedAt: link.publishedAt, publishedSha256: link.sha256 });
    Object.assign(step, { privacyChecked: true, publishedSha256: link.sha256 });
  }
  await insertReviewStep(ctx.trx, step, first);
  if (args.itemKind === 'batch') await writeBatch(ctx.trx, updated as PayoutBatch);
  else await writeNotice(ctx.trx, updated as Notice);
}
