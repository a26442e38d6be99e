import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../a11y/usePageTitle';
import { useDisplaySettings } from '../../ui/display-settings-context';

/**
 * Placeholder for the village kiosk. The kiosk is a shared touch screen read by older
 * residents, so it opens in 长辈模式 with the kiosk's larger default text; anyone can
 * switch 长辈模式 off again with the switch in the header.
 */
export function KioskPage() {
  const { t } = useTranslation();
  const { setElderMode } = useDisplaySettings();
  usePageTitle(t('kiosk.title'));

  useEffect(() => {
    setElderMode(true);
    const root = document.documentElement;
    root.dataset.kiosk = 'true';
    return () => {
      delete root.dataset.kiosk;
    };
  }, [setElderMode]);

  return (
    <div className="kiosk">
      <h1>{t('kiosk.title')}</h1>
      <p>{t('kiosk.placeholder')}</p>
    </div>
  );
}
