// A kiosk applies a waiting app update by itself, but only at a moment nobody is using it
// (its idle reset): a shared screen has no outbox and no one to tap the update banner.
// ServiceWorkerUpdates publishes the waiting update here; the kiosk calls
// applyWaitingUpdateWhenIdle() after it went back to its start screen.
let applyWaiting: (() => void) | null = null;

export function setWaitingUpdate(apply: (() => void) | null): void {
  applyWaiting = apply;
}

/** Applies a waiting update (the page reloads); false when there is none. */
export function applyWaitingUpdateWhenIdle(): boolean {
  if (!applyWaiting) return false;
  applyWaiting();
  return true;
}
