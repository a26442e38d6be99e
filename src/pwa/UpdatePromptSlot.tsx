import { lazy, Suspense } from 'react';
import { useIsServiceWorkerEnabled } from './update-prompt-gate';

// Separate chunk: it holds the service-worker glue, which the first screen does not need.
const ServiceWorkerUpdates = lazy(() =>
  import('./ServiceWorkerUpdates').then((m) => ({ default: m.ServiceWorkerUpdates })),
);

/** Where the "new version" notice appears once the service worker is enabled. */
export function UpdatePromptSlot() {
  const isEnabled = useIsServiceWorkerEnabled();
  if (!isEnabled) return null;
  return (
    <Suspense fallback={null}>
      <ServiceWorkerUpdates />
    </Suspense>
  );
}
