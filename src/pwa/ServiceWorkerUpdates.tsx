import { useEffect } from 'react';
import { useSyncSummary } from '../data/useSyncSummary';
import { UpdateBanner } from './UpdateBanner';
import { setWaitingUpdate } from './idle-update';
import { useUpdatePrompt } from './useUpdatePrompt';

/** Registers the service worker and shows the update banner when a new version waits. */
export function ServiceWorkerUpdates() {
  const { isUpdateWaiting, applyUpdate } = useUpdatePrompt();
  const { pendingCount, isLoaded } = useSyncSummary();
  // The kiosk applies it itself when idle (idle-update.ts); only with an empty outbox.
  const isSafe = isUpdateWaiting && isLoaded && pendingCount === 0;
  useEffect(() => {
    setWaitingUpdate(isSafe ? applyUpdate : null);
    return () => setWaitingUpdate(null);
  }, [isSafe, applyUpdate]);
  if (!isUpdateWaiting) return null;
  // Until the outbox count is known, treat it as not empty: updating is never urgent.
  return <UpdateBanner pendingCount={isLoaded ? pendingCount : null} onApplyUpdate={applyUpdate} />;
}
