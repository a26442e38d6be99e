import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { loginPath } from './login-link';

/**
 * The server no longer accepts this device's sign-in. Nothing syncs until the person
 * signs in again, so say so plainly on every screen, with the reassurance that the
 * queued records are safe, and a link that already has their account filled in.
 */
export function SessionExpiredBanner({ username }: { username: string }) {
  const { t } = useTranslation();
  return (
    <div className="update-banner session-banner" role="alert">
      <p>{t('account.sessionExpired')}</p>
      <Link className="button" to={loginPath(username)}>
        {t('account.signInAgain')}
      </Link>
    </div>
  );
}
