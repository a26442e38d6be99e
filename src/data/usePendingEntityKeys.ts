// Which records have queued changes, for the 待同步 marks in lists.
import { pendingEntityKeys } from './outbox';
import { useDbQuery } from './useDbQuery';

// One shared empty set while loading, so memoised rows do not re-render for nothing.
const NONE: Set<string> = new Set();

export function usePendingEntityKeys(): Set<string> {
  return useDbQuery((db) => pendingEntityKeys(db), [], NONE);
}
