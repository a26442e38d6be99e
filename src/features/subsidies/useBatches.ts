// Live list of a village's payout batches; undefined while loading.
// useDbQuery comes from its own module, not the src/data index: the index also brings the
// command runner and its zod schemas into every screen that only reads.
import { useDbQuery } from '../../data/useDbQuery';
import type { PayoutBatch } from '../../domain/payout';
import { listBatches } from './batch-queries';

export function useBatches(villageCode: string): PayoutBatch[] | undefined {
  return useDbQuery((db) => listBatches(db, villageCode), [villageCode]);
}
