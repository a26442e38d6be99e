// Review steps on a notice or a payout batch from this device (村监委 check, township approve, either
// return): one local transaction that shows the expected new state at once and queues
// 'review.transition' based on the version the reviewer read. The server re-decides it
// with the shared state machine, refuses a step taken on a version the reviewer never
// saw ('stale-version'), and has the final word. Offline: works the same.
import { CommandError, entityKeyOf, runCommand, type AppDatabase } from '../../data';
import type { Notice } from '../../domain/notice';
import type { PayoutBatch } from '../../domain/payout';
import type { ReviewAction, ReviewState } from '../../domain/review';
import { uuidv7 } from '../../domain/uuid';

export type ReviewerAction = Extract<ReviewAction, 'check' | 'return' | 'approve'>;

const EXPECTED_STATE: Record<ReviewerAction, ReviewState> = {
  check: 'checked',
  return: 'draft',
  approve: 'published',
};

export interface ReviewInput {
  reason?: string;
  privacyChecked?: boolean;
}

type ReviewedItem = Notice | PayoutBatch;

const ITEM_TABLES = { notice: 'notices', batch: 'batches' } as const;

function reviewItem<T extends ReviewedItem>(
  db: AppDatabase,
  itemKind: keyof typeof ITEM_TABLES,
  itemId: string,
  action: ReviewerAction,
  input: ReviewInput,
  now: number,
): Promise<T> {
  const tableName = ITEM_TABLES[itemKind];
  const table = db.table<T, string>(tableName);
  return runCommand(
    db,
    [tableName],
    async () => {
      const item = await table.get(itemId);
      if (!item) throw new CommandError('not-found');
      const reason = input.reason?.trim();
      const isReturn = action === 'return';
      const shown: T = {
        ...item,
        state: EXPECTED_STATE[action],
        updatedAt: now,
        ...(isReturn && { returnedReason: reason ?? null, submittedAt: null }),
      };
      await table.put(shown);
      return {
        result: shown,
        mutation: {
          name: 'review.transition',
          args: {
            stepId: uuidv7(now),
            itemKind,
            itemId,
            action,
            // Only what was given: an absent reason is not sent as an empty field.
            ...(reason !== undefined && { reason }),
            ...(input.privacyChecked !== undefined && { privacyChecked: input.privacyChecked }),
          },
          baseVersion: item.version,
          entityKey: entityKeyOf(tableName, itemId),
        },
      };
    },
    now,
  );
}

export function reviewNotice(
  db: AppDatabase,
  noticeId: string,
  action: ReviewerAction,
  input: ReviewInput = {},
  now: number = Date.now(),
): Promise<Notice> {
  return reviewItem<Notice>(db, 'notice', noticeId, action, input, now);
}

/**
 * The same steps on a payout batch (村监委 check, township approve, either return). Its
 * lines are not touched: approval locks them with the header, and a return sends the
 * whole batch back to the cadre's draft. Offline: works the same; the server re-runs the
 * privacy scan over the header and every line before it publishes.
 */
export function reviewBatch(
  db: AppDatabase,
  batchId: string,
  action: ReviewerAction,
  input: ReviewInput = {},
  now: number = Date.now(),
): Promise<PayoutBatch> {
  return reviewItem<PayoutBatch>(db, 'batch', batchId, action, input, now);
}
