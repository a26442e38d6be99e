// The service worker's update cycle, for the update banner. registerType is 'prompt':
// a waiting version is announced and installed only when the person asks. Never reload
// on our own: a reload while records wait in the outbox or a form is half typed is
// exactly what the offline promise forbids.
import { useCallback, useRef, useState } from 'react';
import { useRegisterSW } from './register-sw';

export interface UpdatePrompt {
  /** a new version is installed and waiting (or active in another tab) */
  isUpdateWaiting: boolean;
  /** the person asked for the update: activate the waiting version, then reload */
  applyUpdate: () => void;
}

export function useUpdatePrompt(): UpdatePrompt {
  const hasAskedForUpdate = useRef(false);
  const [isActivatedElsewhere, setActivatedElsewhere] = useState(false);
  const {
    needRefresh: [isUpdateWaiting],
    updateServiceWorker,
  } = useRegisterSW({
    // Wait for the window's load event: the first screen gets the bandwidth first.
    immediate: false,
    // The new worker took control. Reload only if this tab asked for it; if another tab
    // did, keep the banner and let this tab's user choose the moment.
    onNeedReload() {
      if (hasAskedForUpdate.current) window.location.reload();
      else setActivatedElsewhere(true);
    },
    onRegisterError(error) {
      // The app still works without a service worker, only not offline on next start.
      console.warn('service worker registration failed', error);
    },
  });

  const applyUpdate = useCallback(() => {
    hasAskedForUpdate.current = true;
    if (isActivatedElsewhere) window.location.reload();
    else void updateServiceWorker(true);
  }, [isActivatedElsewhere, updateServiceWorker]);

  return { isUpdateWaiting: isUpdateWaiting || isActivatedElsewhere, applyUpdate };
}
