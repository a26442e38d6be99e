// The author's own steps of the review chain for a payout batch (先审后发): submit and
// withdraw. Each is one local transaction that shows the batch in its new state at once
// (offline too) and queues 'review.transition'; the server re-decides it with the shared
// state machine and its own clock, and re-runs the privacy scan. Reviewer steps (check,
// return, approve) belong to the review screens, not here.
import { CommandError, entityKeyOf, runCommand, type AppDatabase } from '../../data';
import type { PayoutBatch } from '../../domain/payout';
import type { ReviewAction, ReviewState } from '../../domain/review';
import { uuidv7 } from '../../domain/uuid';

type AuthorAction = Extract<ReviewAction, 'submit' | 'withdraw'>;

const FROM: Record<AuthorAction, readonly ReviewState[]> = {
  submit: ['draft'],
  withdraw: ['submitted', 'checked'],
};
const TO: Record<AuthorAction, ReviewState> = { submit: 'submitted', withdraw: 'draft' };

function queueAuthorStep(
  db: AppDatabase,
  batchId: string,
  action: AuthorAction,
  now: number,
): Promise<PayoutBatch> {
  return runCommand(
    db,
    [db.batches],
    async () => {
      const batch = await db.batches.get(batchId);
      if (!batch) throw new CommandError('not-found');
      // The screen offers the button only in these states; a second tab may have moved on.
      if (!FROM[action].includes(batch.state)) throw new CommandError('locked');
      const shown: PayoutBatch = {
        ...batch,
        state: TO[action],
        updatedAt: now,
        // The device's clock only opens the withdraw window on this screen; the server
        // stores its own time of submission when the step arrives.
        submittedAt: action === 'submit' ? now : null,
        returnedReason: action === 'submit' ? null : batch.returnedReason,
      };
      await db.batches.put(shown);
      return {
        result: shown,
        mutation: {
          name: 'review.transition',
          args: { stepId: uuidv7(now), itemKind: 'batch', itemId: batchId, action },
          baseVersion: batch.version,
          entityKey: entityKeyOf('batches', batchId),
        },
      };
    },
    now,
  );
}

/**
 * Send a draft batch for review. The caller runs the privacy scan first and submits only
 * when it found nothing: the server refuses a batch with personal data anyway, but then
 * the cadre would learn it only after the next sync, without the place shown.
 * Offline: works the same; the batch shows 待村监委审核 and the step waits in the outbox.
 */
export function submitBatch(
  db: AppDatabase,
  batchId: string,
  now: number = Date.now(),
): Promise<PayoutBatch> {
  return queueAuthorStep(db, batchId, 'submit', now);
}

/**
 * Take a submitted batch back to draft (allowed until the first reviewer acts, and for at
 * least 10 minutes after submitting; the screen asks decideTransition first).
 * Offline: works the same; the server has the final word if a reviewer acted meanwhile.
 */
export function withdrawBatch(
  db: AppDatabase,
  batchId: string,
  now: number = Date.now(),
): Promise<PayoutBatch> {
  return queueAuthorStep(db, batchId, 'withdraw', now);
}
