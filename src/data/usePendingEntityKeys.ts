// Which records have queued changes, for the 待同步 marks in lists.
import { pendingEntityKeys } from './outbox';
import { useDbQuery } from './useDbQuery';

/**
 * undefined while the outbox is still being read: a list must not call a record 已同步
 * before it knows, so it waits for this as it waits for its own rows.
 */
export function usePendingEntityKeys(): Set<string> | undefined {
  return useDbQuery((db) => pendingEntityKeys(db), []);
}
