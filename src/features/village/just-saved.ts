// The batch this screen has just saved, shown in the list the moment its transaction has
// committed, rather than only after the list has read it back from IndexedDB: on a cheap
// phone that read and its redraw made "saved" and "in the list" arrive apart. The list's
// own live read takes over as soon as it has the batch, and then this is dropped, so a
// later change (a pull, another tab) always shows as the database has it.
import { recordSyncState } from '../../data/record-sync-state';
import type { PayoutBatch } from '../../domain/payout';
import type { BatchListItem } from '../subsidies/batch-queries';

export interface JustSavedBatch {
  villageCode: string;
  item: BatchListItem;
}

export function justSavedOf(batch: PayoutBatch): JustSavedBatch {
  return {
    villageCode: batch.villageCode,
    item: {
      id: batch.id,
      year: batch.year,
      item: batch.item,
      state: batch.state,
      // The same words the list's read would give it (a new draft is 仅本机).
      syncState: recordSyncState(batch, true, false),
    },
  };
}

/**
 * The list with the just-saved batch in the place listBatches would give it (newest year
 * first, the newest batch first within its year), unless the read already has it.
 */
export function withJustSaved(
  items: readonly BatchListItem[],
  justSaved: BatchListItem | null,
): readonly BatchListItem[] {
  if (justSaved === null || items.some((item) => item.id === justSaved.id)) return items;
  const at = items.findIndex((item) => item.year <= justSaved.year);
  return at < 0 ? [...items, justSaved] : [...items.slice(0, at), justSaved, ...items.slice(at)];
}
