// What approving does besides moving the state (called by review-handlers.ts inside the
// push's transaction): the privacy scan once more, the correction's target checked and
// marked superseded, and the snapshot frozen onto the village's chain. Everything here
// rolls back with the approval if any rule refuses it.
import type { Notice } from '../../domain/notice';
import type { PayoutBatch } from '../../domain/payout';
import type { ReviewItemKind } from '../../domain/review';
import { readBatch, readNotice, writeBatch, writeNotice } from '../sync/records';
import { refuse, type MutationContext } from '../sync/handlers/mutation-context';
import { appendSnapshot, type ChainLink } from './chain';
import { requireNoPersonalData } from './privacy-gate';

type Reviewable = PayoutBatch | Notice;

async function readReviewable(ctx: MutationContext, kind: ReviewItemKind, id: string) {
  return kind === 'batch' ? readBatch(ctx.trx, id) : readNotice(ctx.trx, id);
}

async function writeReviewable(ctx: MutationContext, kind: ReviewItemKind, record: Reviewable) {
  if (kind === 'batch') await writeBatch(ctx.trx, record as PayoutBatch);
  else await writeNotice(ctx.trx, record as Notice);
}

/**
 * A correction replaces a published item of its village and kind that no other
 * correction has replaced yet; returns that item (or null for an ordinary item).
 */
async function requireCorrectable(
  ctx: MutationContext,
  kind: ReviewItemKind,
  record: Reviewable,
): Promise<Reviewable | null> {
  if (!record.correctsId) return null;
  const target = await readReviewable(ctx, kind, record.correctsId);
  if (
    !target ||
    target.isDeleted ||
    target.record.villageCode !== record.villageCode ||
    target.record.state !== 'published'
  )
    refuse('correction-target-invalid');
  if ((target.record.supersededById ?? null) !== null) refuse('superseded');
  return target.record;
}

/**
 * Publishes `record` (already in its published shape: state, version, updatedAt) and
 * returns the fields to store on it. Marks the corrected item superseded.
 */
export async function publishOnApprove(
  ctx: MutationContext,
  kind: ReviewItemKind,
  record: Reviewable,
): Promise<ChainLink> {
  const lines = await requireNoPersonalData(ctx.trx, kind, record);
  const corrected = await requireCorrectable(ctx, kind, record);
  const link = await appendSnapshot(ctx.trx, {
    itemKind: kind,
    record,
    lines,
    publishedAt: ctx.now,
  });
  if (corrected) {
    // Both versions stay readable; the old one only learns which version replaced it.
    const version = await ctx.nextVersions();
    await writeReviewable(ctx, kind, {
      ...corrected,
      version,
      updatedAt: ctx.now,
      supersededById: record.id,
      supersededAt: ctx.now,
    });
  }
  return link;
}
