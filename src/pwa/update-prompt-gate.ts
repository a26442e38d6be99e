// When the service worker may be registered. main.tsx opens the gate after the first
// render, so registering (and the workbox-window download it triggers) never competes
// with the first screen. Tests never open it, so they never touch the virtual module.
import { useSyncExternalStore } from 'react';

let isEnabled = false;
const listeners = new Set<() => void>();

export function enableServiceWorker(): void {
  if (isEnabled) return;
  isEnabled = true;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useIsServiceWorkerEnabled(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => isEnabled,
    () => false,
  );
}
