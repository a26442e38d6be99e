import { useTranslation } from 'react-i18next';
import type { ApiErrorCode } from '../../sync/api-client';

const isNoNetwork = (code: ApiErrorCode | 'unknown') => code === 'offline' || code === 'timeout';

/**
 * What the village page says while its notices load or when they cannot: in words, and
 * with a way to try again (the page behind a QR code is often opened on a weak signal).
 */
export function PublicLoadStatus({
  status,
  onRetry,
}: {
  status: { status: 'loading' } | { status: 'error'; code: ApiErrorCode | 'unknown' };
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  if (status.status === 'loading') return <p role="status">{t('publicView.loading')}</p>;
  if (status.code === 'not-found') return <p role="alert">{t('publicView.notFound')}</p>;
  return (
    <>
      <p role="alert">
        {t(isNoNetwork(status.code) ? 'publicView.offline' : 'publicView.loadFailed')}
      </p>
      <button type="button" className="button" onClick={onRetry}>
        {t('publicView.retry')}
      </button>
    </>
  );
}
