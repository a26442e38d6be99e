import { useTranslation } from 'react-i18next';
import { formatClockTime } from '../../ui/format-time';
import type { LastSync } from './last-sync';

/** "最近同步 10:42（2 台设备）", "最近同步 3 天前（1 台设备）", "从未同步", or "暂无数据". */
export function LastSyncCell({ lastSync }: { lastSync: LastSync | undefined }) {
  const { t } = useTranslation();
  if (!lastSync) return <td>{t('reviewer.dashboard.lastSyncUnknown')}</td>;
  if (lastSync.kind === 'never') return <td>{t('reviewer.dashboard.lastSyncNever')}</td>;
  const devices = t('reviewer.dashboard.lastSyncDevices', { count: lastSync.deviceCount });
  return (
    <td>
      {lastSync.kind === 'today'
        ? t('reviewer.dashboard.lastSyncToday', { time: formatClockTime(lastSync.at) })
        : t('reviewer.dashboard.lastSyncDaysAgo', { count: lastSync.days })}
      {devices}
    </td>
  );
}
