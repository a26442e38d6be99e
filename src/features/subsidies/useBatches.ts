// Live list of a village's payout batches; undefined while loading.
import { useDbQuery } from '../../data';
import type { PayoutBatch } from '../../domain/payout';
import { listBatches } from './batch-queries';

export function useBatches(villageCode: string): PayoutBatch[] | undefined {
  return useDbQuery((db) => listBatches(db, villageCode), [villageCode]);
}
