// Live list of the region's batches and notices on this device; undefined while loading.
import { useDbQuery } from '../../data';
import { listRegionItems, type VillageItems } from './review-queries';

export function useRegionItems(regionCode: string): VillageItems[] | undefined {
  return useDbQuery((db) => listRegionItems(db, regionCode), [regionCode]);
}
