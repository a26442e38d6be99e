// batch.put and batch.delete: a payout batch header follows the draft-item rules
// (draft-item-rules.ts); deleting a batch also deletes its lines.
import type { MutationArgs } from '../../../domain/mutations';
import type { PayoutBatch } from '../../../domain/payout';
import { readBatch, readLinesOfBatch, writeBatch, writeLine } from '../records';
import { putDraftItem, requireDeletableDraft, type DraftItemStore } from './draft-item-rules';
import type { MutationContext } from './mutation-context';

const batches: DraftItemStore<PayoutBatch> = { read: readBatch, write: writeBatch };

export async function putBatch(
  ctx: MutationContext,
  args: MutationArgs<'batch.put'>,
): Promise<void> {
  await putDraftItem(ctx, batches, args);
}

/** Deletes a draft batch and, with it, every line: one tombstone each. */
export async function deleteBatch(
  ctx: MutationContext,
  args: MutationArgs<'batch.delete'>,
): Promise<void> {
  const existing = await requireDeletableDraft(ctx, batches, args.id);
  if (!existing) return;
  const lines = await readLinesOfBatch(ctx.trx, args.id);
  const first = await ctx.nextVersions(lines.length + 1);
  await writeBatch(ctx.trx, { ...existing.record, version: first, updatedAt: ctx.now }, true);
  for (const [index, line] of lines.entries()) {
    await writeLine(ctx.trx, { ...line, version: first + 1 + index, updatedAt: ctx.now }, true);
  }
}
