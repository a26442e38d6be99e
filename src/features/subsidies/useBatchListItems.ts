// Live list of a village's batches as the list shows them (with sync state); undefined
// while loading.
import { useDbQuery } from '../../data/useDbQuery';
import { listBatchListItems, type BatchListItem } from './batch-queries';

export function useBatchListItems(villageCode: string): BatchListItem[] | undefined {
  return useDbQuery((db) => listBatchListItems(db, villageCode), [villageCode]);
}
