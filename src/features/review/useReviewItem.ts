// Live review data of one notice; undefined while loading.
import { useDbQuery } from '../../data';
import { getReviewItem, type ReviewItemData } from './review-item-queries';

export function useReviewItem(noticeId: string): ReviewItemData | undefined {
  return useDbQuery((db) => getReviewItem(db, noticeId), [noticeId]);
}
