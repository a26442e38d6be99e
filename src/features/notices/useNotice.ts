// One notice from this device: undefined while loading, null when it is not here.
import { useDbQuery } from '../../data';
import type { Notice } from '../../domain/notice';
import { getNotice } from './notice-queries';

export function useNotice(id: string): Notice | null | undefined {
  return useDbQuery((db) => getNotice(db, id), [id]);
}
