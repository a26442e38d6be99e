// Proof of posting (张贴凭证): after an item is published, the village cadre photographs
// the paper notice on the board. Saving the photo is one local transaction that keeps its
// bytes on the device (the sync engine uploads them before it pushes) and queues
// `proof.add`; the server stamps the legal time (postedAt) with its own clock and adds the
// proof to the item, which the next pull brings back. The phone's clock is sent only as
// "taken at", never as the posting time.
import { CommandError, entityKeyOf, runCommand, type AppDatabase } from '../../data';
import type { MutationArgs } from '../../domain/mutations';
import type { ReviewItemKind } from '../../domain/review';
import type { ProofOfPosting } from '../../domain/review-publication';
import { uuidv7 } from '../../domain/uuid';

export interface ProofPhotoInput {
  itemKind: ReviewItemKind;
  itemId: string;
  /** the compressed photo (attachment-files.ts prepareAttachment) and its bytes */
  photo: ProofOfPosting['photo'];
  data: Blob;
  /** the phone's clock when the photo was taken, if known: informational only */
  takenAt?: number | null;
}

/**
 * Keep the photo and queue its proof. Refuses with CommandError 'not-found' when the item
 * is not on this device and 'locked' when it is not published (there is nothing posted to
 * prove yet); the server re-checks both and that the sender is a cadre of the village.
 * Offline: works the same; the proof shows 待同步 until the server has stamped it.
 */
export function addProofOfPosting(
  db: AppDatabase,
  input: ProofPhotoInput,
  now: number = Date.now(),
): Promise<{ proofId: string }> {
  const table = input.itemKind === 'batch' ? 'batches' : 'notices';
  return runCommand(
    db,
    [table, db.blobs],
    async () => {
      const item =
        input.itemKind === 'batch'
          ? await db.batches.get(input.itemId)
          : await db.notices.get(input.itemId);
      if (!item) throw new CommandError('not-found');
      if (item.state !== 'published') throw new CommandError('locked');
      // Same bytes twice (the cadre picked the same photo again) keep the first copy and
      // its upload state, as attachments do.
      const existing = await db.blobs.get(input.photo.sha256);
      if (!existing) {
        await db.blobs.add({
          sha256: input.photo.sha256,
          mime: input.photo.mime,
          size: input.photo.size,
          data: input.data,
          uploadedAt: null,
        });
      }
      const proofId = uuidv7(now);
      const args: MutationArgs<'proof.add'> = {
        id: proofId,
        itemKind: input.itemKind,
        itemId: input.itemId,
        photo: input.photo,
        takenAt: input.takenAt ?? null,
      };
      return {
        result: { proofId },
        mutation: {
          name: 'proof.add',
          args,
          baseVersion: item.version,
          entityKey: entityKeyOf(table, input.itemId),
        },
      };
    },
    now,
  );
}
