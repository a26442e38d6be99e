// Writes a workbook from plain rows. SheetJS is large, so it is imported here, lazily, on
// the first export only: the print screen and the reviewer screen load without it, and
// the service worker precaches the chunk so exporting works offline too.

/** A cell: text, a number, or empty. */
export type Cell = string | number | null;

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** Excel number format per column index, e.g. '#,##0.00' for amounts in 元 */
  numberFormats?: Record<number, string>;
  /** column widths in characters */
  widths?: number[];
  /** cell ranges to merge, [row, col, lastRow, lastCol] (a title across the table) */
  merges?: [number, number, number, number][];
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Amounts in 元 with two decimals and thousands separators, kept as numbers so sums work. */
export const YUAN_FORMAT = '#,##0.00';
export const QUANTITY_FORMAT = '0.00';

/** 分 → 元 as a number (123450 → 1234.5, shown as 1,234.50 by YUAN_FORMAT). */
export function fenToYuan(fen: number): number {
  return fen / 100;
}

/** The .xlsx file's bytes. */
export async function writeXlsx(sheets: SheetSpec[]): Promise<ArrayBuffer> {
  const XLSX = await import('@e965/xlsx');
  const workbook = XLSX.utils.book_new();
  for (const sheet of sheets) {
    const worksheet = XLSX.utils.aoa_to_sheet(sheet.rows);
    for (const [col, format] of Object.entries(sheet.numberFormats ?? {})) {
      sheet.rows.forEach((row, r) => {
        const cell = worksheet[XLSX.utils.encode_cell({ r, c: Number(col) })] as
          { t: string; z?: string } | undefined;
        if (cell?.t === 'n') cell.z = format;
      });
    }
    if (sheet.widths) worksheet['!cols'] = sheet.widths.map((wch) => ({ wch }));
    if (sheet.merges) {
      worksheet['!merges'] = sheet.merges.map(([r, c, r2, c2]) => ({
        s: { r, c },
        e: { r: r2, c: c2 },
      }));
    }
    XLSX.utils.book_append_sheet(workbook, worksheet, sheet.name.slice(0, 31));
  }
  return XLSX.write(workbook, {
    type: 'array',
    bookType: 'xlsx',
    compression: true,
  }) as ArrayBuffer;
}

/** Characters Windows and Android refuse in a file name become "_". */
export function safeFileName(name: string): string {
  return Array.from(name, (c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .trim();
}
