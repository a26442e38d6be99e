import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/TextField';
import type { LoginErrorKey } from './login-error-key';

interface LoginFormProps {
  /** the account to fill in, e.g. when a sign-in expired */
  initialUsername: string;
  isSubmitting: boolean;
  /** what went wrong with the last attempt, as a locale key; null when nothing */
  errorKey: LoginErrorKey | null;
  onSubmit: (username: string, password: string) => void;
}

/**
 * Account and password, labelled, with the outcome of the last attempt in words in an
 * assertive live region: the region is always there, so each new message is read out.
 */
export function LoginForm({ initialUsername, isSubmitting, errorKey, onSubmit }: LoginFormProps) {
  const { t } = useTranslation();
  const [username, setUsername] = useState(initialUsername);
  const [password, setPassword] = useState('');
  const errorId = useId();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(username, password);
  }

  return (
    <form className="login-form" noValidate onSubmit={handleSubmit}>
      <div id={errorId} className="login-form__error text-error" role="alert">
        {errorKey && t(errorKey)}
      </div>
      <TextField
        label={t('login.account')}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        value={username}
        onChange={(event) => setUsername(event.target.value)}
      />
      <TextField
        label={t('login.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <button
        type="submit"
        className="button"
        aria-disabled={isSubmitting || undefined}
        aria-describedby={errorKey ? errorId : undefined}
      >
        {isSubmitting ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  );
}
