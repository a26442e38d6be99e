// notice.put and notice.delete: a notice of the three-affairs board follows the same
// draft-item rules as a payout batch (draft-item-rules.ts).
import type { MutationArgs } from '../../../domain/mutations';
import type { Notice } from '../../../domain/notice';
import { readNotice, writeNotice } from '../records';
import { putDraftItem, requireDeletableDraft, type DraftItemStore } from './draft-item-rules';
import type { MutationContext } from './mutation-context';

const notices: DraftItemStore<Notice> = { read: readNotice, write: writeNotice };

export async function putNotice(
  ctx: MutationContext,
  args: MutationArgs<'notice.put'>,
): Promise<void> {
  await putDraftItem(ctx, notices, args);
}

export async function deleteNotice(
  ctx: MutationContext,
  args: MutationArgs<'notice.delete'>,
): Promise<void> {
  const existing = await requireDeletableDraft(ctx, notices, args.id);
  if (!existing) return;
  const version = await ctx.nextVersions();
  await writeNotice(ctx.trx, { ...existing.record, version, updatedAt: ctx.now }, true);
}
