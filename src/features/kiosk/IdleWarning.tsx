import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface IdleWarningProps {
  secondsLeft: number;
  onKeepBrowsing: () => void;
}

/**
 * "Still there?" before the kiosk goes back to its start: a big 继续浏览 button that takes
 * the focus, and the seconds left in words.
 */
export function IdleWarning({ secondsLeft, onKeepBrowsing }: IdleWarningProps) {
  const { t } = useTranslation();
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => buttonRef.current?.focus(), []);
  return (
    <div
      className="kiosk-idle"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="kiosk-idle-title"
      aria-describedby="kiosk-idle-text"
    >
      <div className="kiosk-idle__box">
        <h2 id="kiosk-idle-title">{t('kioskView.idle.title')}</h2>
        <p id="kiosk-idle-text">{t('kioskView.idle.text', { count: secondsLeft })}</p>
        <button
          ref={buttonRef}
          type="button"
          className="button kiosk-idle__button"
          onClick={onKeepBrowsing}
        >
          {t('kioskView.idle.keepBrowsing')}
        </button>
      </div>
    </div>
  );
}
