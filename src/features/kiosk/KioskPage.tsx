// The village kiosk: a shared touch screen at the service centre, read by older residents
// standing at arm's length. It fills the screen with a frame of its own (KioskFrame: no
// staff header, full screen on the first touch) and opens in 长辈模式 with the kiosk's 24 px
// default text; anyone can switch 长辈模式 off in its top bar. It shows its village's public
// board from a local copy (works offline, "最后更新 HH:mm" in the bar), and goes back to its
// start after a quiet period (kiosk-device.ts documents the test hook that shortens it).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../a11y/usePageTitle';
import { clearPublicCache } from '../../data/public-cache';
import { isApiError } from '../../sync';
import { identifyKiosk } from '../../sync/public-api';
import { useDisplaySettings } from '../../ui/display-settings-context';
import { formatClockTime } from '../../ui/format-time';
import '../public/public-view.css';
import './kiosk.css';
import {
  forgetKioskDevice,
  readKioskDevice,
  saveKioskDevice,
  takeTokenFromAddress,
  type KioskDevice,
} from './kiosk-device';
import { KioskBoard } from './KioskBoard';
import { KioskFrame } from './KioskFrame';
import { KioskSetup } from './KioskSetup';
import { useKioskData } from './useKioskData';

function KioskWithDevice({ device, onRevoked }: { device: KioskDevice; onRevoked: () => void }) {
  const { t } = useTranslation();
  const { snapshot, link } = useKioskData(device, onRevoked);
  if (!snapshot) {
    return (
      <KioskFrame>
        <p role="status">
          {t(
            snapshot === null && link === 'offline'
              ? 'kioskView.noCopyOffline'
              : 'publicView.loading',
          )}
        </p>
      </KioskFrame>
    );
  }
  return (
    <KioskFrame
      villageName={snapshot.view.village.name}
      status={
        <p className="kiosk-bar__updated" role="status">
          {t('kioskView.lastUpdated', { time: formatClockTime(snapshot.checkedAt) })}
          {link === 'offline' && ` · ${t('kioskView.offline')}`}
        </p>
      }
    >
      <KioskBoard view={snapshot.view} />
    </KioskFrame>
  );
}

export function KioskPage() {
  const { t } = useTranslation();
  const { setElderMode } = useDisplaySettings();
  usePageTitle(t('kiosk.title'));
  const [device, setDevice] = useState<KioskDevice | null>(() => readKioskDevice());
  const [setupError, setSetupError] = useState<string | null>(null);
  const [isChecking, setChecking] = useState(false);

  useEffect(() => {
    setElderMode(true);
    const root = document.documentElement;
    root.dataset.kiosk = 'true';
    return () => {
      delete root.dataset.kiosk;
    };
  }, [setElderMode]);

  const register = useCallback(
    async (token: string) => {
      setChecking(true);
      setSetupError(null);
      try {
        const { villageCode } = await identifyKiosk(token);
        const next = { token, villageCode };
        // A screen moved to another village keeps nothing of the old one.
        if (readKioskDevice()?.villageCode !== villageCode) await clearPublicCache();
        saveKioskDevice(next);
        setDevice(next);
      } catch (error) {
        setSetupError(
          t(
            isApiError(error) && (error.code === 'offline' || error.code === 'timeout')
              ? 'kioskView.setup.offline'
              : 'kioskView.setup.refused',
          ),
        );
      } finally {
        setChecking(false);
      }
    },
    [t],
  );

  // A token handed over in the address (/kiosk?token=…) registers the screen at once.
  useEffect(() => {
    const token = takeTokenFromAddress();
    if (token) void Promise.resolve(token).then(register);
  }, [register]);

  const onRevoked = useCallback(() => {
    forgetKioskDevice();
    setDevice(null);
    setSetupError(t('kioskView.setup.revoked'));
  }, [t]);

  return device ? (
    <KioskWithDevice device={device} onRevoked={onRevoked} />
  ) : (
    <KioskFrame>
      <KioskSetup
        onToken={(token) => void register(token)}
        error={setupError}
        isChecking={isChecking}
      />
    </KioskFrame>
  );
}
