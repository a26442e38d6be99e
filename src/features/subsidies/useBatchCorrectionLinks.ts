// The corrections (更正) a batch is linked to, live: undefined while loading.
import { useDbQuery } from '../../data/useDbQuery';
import type { PayoutBatch } from '../../domain/payout';
import { getBatchCorrectionLinks, type BatchCorrectionLinks } from './batch-correction-queries';

export function useBatchCorrectionLinks(
  batch: PayoutBatch | null,
): BatchCorrectionLinks | undefined {
  const loaded = useDbQuery(
    async (db) => ({
      id: batch?.id,
      links: batch ? await getBatchCorrectionLinks(db, batch) : null,
    }),
    [batch],
  );
  // A live query keeps its last answer while the next one loads: after moving from a
  // batch to its correction, that answer belongs to the other batch.
  return loaded && loaded.id === batch?.id ? (loaded.links ?? undefined) : undefined;
}
