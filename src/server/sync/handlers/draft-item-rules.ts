// Ownership rules shared by the two kinds of reviewable item, payout batches and notices:
// only their author, a village cadre, writes them, only while they are drafts, and a
// correction (更正) must point at a published item of the same village. Server-owned
// fields (state, author, submittedAt, returnedReason, timestamps) never come from the device.
import type { ReviewState } from '../../../domain/review';
import { isInScope } from '../../../domain/user';
import type { RecordOf, Stored } from '../records';
import {
  refuse,
  requireEditable,
  requireRole,
  requireScope,
  type MutationContext,
} from './mutation-context';

/** The fields both batches and notices carry that these rules look at. */
export interface DraftItem {
  id: string;
  villageCode: string;
  state: ReviewState;
  authorId: string;
  submittedAt: number | null;
  returnedReason: string | null;
  correctsId: string | null;
  /** set by the server when a correction of this item is published */
  supersededById?: string | null;
  createdAt: number;
  updatedAt: number;
  version: number;
}

/** Which table holds the item; reads and writes go through the push's `ctx.records`. */
export type DraftItemTable = 'batches' | 'notices';

async function readItem<R extends DraftItem>(
  ctx: MutationContext,
  table: DraftItemTable,
  id: string,
): Promise<Stored<R> | undefined> {
  return (await ctx.records.read(table, id)) as Stored<R> | undefined;
}

type DraftItemArgs<R extends DraftItem> = Omit<R, 'version' | 'createdAt' | 'updatedAt'>;

/** Creates or edits a draft item from the device's copy, keeping the server-owned fields. */
export async function putDraftItem<R extends DraftItem>(
  ctx: MutationContext,
  table: DraftItemTable,
  args: DraftItemArgs<R>,
): Promise<void> {
  requireRole(ctx.actor, 'village-cadre');
  const existing = await readItem<R>(ctx, table, args.id);
  if (existing && !isInScope(ctx.actor, existing.record.villageCode)) refuse('out-of-scope');
  requireScope(ctx.actor, args.villageCode);
  if (existing) {
    // A deleted id is not brought back by an old copy from another device.
    if (existing.isDeleted) refuse('not-found');
    if (existing.record.villageCode !== args.villageCode) refuse('invalid');
    if (existing.record.authorId !== ctx.actor.id) refuse('not-author');
    requireEditable(existing.record.state, existing.version, ctx.baseVersion);
  }
  if (args.correctsId) {
    const target = await readItem<R>(ctx, table, args.correctsId);
    const isCorrectable =
      target !== undefined &&
      !target.isDeleted &&
      target.record.villageCode === args.villageCode &&
      target.record.state === 'published';
    if (!isCorrectable) refuse('correction-target-invalid');
    // Correct the latest version: an already replaced one would fork the history.
    if (target.record.supersededById) refuse('superseded');
  }
  const version = await ctx.nextVersions();
  const record = {
    ...args,
    version,
    createdAt: existing?.record.createdAt ?? ctx.now,
    updatedAt: ctx.now,
    state: existing?.record.state ?? 'draft',
    authorId: existing?.record.authorId ?? ctx.actor.id,
    submittedAt: existing?.record.submittedAt ?? null,
    returnedReason: existing?.record.returnedReason ?? null,
  } as R;
  ctx.records.write(table, record as unknown as RecordOf[DraftItemTable]);
}

/**
 * Checks that the actor may delete the item; returns it, or null when it is already
 * deleted (the device's wish is met, nothing to do).
 */
export async function requireDeletableDraft<R extends DraftItem>(
  ctx: MutationContext,
  table: DraftItemTable,
  id: string,
): Promise<Stored<R> | null> {
  requireRole(ctx.actor, 'village-cadre');
  const existing = await readItem<R>(ctx, table, id);
  if (!existing) refuse('not-found');
  requireScope(ctx.actor, existing.record.villageCode);
  if (existing.isDeleted) return null;
  if (existing.record.authorId !== ctx.actor.id) refuse('not-author');
  requireEditable(existing.record.state, existing.version, ctx.baseVersion);
  return existing;
}
