// Live township records for the dashboard; undefined while loading.
import { useDbQuery } from '../../data';
import { loadDashboardRecords, type DashboardRecords } from './dashboard-queries';

export function useDashboardRecords(townshipCode: string): DashboardRecords | undefined {
  return useDbQuery((db) => loadDashboardRecords(db, townshipCode), [townshipCode]);
}
