import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../sync/useSyncStatus';
import { formatClockTime } from '../ui/format-time';

/** What sync is doing, in words; null when there is nothing to add to the summary. */
function phaseText(t: TFunction, status: SyncStatus): string | null {
  switch (status.phase) {
    case 'idle':
      return null;
    case 'syncing':
      return t('sync.phase.syncing');
    case 'offline':
      return t('sync.phase.offline');
    case 'error':
      return status.nextRetryAt === undefined
        ? t('sync.phase.errorNoRetry')
        : t('sync.phase.error', { time: formatClockTime(status.nextRetryAt) });
    case 'signed-out':
      return t('sync.phase.signed-out');
    case 'session-expired':
      return t('sync.phase.session-expired');
  }
}

/**
 * "N 条待同步 · 上次同步 HH:mm · 同步中" on every screen, so a cadre always knows whether
 * the township has their records and why not. Every phase is written out (never a
 * coloured dot alone); a failure also says its reason. A polite live region: changes are
 * read out without interrupting. Says nothing numeric until the first read, rather than
 * a false "0".
 */
export function SyncStatusText({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  if (!status.isLoaded) {
    return (
      <p className="sync-status" role="status">
        {t('sync.loading')}
      </p>
    );
  }
  const summary =
    status.lastSyncAt === null
      ? t('sync.summaryNever', { count: status.pendingCount })
      : t('sync.summary', { count: status.pendingCount, time: formatClockTime(status.lastSyncAt) });
  const phase = phaseText(t, status);
  const reason =
    status.phase === 'error' && status.lastError ? t(`errors.${status.lastError}`) : null;
  return (
    <p className="sync-status" role="status">
      <span>{summary}</span>
      {phase && (
        <>
          {t('sync.separator')}
          <span>{phase}</span>
        </>
      )}
      {reason && (
        <>
          {t('sync.separator')}
          <span>{reason}</span>
        </>
      )}
    </p>
  );
}
