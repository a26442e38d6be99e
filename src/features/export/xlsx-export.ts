// The two Excel exports: one batch with all its lines (for the cadre and the township
// finance office) and the township's summary of a year (items × villages). Each builds the
// file from this device's data, so it works offline, and hands it to the download manager.
// The words in the file come from the print locale strings, which callers load first.
import i18next, { type TFunction } from 'i18next';
import type { AppDatabase } from '../../data/app-database';
import { getDatabase } from '../../data/database';
import { boardVillageName } from '../../domain/board-format';
import { divisionName, listVillages } from '../../domain/divisions';
import { downloadBlobFile } from '../../ui/download-file';
import { batchInfoSheet, batchLineSheet } from './batch-workbook';
import { loadBatchForExport, loadTownshipBatchStats } from './export-queries';
import { batchListSheet, summarizeTownship, summarySheet } from './township-summary';
import { safeFileName, writeXlsx, XLSX_MIME } from './xlsx-writer';

export interface XlsxFile {
  fileName: string;
  bytes: ArrayBuffer;
}

export class ExportError extends Error {
  constructor(readonly code: 'batch-not-found') {
    super(code);
    this.name = 'ExportError';
  }
}

export async function buildBatchXlsx(
  db: AppDatabase,
  batchId: string,
  t: TFunction,
): Promise<XlsxFile> {
  const data = await loadBatchForExport(db, batchId);
  if (!data) throw new ExportError('batch-not-found');
  const { batch, lines } = data;
  const villageName = divisionName(batch.villageCode) ?? batch.villageCode;
  const title = t('print.title', {
    village: boardVillageName(villageName),
    year: batch.year,
    item: batch.item,
  });
  const bytes = await writeXlsx([batchLineSheet(lines, t), batchInfoSheet(batch, villageName, t)]);
  return { fileName: `${safeFileName(t('print.export.batchFileName', { title }))}.xlsx`, bytes };
}

export async function buildTownshipSummaryXlsx(
  db: AppDatabase,
  townshipCode: string,
  year: number,
  t: TFunction,
): Promise<XlsxFile> {
  const stats = await loadTownshipBatchStats(db, townshipCode, year);
  const villages = listVillages(townshipCode).map((v) => ({ code: v.code, name: v.name }));
  const summary = summarizeTownship(stats, villages);
  const township = divisionName(townshipCode) ?? townshipCode;
  const title = t('print.export.summaryTitle', { township, year });
  const bytes = await writeXlsx([summarySheet(summary, title, t), batchListSheet(summary, t)]);
  const fileName = t('print.export.summaryFileName', { township, year });
  return { fileName: `${safeFileName(fileName)}.xlsx`, bytes };
}

function download(file: XlsxFile): string {
  downloadBlobFile(file.fileName, new Blob([file.bytes], { type: XLSX_MIME }));
  return file.fileName;
}

/** Downloads one batch as .xlsx (cadre audience); resolves to the file name. */
export async function exportBatchXlsx(batchId: string): Promise<string> {
  return download(await buildBatchXlsx(getDatabase(), batchId, i18next.t));
}

/** Downloads the township's summary of `year` as .xlsx; resolves to the file name. */
export async function exportTownshipSummaryXlsx(
  townshipCode: string,
  year: number,
): Promise<string> {
  return download(await buildTownshipSummaryXlsx(getDatabase(), townshipCode, year, i18next.t));
}
