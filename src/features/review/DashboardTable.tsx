import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceActivityResponse } from '../../domain/device-activity';
import { divisionName } from '../../domain/divisions';
import { lastSyncOf } from './last-sync';
import { LastSyncCell } from './LastSyncCell';
import type { VillageDashboard } from './township-dashboard';

/**
 * One row per village; every state in words (逾期未公开: 财务收支), never a colour alone.
 * `deviceActivity` is the server's record of the villages' last syncs: undefined or null
 * while it is not known (offline), which the last column says in words.
 * `villageLink` adds a link beside each village's name (its settings page).
 */
export function DashboardTable({
  rows,
  deviceActivity,
  villageLink,
}: {
  rows: VillageDashboard[];
  deviceActivity?: DeviceActivityResponse | null;
  villageLink?: (villageCode: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const typeNames = (types: string[]) =>
    types.length === 0
      ? t('reviewer.dashboard.noneDue')
      : types.map((type) => t(`notices.type.${type}`, { defaultValue: type })).join('、');
  return (
    <div className="review-table">
      <table>
        <caption>{t('reviewer.dashboard.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reviewer.dashboard.column.village')}</th>
            <th scope="col">{t('reviewer.dashboard.column.overdue')}</th>
            <th scope="col">{t('reviewer.dashboard.column.due')}</th>
            <th scope="col">{t('reviewer.dashboard.column.published')}</th>
            <th scope="col">{t('reviewer.dashboard.column.waiting')}</th>
            <th scope="col">{t('reviewer.dashboard.column.running')}</th>
            <th scope="col">{t('reviewer.dashboard.column.proofs')}</th>
            <th scope="col">{t('reviewer.dashboard.column.subsidy')}</th>
            <th scope="col">{t('reviewer.dashboard.column.lastSync')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.villageCode}>
              <th scope="row">
                {divisionName(row.villageCode) ?? t('division.unknown', { code: row.villageCode })}
                {villageLink && <> {villageLink(row.villageCode)}</>}
              </th>
              <td>{typeNames(row.overdueTypes)}</td>
              <td>{typeNames(row.dueTypes)}</td>
              <td>{row.publishedCount}</td>
              <td>{row.waitingCount}</td>
              <td>{row.runningPeriods}</td>
              <td>
                {t('reviewer.dashboard.proofsCell', {
                  present: row.proofsPresent,
                  missing: row.proofsMissing,
                })}
              </td>
              <td>
                {row.subsidyOverdue > 0
                  ? t('reviewer.dashboard.subsidyOverdue', { count: row.subsidyOverdue })
                  : t('reviewer.dashboard.subsidyDue', { count: row.subsidyDue })}
              </td>
              <LastSyncCell
                lastSync={
                  deviceActivity
                    ? lastSyncOf(
                        deviceActivity.villages.find((v) => v.villageCode === row.villageCode),
                        deviceActivity.now,
                      )
                    : undefined
                }
              />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
