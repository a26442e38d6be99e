// batch.put and batch.delete: a payout batch header is written only by its author, a
// village cadre, while it is a draft. Server-owned fields (state, author, submittedAt,
// returnedReason, timestamps) are never taken from the device.
import type { MutationArgs } from '../../../domain/mutations';
import type { PayoutBatch } from '../../../domain/payout';
import { isInScope } from '../../../domain/user';
import { readBatch, readLinesOfBatch, writeBatch, writeLine } from '../records';
import {
  refuse,
  requireEditable,
  requireRole,
  requireScope,
  type MutationContext,
} from './mutation-context';

/** A correction must point at a published batch of the same village. */
async function requireCorrectableBatch(
  ctx: MutationContext,
  correctsId: string,
  villageCode: string,
): Promise<void> {
  const target = await readBatch(ctx.trx, correctsId);
  if (
    !target ||
    target.isDeleted ||
    target.record.villageCode !== villageCode ||
    target.record.state !== 'published'
  ) {
    refuse('invalid');
  }
}

export async function putBatch(
  ctx: MutationContext,
  args: MutationArgs<'batch.put'>,
): Promise<void> {
  requireRole(ctx.actor, 'village-cadre');
  const existing = await readBatch(ctx.trx, args.id);
  if (existing && !isInScope(ctx.actor, existing.record.villageCode)) refuse('out-of-scope');
  requireScope(ctx.actor, args.villageCode);
  if (existing) {
    // A deleted id is not brought back by an old copy from another device.
    if (existing.isDeleted) refuse('not-found');
    if (existing.record.villageCode !== args.villageCode) refuse('invalid');
    if (existing.record.authorId !== ctx.actor.id) refuse('not-author');
    requireEditable(existing.record.state, existing.version, ctx.baseVersion);
  }
  if (args.correctsId) await requireCorrectableBatch(ctx, args.correctsId, args.villageCode);
  const version = await ctx.nextVersions();
  const record: PayoutBatch = {
    ...args,
    version,
    createdAt: existing?.record.createdAt ?? ctx.now,
    updatedAt: ctx.now,
    state: existing?.record.state ?? 'draft',
    authorId: existing?.record.authorId ?? ctx.actor.id,
    submittedAt: existing?.record.submittedAt ?? null,
    returnedReason: existing?.record.returnedReason ?? null,
  };
  await writeBatch(ctx.trx, record);
}

/** Deletes a draft batch and, with it, every line: one tombstone each. */
export async function deleteBatch(
  ctx: MutationContext,
  args: MutationArgs<'batch.delete'>,
): Promise<void> {
  requireRole(ctx.actor, 'village-cadre');
  const existing = await readBatch(ctx.trx, args.id);
  if (!existing) refuse('not-found');
  requireScope(ctx.actor, existing.record.villageCode);
  if (existing.isDeleted) return; // already gone: the device's wish is met
  if (existing.record.authorId !== ctx.actor.id) refuse('not-author');
  requireEditable(existing.record.state, existing.version, ctx.baseVersion);
  const lines = await readLinesOfBatch(ctx.trx, args.id);
  const first = await ctx.nextVersions(lines.length + 1);
  await writeBatch(ctx.trx, { ...existing.record, version: first, updatedAt: ctx.now }, true);
  for (const [index, line] of lines.entries()) {
    await writeLine(ctx.trx, { ...line, version: first + 1 + index, updatedAt: ctx.now }, true);
  }
}
