// The dashboard as an .xlsx file, one row per village with the same columns as the
// screen, for the township's weekly report. Built on this device, so it works offline.
import type { TFunction } from 'i18next';
import { divisionName } from '../../domain/divisions';
import { downloadBlobFile } from '../../ui/download-file';
import { writeXlsx, XLSX_MIME, type Cell } from '../export/xlsx-writer';
import type { VillageDashboard } from './township-dashboard';

export function dashboardRows(rows: VillageDashboard[], t: TFunction): Cell[][] {
  const typeNames = (types: string[]) =>
    types.map((type) => t(`notices.type.${type}`, { defaultValue: type })).join('、');
  return [
    [
      t('reviewer.dashboard.column.village'),
      t('reviewer.dashboard.column.overdue'),
      t('reviewer.dashboard.column.due'),
      t('reviewer.dashboard.column.published'),
      t('reviewer.dashboard.column.waiting'),
      t('reviewer.dashboard.column.running'),
      t('reviewer.dashboard.column.proofs'),
      t('reviewer.dashboard.column.proofsMissing'),
      t('reviewer.dashboard.column.subsidyDue'),
      t('reviewer.dashboard.column.subsidyOverdue'),
    ],
    ...rows.map((row) => [
      divisionName(row.villageCode) ?? row.villageCode,
      typeNames(row.overdueTypes),
      typeNames(row.dueTypes),
      row.publishedCount,
      row.waitingCount,
      row.runningPeriods,
      row.proofsPresent,
      row.proofsMissing,
      row.subsidyDue,
      row.subsidyOverdue,
    ]),
  ];
}

export async function exportDashboard(
  rows: VillageDashboard[],
  townshipCode: string,
  today: string,
  t: TFunction,
): Promise<void> {
  const township = divisionName(townshipCode) ?? townshipCode;
  const bytes = await writeXlsx([
    {
      name: t('reviewer.dashboard.sheetName'),
      rows: dashboardRows(rows, t),
      widths: [16, 30, 30, 8, 8, 8, 8, 8, 10, 10],
    },
  ]);
  const fileName = t('reviewer.dashboard.fileName', { township, date: today });
  downloadBlobFile(`${fileName}.xlsx`, new Blob([bytes], { type: XLSX_MIME }));
}
