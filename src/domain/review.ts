// The review chain (先审后发) as one pure function, shared by the phone (to show which
// buttons make sense, even offline) and the server (which has the final word).
// Chain: draft → submitted (waits for the village supervision committee) → checked
// (waits for the township) → published. A return sends an item back to draft with a
// required reason. Published items never move again: mistakes are fixed by a correction,
// which is a new item linked to the old one.
import { z } from 'zod';
import { idSchema, timestampSchema, villageCodeSchema } from './common';
import { isInScope, roleSchema, type User } from './user';

export const REVIEW_STATES = ['draft', 'submitted', 'checked', 'published'] as const;
export const reviewStateSchema = z.enum(REVIEW_STATES);
export type ReviewState = z.infer<typeof reviewStateSchema>;

export const REVIEW_ACTIONS = ['submit', 'withdraw', 'check', 'return', 'approve'] as const;
export const reviewActionSchema = z.enum(REVIEW_ACTIONS);
export type ReviewAction = z.infer<typeof reviewActionSchema>;

/** The author may withdraw a submission at least this long, even if a reviewer acted. */
export const WITHDRAW_WINDOW_MS = 10 * 60 * 1000;

export const reviewItemKindSchema = z.enum(['batch', 'notice']);
export type ReviewItemKind = z.infer<typeof reviewItemKindSchema>;

/** One step of the audit trail: who moved what, when, and why. */
export const reviewStepSchema = z.object({
  id: idSchema,
  itemKind: reviewItemKindSchema,
  itemId: idSchema,
  villageCode: villageCodeSchema,
  action: reviewActionSchema,
  fromState: reviewStateSchema,
  toState: reviewStateSchema,
  actorId: idSchema,
  actorRole: roleSchema,
  at: timestampSchema,
  comment: z.string().max(2000),
  /** approve only: the reviewer ticked 已保密审查 (kept so the audit shows who vouched) */
  privacyChecked: z.boolean().optional(),
  /** approve only: fingerprint of the snapshot this step froze */
  publishedSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
export type ReviewStep = z.infer<typeof reviewStepSchema>;

/** What the state machine needs to know about an item. */
export interface ReviewableItem {
  state: ReviewState;
  authorId: string;
  villageCode: string;
  /** when it was last submitted; null while a draft */
  submittedAt: number | null;
  /** true once any reviewer acted on the current submission */
  hasReviewerActed: boolean;
}

export interface TransitionRequest {
  item: ReviewableItem;
  actor: Pick<User, 'id' | 'role' | 'regionCode'>;
  action: ReviewAction;
  now: number;
  reason?: string;
  /** the township reviewer ticked 已保密审查 */
  privacyChecked?: boolean;
}

export type TransitionRefusal =
  | 'wrong-role'
  | 'out-of-scope'
  | 'own-item'
  | 'not-author'
  | 'wrong-state'
  | 'reason-required'
  | 'privacy-check-required'
  | 'withdraw-closed';

export type TransitionResult =
  { ok: true; to: ReviewState } | { ok: false; code: TransitionRefusal };

const refuse = (code: TransitionRefusal): TransitionResult => ({ ok: false, code });

/** Decide whether `actor` may apply `action` to `item` now, and to which state it moves. */
export function decideTransition(req: TransitionRequest): TransitionResult {
  const { item, actor, action, now } = req;
  if (actor.role === 'kiosk' || actor.role === 'county-admin') return refuse('wrong-role');
  if (!isInScope(actor, item.villageCode)) return refuse('out-of-scope');
  const isAuthor = actor.id === item.authorId;

  switch (action) {
    case 'submit':
      if (actor.role !== 'village-cadre') return refuse('wrong-role');
      if (!isAuthor) return refuse('not-author');
      if (item.state !== 'draft') return refuse('wrong-state');
      return { ok: true, to: 'submitted' };

    case 'withdraw': {
      if (!isAuthor) return refuse('not-author');
      if (item.state !== 'submitted' && item.state !== 'checked') return refuse('wrong-state');
      const withinWindow = item.submittedAt !== null && now - item.submittedAt < WITHDRAW_WINDOW_MS;
      if (item.hasReviewerActed && !withinWindow) return refuse('withdraw-closed');
      return { ok: true, to: 'draft' };
    }

    case 'check':
      if (actor.role !== 'village-supervisor') return refuse('wrong-role');
      if (isAuthor) return refuse('own-item');
      if (item.state !== 'submitted') return refuse('wrong-state');
      return { ok: true, to: 'checked' };

    case 'return': {
      const expected =
        actor.role === 'village-supervisor'
          ? 'submitted'
          : actor.role === 'township-reviewer'
            ? 'checked'
            : null;
      if (expected === null) return refuse('wrong-role');
      if (isAuthor) return refuse('own-item');
      if (item.state !== expected) return refuse('wrong-state');
      if (!req.reason || req.reason.trim().length === 0) return refuse('reason-required');
      return { ok: true, to: 'draft' };
    }

    case 'approve':
      if (actor.role !== 'township-reviewer') return refuse('wrong-role');
      if (isAuthor) return refuse('own-item');
      if (item.state !== 'checked') return refuse('wrong-state');
      if (!req.privacyChecked) return refuse('privacy-check-required');
      return { ok: true, to: 'published' };
  }
}

/** Approved or published items are locked: their content can no longer be edited. */
export function isEditable(state: ReviewState): boolean {
  return state === 'draft';
}
