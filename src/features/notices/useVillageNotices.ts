// Live list of a village's notices on this device; undefined while loading.
import { useDbQuery } from '../../data';
import type { Notice } from '../../domain/notice';
import { listVillageNotices } from './notice-queries';

export function useVillageNotices(villageCode: string): Notice[] | undefined {
  return useDbQuery((db) => listVillageNotices(db, villageCode), [villageCode]);
}
