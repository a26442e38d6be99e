import { useEffect, useState } from 'react';
import {
  clearPublicCache,
  markKioskSnapshotChecked,
  readKioskSnapshot,
  saveKioskSnapshot,
  useKioskSnapshot,
  type KioskSnapshot,
} from '../../data/public-cache';
import { isApiError } from '../../sync';
import { fetchKioskVillage } from '../../sync/public-api';
import type { KioskDevice } from './kiosk-device';

/** How often the kiosk asks for news; a 304 costs a few hundred bytes. */
const REFRESH_MS = 5 * 60 * 1000;

export type KioskLink = 'checking' | 'online' | 'offline' | 'revoked';

export interface KioskData {
  /** undefined while the local copy loads; null when there is none yet */
  snapshot: KioskSnapshot | null | undefined;
  link: KioskLink;
}

/**
 * The kiosk's board: shown from the local copy at once (offline too), refreshed from the
 * server at start, every few minutes and when the network returns. A revoked token
 * (stolen or replaced device) wipes the copy.
 */
export function useKioskData(device: KioskDevice, onRevoked: () => void): KioskData {
  const snapshot = useKioskSnapshot(device.villageCode);
  const [link, setLink] = useState<KioskLink>('checking');

  useEffect(() => {
    let isCurrent = true;
    const refresh = async () => {
      const held = await readKioskSnapshot(device.villageCode);
      try {
        const fetched = await fetchKioskVillage(
          device.villageCode,
          device.token,
          held?.etag ?? null,
        );
        const at = Date.now();
        if (fetched.kind === 'fresh') {
          await saveKioskSnapshot({
            villageCode: device.villageCode,
            etag: fetched.etag,
            checkedAt: at,
            view: fetched.body,
          });
        } else {
          await markKioskSnapshotChecked(device.villageCode, at);
        }
        if (isCurrent) setLink('online');
      } catch (error) {
        if (isApiError(error) && (error.status === 401 || error.status === 403)) {
          await clearPublicCache();
          if (isCurrent) setLink('revoked');
          onRevoked();
          return;
        }
        if (isCurrent) setLink('offline');
      }
    };
    void refresh();
    const timer = window.setInterval(() => void refresh(), REFRESH_MS);
    const onOnline = () => void refresh();
    window.addEventListener('online', onOnline);
    return () => {
      isCurrent = false;
      window.clearInterval(timer);
      window.removeEventListener('online', onOnline);
    };
  }, [device.villageCode, device.token, onRevoked]);

  return { snapshot, link };
}
