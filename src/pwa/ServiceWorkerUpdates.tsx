import { useSyncSummary } from '../data/useSyncSummary';
import { UpdateBanner } from './UpdateBanner';
import { useUpdatePrompt } from './useUpdatePrompt';

/** Registers the service worker and shows the update banner when a new version waits. */
export function ServiceWorkerUpdates() {
  const { isUpdateWaiting, applyUpdate } = useUpdatePrompt();
  const { pendingCount, isLoaded } = useSyncSummary();
  if (!isUpdateWaiting) return null;
  // Until the outbox count is known, treat it as not empty: updating is never urgent.
  return <UpdateBanner pendingCount={isLoaded ? pendingCount : null} onApplyUpdate={applyUpdate} />;
}
