import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../../a11y/usePageTitle';
import { VILLAGE_PICKER_ID } from './village-picker-id';
import { VillagePicker } from './VillagePicker';

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  const otherId = useId();
  const { hash } = useLocation();

  // The navigation's village link lands here before a village is chosen: show the picker.
  useEffect(() => {
    if (hash === `#${VILLAGE_PICKER_ID}`)
      document.getElementById(VILLAGE_PICKER_ID)?.scrollIntoView?.();
  }, [hash]);
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      <section id={VILLAGE_PICKER_ID} aria-labelledby={`${VILLAGE_PICKER_ID}-heading`}>
        <h2 id={`${VILLAGE_PICKER_ID}-heading`}>{t('home.pickVillage')}</h2>
        <VillagePicker />
      </section>
      <section aria-labelledby={otherId}>
        <h2 id={otherId}>{t('home.otherScreens')}</h2>
        <ul className="link-list">
          <li>
            <Link to="/review">{t('nav.review')}</Link>
          </li>
          <li>
            <Link to="/kiosk">{t('nav.kiosk')}</Link>
          </li>
          <li>
            <Link to="/login">{t('nav.login')}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
