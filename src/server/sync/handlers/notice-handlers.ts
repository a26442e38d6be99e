// notice.put and notice.delete: a notice of the three-affairs board follows the same
// draft-item rules as a payout batch (draft-item-rules.ts).
import type { MutationArgs } from '../../../domain/mutations';
import type { Notice } from '../../../domain/notice';
import { putDraftItem, requireDeletableDraft } from './draft-item-rules';
import type { MutationContext } from './mutation-context';

export async function putNotice(
  ctx: MutationContext,
  args: MutationArgs<'notice.put'>,
): Promise<void> {
  await putDraftItem<Notice>(ctx, 'notices', args);
}

export async function deleteNotice(
  ctx: MutationContext,
  args: MutationArgs<'notice.delete'>,
): Promise<void> {
  const existing = await requireDeletableDraft<Notice>(ctx, 'notices', args.id);
  if (!existing) return;
  const version = await ctx.nextVersions();
  ctx.records.write('notices', { ...existing.record, version, updatedAt: ctx.now }, true);
}
