// What publishing adds to a batch or a notice, shared by the phone, the print view, the
// kiosk and the server: the fingerprint of the frozen version (SHA-256, chained per
// village), the link to the correction that replaced it, and the photos proving the paper
// notice was posted. All of these are written by the server only; a device's copy of them
// is ignored (mutations.ts strips them from put arguments).
import { z } from 'zod';
import { attachmentRefSchema, MAX_PHOTO_BYTES } from './attachment';
import { idSchema, syncedFields, timestampSchema, villageCodeSchema } from './common';
import { reviewItemKindSchema } from './review';

export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

/** A paper notice may be photographed again (torn, rained on); a few photos are enough. */
export const MAX_PROOFS_PER_ITEM = 10;

/** The photo of the posted paper notice; only images, kept small for village networks. */
export const proofPhotoSchema = attachmentRefSchema.extend({
  mime: z.enum(['image/jpeg', 'image/png', 'image/webp']),
  size: z.number().int().positive().max(MAX_PHOTO_BYTES),
});

/** The short form of a proof carried on the item itself, for lists ("已张贴 · 10:42"). */
export const proofRefSchema = z.object({
  id: idSchema,
  sha256: sha256Schema,
  /** server time when the proof reached the server: the device clock is never trusted */
  postedAt: timestampSchema,
});
export type ProofRef = z.infer<typeof proofRefSchema>;

/** Optional server-owned fields of a batch or notice; absent or null until published. */
export const publicationFields = {
  /** server time of the approval that published this version */
  publishedAt: timestampSchema.nullable().optional(),
  /** SHA-256 of the frozen snapshot; its first 8 characters are printed on the paper */
  publishedSha256: sha256Schema.nullable().optional(),
  /** the correction (更正) that replaced this published version; both stay readable */
  supersededById: idSchema.nullable().optional(),
  supersededAt: timestampSchema.nullable().optional(),
  proofs: z.array(proofRefSchema).max(MAX_PROOFS_PER_ITEM).optional(),
};

/** Keys of `publicationFields`, for `.omit()` and for the snapshot, which leaves them out. */
export const PUBLICATION_FIELD_NAMES = [
  'publishedAt',
  'publishedSha256',
  'supersededById',
  'supersededAt',
  'proofs',
] as const;
export type PublicationFieldName = (typeof PUBLICATION_FIELD_NAMES)[number];

/** One proof of posting (张贴凭证): a synced record of its own, kept in the `proofs` table. */
export const proofOfPostingSchema = z.object({
  ...syncedFields,
  itemKind: reviewItemKindSchema,
  itemId: idSchema,
  villageCode: villageCodeSchema,
  photo: proofPhotoSchema,
  /** server time; the legal "posted on" date */
  postedAt: timestampSchema,
  postedBy: idSchema,
  /** when the phone says the photo was taken; informational only, never a legal date */
  takenAt: timestampSchema.nullable(),
});
export type ProofOfPosting = z.infer<typeof proofOfPostingSchema>;

interface Published {
  publishedSha256?: string | null;
  publishedAt?: number | null;
  supersededById?: string | null;
  proofs?: readonly ProofRef[];
}

/** The full fingerprint of an item's published version, or null when not published. */
export function publishedFingerprint(item: Published): string | null {
  return item.publishedSha256 ?? null;
}

/** The 8 characters printed on the paper notice and shown on the kiosk. */
export function shortFingerprint(sha256: string): string {
  return sha256.slice(0, 8);
}

export function isSuperseded(item: Published): boolean {
  return (item.supersededById ?? null) !== null;
}

/** Server time of the latest proof of posting, or null when none has arrived. */
export function latestProofAt(item: Published): number | null {
  const times = (item.proofs ?? []).map((p) => p.postedAt);
  return times.length > 0 ? Math.max(...times) : null;
}
