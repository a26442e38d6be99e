import { useTranslation } from 'react-i18next';
import { useSyncSummary } from '../data/useSyncSummary';

const pad = (n: number) => String(n).padStart(2, '0');

/** HH:mm in the device's local time, as people read clocks in China (24-hour). */
export function formatClockTime(timestamp: number): string {
  const d = new Date(timestamp);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * "N 条待同步 · 上次同步 HH:mm" on every screen, so a cadre always knows whether the
 * township has their records. A polite live region: changes are read out without
 * interrupting. Says nothing numeric until the first read, rather than a false "0".
 */
export function SyncStatusText() {
  const { t } = useTranslation();
  const { pendingCount, lastSyncAt, isLoaded } = useSyncSummary();
  let text: string;
  if (!isLoaded) text = t('sync.loading');
  else if (lastSyncAt === null) text = t('sync.summaryNever', { count: pendingCount });
  else text = t('sync.summary', { count: pendingCount, time: formatClockTime(lastSyncAt) });
  return (
    <p className="sync-status" role="status">
      {text}
    </p>
  );
}
