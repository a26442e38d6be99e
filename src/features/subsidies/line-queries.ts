// Reads of one payout batch with its lines, for the batch screen: the header, every line
// in entry order, and whether a reviewer has acted on the current submission (which closes
// the author's withdraw after the first 10 minutes). Search runs over the lines in memory
// (src/domain/line-search.ts); nothing here needs the pinyin dictionary.
import type { AppDatabase } from '../../data';
import { buildLineSearchIndex, searchLines } from '../../domain/line-search';
import type { PayoutBatch, PayoutLine } from '../../domain/payout';
import type { ReviewAction } from '../../domain/review';

/** Steps taken by someone judging the content, as opposed to the author's own. */
const REVIEWER_ACTIONS: readonly ReviewAction[] = ['check', 'return', 'approve'];

export interface BatchDetail {
  /** null when the batch is not (or no longer) on this device */
  batch: PayoutBatch | null;
  /** in the order they were entered or imported */
  lines: PayoutLine[];
  hasReviewerActed: boolean;
}

/** A batch's lines in entry order; the id breaks ties between lines saved in one ms. */
export async function listLinesOfBatch(db: AppDatabase, batchId: string): Promise<PayoutLine[]> {
  const lines = await db.lines.where('batchId').equals(batchId).toArray();
  return lines.sort(
    (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The lines of a batch a typed query finds (name, pinyin, last ID digits), in entry order. */
export async function searchLinesOfBatch(
  db: AppDatabase,
  batchId: string,
  query: string,
): Promise<PayoutLine[]> {
  return searchLines(buildLineSearchIndex(await listLinesOfBatch(db, batchId)), query);
}

/** Has a reviewer checked, returned or approved the item since it was submitted? */
export async function hasReviewerActedSince(
  db: AppDatabase,
  itemId: string,
  since: number | null,
): Promise<boolean> {
  if (since === null) return false;
  const steps = await db.reviewSteps.where('itemId').equals(itemId).toArray();
  return steps.some((step) => step.at >= since && REVIEWER_ACTIONS.includes(step.action));
}

export async function getBatchDetail(db: AppDatabase, batchId: string): Promise<BatchDetail> {
  const [batch, lines] = await Promise.all([
    db.batches.get(batchId),
    listLinesOfBatch(db, batchId),
  ]);
  if (!batch) return { batch: null, lines: [], hasReviewerActed: false };
  const hasReviewerActed = await hasReviewerActedSince(db, batchId, batch.submittedAt);
  return { batch, lines, hasReviewerActed };
}
