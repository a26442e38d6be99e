// notice.put and notice.delete: a notice of the three-affairs board, written only by its
// author, a village cadre, while it is a draft. Same ownership rules as a payout batch.
import type { MutationArgs } from '../../../domain/mutations';
import type { Notice } from '../../../domain/notice';
import { isInScope } from '../../../domain/user';
import { readNotice, writeNotice } from '../records';
import {
  refuse,
  requireEditable,
  requireRole,
  requireScope,
  type MutationContext,
} from './mutation-context';

async function requireCorrectableNotice(
  ctx: MutationContext,
  correctsId: string,
  villageCode: string,
): Promise<void> {
  const target = await readNotice(ctx.trx, correctsId);
  if (
    !target ||
    target.isDeleted ||
    target.record.villageCode !== villageCode ||
    target.record.state !== 'published'
  ) {
    refuse('invalid');
  }
}

export async function putNotice(
  ctx: MutationContext,
  args: MutationArgs<'notice.put'>,
): Promise<void> {
  requireRole(ctx.actor, 'village-cadre');
  const existing = await readNotice(ctx.trx, args.id);
  if (existing && !isInScope(ctx.actor, existing.record.villageCode)) refuse('out-of-scope');
  requireScope(ctx.actor, args.villageCode);
  if (existing) {
    if (existing.isDeleted) refuse('not-found');
    if (existing.record.villageCode !== args.villageCode) refuse('invalid');
    if (existing.record.authorId !== ctx.actor.id) refuse('not-author');
    requireEditable(existing.record.state, existing.version, ctx.baseVersion);
  }
  if (args.correctsId) await requireCorrectableNotice(ctx, args.correctsId, args.villageCode);
  const version = await ctx.nextVersions();
  const record: Notice = {
    ...args,
    version,
    createdAt: existing?.record.createdAt ?? ctx.now,
    updatedAt: ctx.now,
    state: existing?.record.state ?? 'draft',
    authorId: existing?.record.authorId ?? ctx.actor.id,
    submittedAt: existing?.record.submittedAt ?? null,
    returnedReason: existing?.record.returnedReason ?? null,
  };
  await writeNotice(ctx.trx, record);
}

export async function deleteNotice(
  ctx: MutationContext,
  args: MutationArgs<'notice.delete'>,
): Promise<void> {
  requireRole(ctx.actor, 'village-cadre');
  const existing = await readNotice(ctx.trx, args.id);
  if (!existing) refuse('not-found');
  requireScope(ctx.actor, existing.record.villageCode);
  if (existing.isDeleted) return;
  if (existing.record.authorId !== ctx.actor.id) refuse('not-author');
  requireEditable(existing.record.state, existing.version, ctx.baseVersion);
  const version = await ctx.nextVersions();
  await writeNotice(ctx.trx, { ...existing.record, version, updatedAt: ctx.now }, true);
}
