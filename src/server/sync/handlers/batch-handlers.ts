// batch.put and batch.delete: a payout batch header follows the draft-item rules
// (draft-item-rules.ts); deleting a batch also deletes its lines.
import type { MutationArgs } from '../../../domain/mutations';
import type { PayoutBatch } from '../../../domain/payout';
import { readLinesOfBatch } from '../records';
import { putDraftItem, requireDeletableDraft } from './draft-item-rules';
import type { MutationContext } from './mutation-context';

export async function putBatch(
  ctx: MutationContext,
  args: MutationArgs<'batch.put'>,
): Promise<void> {
  await putDraftItem<PayoutBatch>(ctx, 'batches', args);
}

/**
 * Deletes a draft batch and, with it, every line: one tombstone each. A direct handler
 * (it lists the lines with a query), so everything staged before it is in the database.
 */
export async function deleteBatch(
  ctx: MutationContext,
  args: MutationArgs<'batch.delete'>,
): Promise<void> {
  const existing = await requireDeletableDraft<PayoutBatch>(ctx, 'batches', args.id);
  if (!existing) return;
  const lines = await readLinesOfBatch(ctx.trx, args.id);
  const first = await ctx.nextVersions(lines.length + 1);
  ctx.records.write('batches', { ...existing.record, version: first, updatedAt: ctx.now }, true);
  for (const [index, line] of lines.entries()) {
    ctx.records.write('lines', { ...line, version: first + 1 + index, updatedAt: ctx.now }, true);
  }
}
