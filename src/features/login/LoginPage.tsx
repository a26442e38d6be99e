import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../a11y/usePageTitle';
import { TextField } from '../../ui/TextField';

/** Sign-in placeholder: the form is in place and labelled; signing in arrives with accounts. */
export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const noticeId = useId();
  return (
    <>
      <h1>{t('login.title')}</h1>
      <p id={noticeId}>{t('login.notYet')}</p>
      <form
        className="login-form"
        aria-describedby={noticeId}
        onSubmit={(event: FormEvent) => event.preventDefault()}
      >
        <TextField label={t('login.account')} name="username" autoComplete="username" />
        <TextField
          label={t('login.password')}
          name="password"
          type="password"
          autoComplete="current-password"
        />
        <button type="submit" className="button">
          {t('login.submit')}
        </button>
      </form>
    </>
  );
}
