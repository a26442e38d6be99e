// Reads for the proof-of-posting panel: the proofs the server has stamped (carried on the
// item itself), the ones still waiting in this device's outbox, and the local bytes of the
// newest photo for its thumbnail. A proof leaves the outbox only after a pull has shown
// the server's answer, so "waiting" never flickers to "none" in between.
import { entityKeyOf, type AppDatabase } from '../../data';
import type { ReviewItemKind } from '../../domain/review';
import { latestProofAt, type ProofRef } from '../../domain/review-publication';

export interface PendingProof {
  id: string;
  sha256: string;
  /** device time of the save: only to order, never shown as the posting time */
  savedAt: number;
}

export interface ProofState {
  /** server time of the newest stamped proof, or null */
  latestPostedAt: number | null;
  serverProofs: readonly ProofRef[];
  /** proofs saved here that the server has not stamped yet */
  pending: PendingProof[];
  /** the newest photo's bytes when this device holds them */
  thumbnail: Blob | null;
}

function pendingProofOf(args: unknown, savedAt: number): PendingProof | null {
  const a = args as { id?: unknown; photo?: { sha256?: unknown } } | null;
  if (typeof a?.id !== 'string' || typeof a.photo?.sha256 !== 'string') return null;
  return { id: a.id, sha256: a.photo.sha256, savedAt };
}

export async function loadProofState(
  db: AppDatabase,
  itemKind: ReviewItemKind,
  itemId: string,
): Promise<ProofState> {
  const table = itemKind === 'batch' ? 'batches' : 'notices';
  const [item, entries] = await Promise.all([
    itemKind === 'batch' ? db.batches.get(itemId) : db.notices.get(itemId),
    db.outbox.where('entityKey').equals(entityKeyOf(table, itemId)).toArray(),
  ]);
  const serverProofs = item?.proofs ?? [];
  const stamped = new Set(serverProofs.map((p) => p.id));
  const pending = entries
    .filter((entry) => entry.name === 'proof.add')
    .map((entry) => pendingProofOf(entry.args, entry.createdAt))
    .filter((p): p is PendingProof => p !== null && !stamped.has(p.id));
  const newestServer = [...serverProofs].sort((a, b) => b.postedAt - a.postedAt)[0];
  const newestSha = pending[pending.length - 1]?.sha256 ?? newestServer?.sha256;
  const blob = newestSha ? await db.blobs.get(newestSha) : undefined;
  return {
    latestPostedAt: item ? latestProofAt(item) : null,
    serverProofs,
    pending,
    thumbnail: blob?.data ?? null,
  };
}
