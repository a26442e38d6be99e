// A review step queued on the phone, for the reliability tests. Unlike the app's commands
// (review-commands.ts for reviewers, batch-review-commands.ts for the cadre), it takes any
// action from any role, so a random schedule can also try steps the server must refuse:
// one local transaction that
// moves the batch to its expected state at once (the phone shows it offline) and queues
// 'review.transition' based on the version the person looked at. The server re-decides
// it with the shared state machine and has the final word.
import { CommandError, entityKeyOf, runCommand, type AppDatabase } from '../../src/data';
import type { PayoutBatch } from '../../src/domain/payout';
import type { ReviewAction, ReviewState } from '../../src/domain/review';
import { uuidv7 } from '../../src/domain/uuid';

const EXPECTED_STATE: Record<ReviewAction, ReviewState> = {
  submit: 'submitted',
  withdraw: 'draft',
  check: 'checked',
  return: 'draft',
  approve: 'published',
};

export interface ReviewInput {
  reason?: string;
  privacyChecked?: boolean;
}

export function queueReviewTransition(
  db: AppDatabase,
  batchId: string,
  action: ReviewAction,
  input: ReviewInput = {},
  now: number = Date.now(),
): Promise<PayoutBatch> {
  return runCommand(
    db,
    [db.batches],
    async () => {
      const batch = await db.batches.get(batchId);
      if (!batch) throw new CommandError('not-found');
      const shown: PayoutBatch = { ...batch, state: EXPECTED_STATE[action], updatedAt: now };
      await db.batches.put(shown);
      return {
        result: shown,
        mutation: {
          name: 'review.transition',
          args: {
            stepId: uuidv7(now),
            itemKind: 'batch',
            itemId: batchId,
            action,
            // Only what was given: an absent reason is not sent as an empty field.
            ...(input.reason !== undefined && { reason: input.reason }),
            ...(input.privacyChecked !== undefined && { privacyChecked: input.privacyChecked }),
          },
          baseVersion: batch.version,
          entityKey: entityKeyOf('batches', batchId),
        },
      };
    },
    now,
  );
}
