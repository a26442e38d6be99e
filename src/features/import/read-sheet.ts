// Bytes of an .xlsx/.xls/.csv → the first non-empty sheet as a grid of raw cells, with
// merged areas filled in. Runs inside the import worker only: it holds the spreadsheet
// library, which the rest of the app never loads. The size and row caps are checked
// before the heavy work (the row cap on a CSV before parsing it, on a workbook through
// the library's row limit), so a 100,000-row sheet is refused instead of freezing a phone.
import * as XLSX from '@e965/xlsx';
import { HEADER_SCAN_ROWS, fillMergedAreas } from '../../domain/import/header-detection';
import { MAX_IMPORT_ROWS, checkFile, countLines, decodeCsv } from '../../domain/import/file-checks';
import type { FileErrorCode, RawCell, SheetGrid } from '../../domain/import/import-types';

export type ReadSheetResult =
  | { ok: true; grid: SheetGrid; encoding: 'utf-8' | 'gb18030' | null }
  | { ok: false; code: FileErrorCode; params?: Record<string, string | number> };

/** Rows read at most: the cap, plus room for title rows and a 合计 row. */
const ROWS_READ = MAX_IMPORT_ROWS + HEADER_SCAN_ROWS + 5;

function toRawCell(cell: XLSX.CellObject | undefined): RawCell {
  if (!cell || cell.t === 'z' || cell.v === undefined || cell.v === null) return null;
  if (cell.t === 'n' && typeof cell.v === 'number') {
    return { value: cell.v, text: cell.w ?? String(cell.v) };
  }
  if (cell.t === 's') return String(cell.v);
  if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE';
  return cell.w ?? String(cell.v);
}

function rowCountOf(sheet: XLSX.WorkSheet): number {
  const ref = sheet['!fullref'] ?? sheet['!ref'];
  if (!ref) return 0;
  const range = XLSX.utils.decode_range(ref);
  return range.e.r + 1;
}

function gridOf(sheet: XLSX.WorkSheet): SheetGrid {
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  const grid: SheetGrid = [];
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    const row: RawCell[] = [];
    if (source) for (let c = 0; c < source.length; c++) row.push(toRawCell(source[c]));
    grid.push(row);
  }
  fillMergedAreas(
    grid,
    (sheet['!merges'] ?? []).map((m) => ({
      startRow: m.s.r,
      startColumn: m.s.c,
      endRow: m.e.r,
      endColumn: m.e.c,
    })),
  );
  return grid;
}

function hasContent(sheet: XLSX.WorkSheet): boolean {
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  return data.some((row) => row?.some((cell) => toRawCell(cell) !== null));
}

/** Read the spreadsheet in `bytes` (a file called `fileName`). */
export function readSheet(fileName: string, bytes: Uint8Array): ReadSheetResult {
  const check = checkFile(fileName, bytes.byteLength, bytes.subarray(0, 512));
  if (!check.ok) return check;

  let workbook: XLSX.WorkBook;
  let encoding: 'utf-8' | 'gb18030' | null = null;
  try {
    if (check.kind === 'csv') {
      const decoded = decodeCsv(bytes);
      encoding = decoded.encoding;
      if (decoded.text.trim() === '') return { ok: false, code: 'empty-file' };
      const lineCount = countLines(decoded.text);
      if (lineCount > ROWS_READ) {
        return {
          ok: false,
          code: 'too-many-rows',
          params: { rows: lineCount, limit: MAX_IMPORT_ROWS },
        };
      }
      // raw: every cell stays the text it was; the library would otherwise turn a long
      // ID into a number and lose its last digits, the very damage we look for.
      workbook = XLSX.read(decoded.text, { type: 'string', raw: true, dense: true });
    } else {
      workbook = XLSX.read(bytes, {
        type: 'array',
        dense: true,
        sheetRows: ROWS_READ + 1,
        // No formatted text per number cell: formatting every amount cost about a fifth of
        // the read, and the checks use the numbers themselves.
        cellText: false,
        cellFormula: false,
        cellHTML: false,
        cellStyles: false,
      });
    }
  } catch {
    return { ok: false, code: 'unreadable' };
  }

  const sheet = workbook.SheetNames.map((name) => workbook.Sheets[name]).find(
    (s): s is XLSX.WorkSheet => s !== undefined && hasContent(s),
  );
  if (!sheet) return { ok: false, code: 'empty-file' };
  const rows = rowCountOf(sheet);
  if (rows > ROWS_READ) {
    return { ok: false, code: 'too-many-rows', params: { rows, limit: MAX_IMPORT_ROWS } };
  }
  return { ok: true, grid: gridOf(sheet), encoding };
}
