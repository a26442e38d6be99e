// Reads for the review of one notice: the notice, the published version it corrects
// (for the diff) and its audit trail.
import type { AppDatabase } from '../../data';
import type { Notice } from '../../domain/notice';
import type { ReviewStep } from '../../domain/review';

export interface ReviewItemData {
  notice: Notice | null;
  /** the version this one corrects (更正), when it is a correction on this device */
  corrected: Notice | null;
  /** oldest first */
  steps: ReviewStep[];
}

export async function getReviewItem(db: AppDatabase, noticeId: string): Promise<ReviewItemData> {
  const notice = (await db.notices.get(noticeId)) ?? null;
  const corrected = notice?.correctsId ? ((await db.notices.get(notice.correctsId)) ?? null) : null;
  const steps = await db.reviewSteps.where('itemId').equals(noticeId).toArray();
  steps.sort((a, b) => a.at - b.at);
  return { notice, corrected, steps };
}
