import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../../a11y/usePageTitle';
import { getDatabase, useSession } from '../../data';
import { signIn } from '../../sync';
import { homePathFor } from './home-path';
import { loginErrorKey, type LoginErrorKey } from './login-error-key';
import { LoginForm } from './LoginForm';

/**
 * Sign-in. Needs the network once; afterwards the session is kept on the device, so a
 * cadre in a village with no signal opens the app and keeps working. On success each
 * person lands where their work is (their village, or the township's review list).
 */
export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const [errorKey, setErrorKey] = useState<LoginErrorKey | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  // A double tap must not send the password twice (and count twice against the limit).
  const isRunning = useRef(false);

  async function handleSubmit(username: string, password: string) {
    if (isRunning.current) return;
    // Cleared first, so the same message after a second failed try is announced again.
    setErrorKey(null);
    if (username.trim() === '' || password === '') {
      setErrorKey('login.missing');
      return;
    }
    isRunning.current = true;
    setSubmitting(true);
    try {
      const signedIn = await signIn(getDatabase(), username.trim(), password);
      void navigate(homePathFor(signedIn.user));
    } catch (error) {
      setErrorKey(loginErrorKey(error));
    } finally {
      isRunning.current = false;
      setSubmitting(false);
    }
  }

  return (
    <>
      <h1>{t('login.title')}</h1>
      {session?.state === 'active' ? (
        <p>
          {t('login.alreadySignedIn', { name: session.user.displayName })}{' '}
          <Link to={homePathFor(session.user)}>{t('login.goToWorkspace')}</Link>
        </p>
      ) : (
        <p>{t('login.intro')}</p>
      )}
      <LoginForm
        initialUsername={params.get('user') ?? ''}
        isSubmitting={isSubmitting}
        errorKey={errorKey}
        onSubmit={(username, password) => void handleSubmit(username, password)}
      />
    </>
  );
}
