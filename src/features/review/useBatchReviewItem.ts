// Live review data of one payout batch; undefined while loading.
import { useDbQuery } from '../../data';
import { getBatchReviewItem, type BatchReviewData } from './batch-review-queries';

export function useBatchReviewItem(batchId: string): BatchReviewData | undefined {
  return useDbQuery((db) => getBatchReviewItem(db, batchId), [batchId]);
}
