import { useSyncExternalStore } from 'react';
import { loadLastVillageCode, subscribeLastVillageCode } from './last-village';

/** The last village opened on this device, updated as soon as another one is opened. */
export function useLastVillageCode(): string | null {
  return useSyncExternalStore(subscribeLastVillageCode, loadLastVillageCode, () => null);
}
