// The named mutations a device may queue in its outbox, with their argument schemas.
// The phone applies them locally at once; the server re-checks every rule when they
// arrive (scope, role, state machine, lock, stale baseVersion) and has the final word.
// Append-only once shipped: a changed meaning gets a new name.
import { z } from 'zod';
import { idSchema } from './common';
import { noticeSchema } from './notice';
import { payoutBatchSchema, payoutLineSchema } from './payout';
import { reviewActionSchema, reviewItemKindSchema } from './review';
import { proofPhotoSchema } from './review-publication';

const serverOwned = { version: true, createdAt: true, updatedAt: true } as const;
/** Set by the server when it publishes, supersedes or receives a proof; never by a device. */
const publicationOwned = {
  ...serverOwned,
  publishedAt: true,
  publishedSha256: true,
  supersededById: true,
  supersededAt: true,
  proofs: true,
} as const;

export const mutationArgsSchemas = {
  /** create or edit a draft batch (header only) */
  'batch.put': payoutBatchSchema.omit(publicationOwned),
  'batch.delete': z.object({ id: idSchema }),
  /** create or edit one line of a draft batch */
  'line.put': payoutLineSchema.omit(serverOwned),
  'line.delete': z.object({ id: idSchema, batchId: idSchema }),
  'notice.put': noticeSchema.omit(publicationOwned),
  'notice.delete': z.object({ id: idSchema }),
  /** one step of the review chain; `stepId` is the id of the audit-trail row it creates */
  'review.transition': z.object({
    stepId: idSchema,
    itemKind: reviewItemKindSchema,
    itemId: idSchema,
    action: reviewActionSchema,
    reason: z.string().max(2000).optional(),
    privacyChecked: z.boolean().optional(),
  }),
  /**
   * Proof of posting (张贴凭证): the village cadre's photo of the posted paper notice of a
   * published item. `id` is the proof record's id; the photo is uploaded separately with
   * PUT /api/blobs/:sha256. The server stamps postedAt with its own clock.
   */
  'proof.add': z.object({
    id: idSchema,
    itemKind: reviewItemKindSchema,
    itemId: idSchema,
    photo: proofPhotoSchema,
    /** the phone's clock when the photo was taken: shown as such, never a legal date */
    takenAt: z.number().int().nonnegative().nullable().optional(),
  }),
} as const;

export type MutationName = keyof typeof mutationArgsSchemas;
export const MUTATION_NAMES = Object.keys(mutationArgsSchemas) as MutationName[];
export type MutationArgs<N extends MutationName> = z.infer<(typeof mutationArgsSchemas)[N]>;

export function isMutationName(name: string): name is MutationName {
  return Object.prototype.hasOwnProperty.call(mutationArgsSchemas, name);
}

/** Typed reasons a mutation or request is refused; the UI maps each to a translated sentence. */
export const ERROR_CODES = [
  'invalid',
  'unknown-mutation',
  'stale-version',
  'locked',
  'out-of-scope',
  'wrong-role',
  'own-item',
  'not-author',
  'wrong-state',
  'reason-required',
  'privacy-check-required',
  'withdraw-closed',
  'personal-data-found',
  'superseded',
  'correction-target-invalid',
  'not-found',
  'unauthenticated',
  'session-expired',
  'rate-limited',
  'too-large',
  'client-mismatch',
  'protocol-mismatch',
  'hash-mismatch',
  'bad-credentials',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
