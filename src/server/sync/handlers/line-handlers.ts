// line.put and line.delete: one household's row of a payout batch. Editable only while
// its batch is a draft, only by the batch's author; the amount must equal quantity × rate
// within 1 分 unless the line is marked as adjusted with a reason (DOMAIN.md §3).
import { isAmountConsistent } from '../../../domain/money';
import type { MutationArgs } from '../../../domain/mutations';
import type { PayoutLine } from '../../../domain/payout';
import type { Stored } from '../records';
import type { PayoutBatch } from '../../../domain/payout';
import {
  refuse,
  requireEditable,
  requireRole,
  requireScope,
  type MutationContext,
} from './mutation-context';

async function requireOwnBatch(
  ctx: MutationContext,
  batchId: string,
): Promise<Stored<PayoutBatch>> {
  const batch = await ctx.records.read('batches', batchId);
  if (!batch || batch.isDeleted) refuse('not-found');
  requireScope(ctx.actor, batch.record.villageCode);
  if (batch.record.authorId !== ctx.actor.id) refuse('not-author');
  return batch;
}

function requireConsistentAmount(line: MutationArgs<'line.put'>): void {
  if (line.adjusted) {
    if (line.adjustReason.trim().length === 0) refuse('invalid');
  } else if (!isAmountConsistent(line.quantityCenti, line.rateFen, line.amountFen)) {
    refuse('invalid');
  }
}

export async function putLine(ctx: MutationContext, args: MutationArgs<'line.put'>): Promise<void> {
  requireRole(ctx.actor, 'village-cadre');
  requireScope(ctx.actor, args.villageCode);
  const batch = await requireOwnBatch(ctx, args.batchId);
  if (batch.record.villageCode !== args.villageCode) refuse('invalid');
  const existing = await ctx.records.read('lines', args.id);
  if (existing) {
    if (existing.isDeleted) refuse('not-found');
    if (existing.record.batchId !== args.batchId) refuse('invalid');
  }
  // The lock is the batch's; a stale base is judged on the line the device edited.
  requireEditable(batch.record.state, existing?.version ?? 0, ctx.baseVersion);
  requireConsistentAmount(args);
  const version = await ctx.nextVersions();
  const record: PayoutLine = {
    ...args,
    version,
    createdAt: existing?.record.createdAt ?? ctx.now,
    updatedAt: ctx.now,
  };
  ctx.records.write('lines', record);
}

export async function deleteLine(
  ctx: MutationContext,
  args: MutationArgs<'line.delete'>,
): Promise<void> {
  requireRole(ctx.actor, 'village-cadre');
  const existing = await ctx.records.read('lines', args.id);
  if (!existing) refuse('not-found');
  if (existing.record.batchId !== args.batchId) refuse('invalid');
  const batch = await requireOwnBatch(ctx, args.batchId);
  if (existing.isDeleted) return;
  requireEditable(batch.record.state, existing.version, ctx.baseVersion);
  const version = await ctx.nextVersions();
  ctx.records.write('lines', { ...existing.record, version, updatedAt: ctx.now }, true);
}
