import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface UpdateBannerProps {
  /** records waiting in the outbox; null while unknown */
  pendingCount: number | null;
  onApplyUpdate: () => void;
}

/**
 * "有新版本可用" with a reload button that stays unavailable, with the reason in words,
 * while records wait to sync: a new version could change how queued records are read,
 * so they go to the server first.
 */
export function UpdateBanner({ pendingCount, onApplyUpdate }: UpdateBannerProps) {
  const { t } = useTranslation();
  const reasonId = useId();
  const mustWait = pendingCount === null || pendingCount > 0;
  return (
    <div className="update-banner" role="status">
      <p className="update-banner__text">{t('update.available')}</p>
      {mustWait && pendingCount !== null && (
        <p className="update-banner__reason" id={reasonId}>
          {t('update.waitForSync', { count: pendingCount })}
        </p>
      )}
      <button
        type="button"
        className="button"
        // aria-disabled, not disabled: the button stays focusable so its reason can be read.
        aria-disabled={mustWait || undefined}
        aria-describedby={mustWait && pendingCount !== null ? reasonId : undefined}
        onClick={() => {
          if (!mustWait) onApplyUpdate();
        }}
      >
        {t('update.reload')}
      </button>
    </div>
  );
}
