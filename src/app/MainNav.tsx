import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { VILLAGE_PICKER_ID } from '../features/home/village-picker-id';
import { useLastVillageCode } from '../features/village/useLastVillageCode';

/**
 * The main navigation. The village workspace link leads to the last village used, or to
 * the picker on the home page. 登录 is offered only while nobody is signed in (an expired
 * sign-in is still someone: the banner leads back to the sign-in page with their account).
 */
export function MainNav({ isSignedIn = false }: { isSignedIn?: boolean }) {
  const { t } = useTranslation();
  const lastVillageCode = useLastVillageCode();
  const links = [
    { to: '/review', label: t('nav.review') },
    { to: '/kiosk', label: t('nav.kiosk') },
    ...(isSignedIn ? [] : [{ to: '/login', label: t('nav.login') }]),
  ];
  return (
    <nav className="main-nav" aria-label={t('a11y.mainNav')}>
      <ul className="main-nav__list">
        <li>
          <NavLink className="main-nav__link" to="/" end>
            {t('nav.home')}
          </NavLink>
        </li>
        <li>
          {lastVillageCode ? (
            <NavLink className="main-nav__link" to={`/village/${lastVillageCode}`}>
              {t('nav.village')}
            </NavLink>
          ) : (
            <Link className="main-nav__link" to={`/#${VILLAGE_PICKER_ID}`}>
              {t('nav.village')}
            </Link>
          )}
        </li>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink className="main-nav__link" to={link.to}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
