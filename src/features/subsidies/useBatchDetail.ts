// Live batch with its lines for the batch screen; undefined while loading.
import { useDbQuery } from '../../data/useDbQuery';
import { getBatchDetail, type BatchDetail } from './line-queries';

export function useBatchDetail(batchId: string): BatchDetail | undefined {
  return useDbQuery((db) => getBatchDetail(db, batchId), [batchId]);
}
