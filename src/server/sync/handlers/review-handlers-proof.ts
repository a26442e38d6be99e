// proof.add: the village cadre's photo of the posted paper notice (张贴凭证) of a published
// item of their village. The server stamps postedAt with its own clock (a phone's clock is
// never a legal date), stores the proof as a synced record of its own (`proofs` table) and
// adds its short form to the item, so the township's list shows which villages have
// posted without another table on the phone. The photo's bytes travel separately
// (PUT /api/blobs/:sha256) and may arrive before or after this mutation.
import type { MutationArgs } from '../../../domain/mutations';
import type { Notice } from '../../../domain/notice';
import type { PayoutBatch } from '../../../domain/payout';
import { MAX_PROOFS_PER_ITEM, type ProofOfPosting } from '../../../domain/review-publication';
import { readBatch, readNotice, writeBatch, writeNotice } from '../records';
import { refuse, requireRole, requireScope, type MutationContext } from './mutation-context';

export async function addProof(
  ctx: MutationContext,
  args: MutationArgs<'proof.add'>,
): Promise<void> {
  requireRole(ctx.actor, 'village-cadre');
  const item =
    args.itemKind === 'batch'
      ? await readBatch(ctx.trx, args.itemId)
      : await readNotice(ctx.trx, args.itemId);
  if (!item || item.isDeleted) refuse('not-found');
  requireScope(ctx.actor, item.record.villageCode);
  if (item.record.state !== 'published') refuse('wrong-state');
  // A proof id is used once, like a review step id: a second use is a different proof.
  const existing = await ctx.trx
    .selectFrom('proofs')
    .select('id')
    .where('id', '=', args.id)
    .executeTakeFirst();
  if (existing) refuse('invalid');
  const proofs = item.record.proofs ?? [];
  if (proofs.length >= MAX_PROOFS_PER_ITEM) refuse('too-large');

  const first = await ctx.nextVersions(2);
  const proof: ProofOfPosting = {
    id: args.id,
    version: first,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    itemKind: args.itemKind,
    itemId: args.itemId,
    villageCode: item.record.villageCode,
    photo: args.photo,
    postedAt: ctx.now,
    postedBy: ctx.actor.id,
    takenAt: args.takenAt ?? null,
  };
  await ctx.trx
    .insertInto('proofs')
    .values({
      id: proof.id,
      item_kind: proof.itemKind,
      item_id: proof.itemId,
      village_code: proof.villageCode,
      version: first,
      deleted: 0,
      record: JSON.stringify(proof),
    })
    .execute();
  const updated = {
    ...item.record,
    version: first + 1,
    updatedAt: ctx.now,
    proofs: [...proofs, { id: proof.id, sha256: proof.photo.sha256, postedAt: proof.postedAt }],
  };
  if (args.itemKind === 'batch') await writeBatch(ctx.trx, updated as PayoutBatch);
  else await writeNotice(ctx.trx, updated as Notice);
}
