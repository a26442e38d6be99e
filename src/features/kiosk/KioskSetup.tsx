import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface KioskSetupProps {
  onToken: (token: string) => void;
  error: string | null;
  isChecking: boolean;
}

/** First start of a touch screen: the administrator enters the kiosk token once. */
export function KioskSetup({ onToken, error, isChecking }: KioskSetupProps) {
  const { t } = useTranslation();
  const id = useId();
  const [token, setToken] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token.trim() !== '') onToken(token.trim());
  };
  return (
    <form onSubmit={submit} className="kiosk-setup">
      <h2>{t('kioskView.setup.heading')}</h2>
      <p>{t('kioskView.setup.text')}</p>
      <div className="field">
        <label htmlFor={id} className="field__label">
          {t('kioskView.setup.token')}
        </label>
        <input
          id={id}
          className="field__input"
          value={token}
          onChange={(e) => setToken(e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      {error && <p role="alert">{error}</p>}
      <button type="submit" className="button" aria-disabled={isChecking}>
        {t(isChecking ? 'kioskView.setup.checking' : 'kioskView.setup.submit')}
      </button>
    </form>
  );
}
