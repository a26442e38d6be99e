// The whole-sheet pass after the header: every data row checked (row-checks.ts), 合计 and
// 小计 rows recognised and compared with the lines above them instead of imported, and
// each person counted once: in this file, in the batch already, and in other batches of
// the same item and year (a household paid twice is the classic error of these lists).
import { formatFen, parseYuanToFen } from '../money';
import { normalizeWidth, stripSpaces } from '../text';
import { cellText } from './header-detection';
import type {
  ColumnMapping,
  ImportContext,
  ImportPreview,
  ImportProblem,
  SheetGrid,
} from './import-types';
import {
  checkRow,
  fieldColumns,
  isNonDataRow,
  type FieldColumns,
  type SheetRow,
} from './row-checks';

const TOTAL_ROW = /^(合计|总计|共计|小计|本页合计|本页小计|累计)/;
const SUBTOTAL_ROW = /^(小计|本页小计)/;

/** The rate in 分 of a batch standard such as "112.5元/亩" or "¥80"; null if not one number. */
export function parseBatchRate(rateText: string): number | null {
  const match = /^\s*[¥￥]?\s*([0-9０-９.,，．]+)\s*(元|$)/.exec(rateText);
  if (!match?.[1]) return null;
  const parsed = parseYuanToFen(match[1]);
  return parsed.ok && parsed.fen > 0 ? parsed.fen : null;
}

/** A 合计/小计 row: its first non-empty cell, or its name or group cell, says so. */
export function totalRowKind(row: SheetRow, columns: FieldColumns): 'total' | 'subtotal' | null {
  const candidates = [
    row.cells.find((cell) => cellText(cell) !== ''),
    columns.name === undefined ? null : row.cells[columns.name],
    columns.group === undefined ? null : row.cells[columns.group],
  ];
  for (const cell of candidates) {
    const text = stripSpaces(normalizeWidth(cellText(cell ?? null)));
    if (TOTAL_ROW.test(text)) return SUBTOTAL_ROW.test(text) ? 'subtotal' : 'total';
  }
  return null;
}

function isBlankRow(cells: readonly unknown[]): boolean {
  return cells.every((cell) => cellText(cell as SheetGrid[number][number]) === '');
}

/**
 * Check every row below `headerIndex` (0-based) with a complete mapping.
 * The preview lists every valid line and every problem by row and column.
 */
export function validateSheet(
  grid: SheetGrid,
  headerIndex: number,
  mapping: ColumnMapping,
  context: ImportContext,
): ImportPreview {
  const columns = fieldColumns(mapping);
  const problems: ImportProblem[] = [];
  const lines: ImportPreview['lines'] = [];
  const totalRows: number[] = [];
  const firstRowOfId = new Map<string, number>();
  let dataRowCount = 0;
  let sumSinceStart = 0;
  let sumSinceSubtotal = 0;

  for (let r = headerIndex + 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    if (isBlankRow(cells)) continue;
    const row: SheetRow = { row: r + 1, cells };
    const totalKind = totalRowKind(row, columns);
    if (totalKind !== null) {
      totalRows.push(row.row);
      const amountColumn = columns.amount;
      const stated =
        amountColumn === undefined
          ? null
          : checkRow(row, { amount: amountColumn }, null).sheetAmountFen;
      const sum = totalKind === 'subtotal' ? sumSinceSubtotal : sumSinceStart;
      if (stated !== null && stated !== sum) {
        problems.push({
          code: 'total-mismatch',
          row: row.row,
          column: amountColumn ?? null,
          params: { stated: formatFen(stated), sum: formatFen(sum) },
        });
      }
      sumSinceSubtotal = 0;
      continue;
    }
    if (isNonDataRow(row, columns)) continue;
    dataRowCount++;

    const result = checkRow(row, columns, context.batchRateFen, context.today);
    if (result.sheetAmountFen !== null) {
      sumSinceStart += result.sheetAmountFen;
      sumSinceSubtotal += result.sheetAmountFen;
    } else if (result.line) {
      sumSinceStart += result.line.amountFen;
      sumSinceSubtotal += result.line.amountFen;
    }
    const rowProblems = result.problems;
    if (result.idKey !== null) {
      const idColumn = columns.idNumber ?? null;
      const firstRow = firstRowOfId.get(result.idKey);
      const otherBatch = context.duplicates.inOtherBatches.get(result.idKey);
      if (firstRow !== undefined) {
        rowProblems.push({
          code: 'duplicate-in-file',
          row: row.row,
          column: idColumn,
          params: { firstRow },
        });
      } else {
        firstRowOfId.set(result.idKey, row.row);
      }
      if (context.duplicates.inThisBatch.has(result.idKey)) {
        rowProblems.push({ code: 'duplicate-in-batch', row: row.row, column: idColumn });
      }
      if (otherBatch !== undefined) {
        rowProblems.push({
          code: 'duplicate-in-other-batch',
          row: row.row,
          column: idColumn,
          params: { batch: otherBatch },
        });
      }
    }
    problems.push(...rowProblems);
    if (result.line && rowProblems.length === 0) lines.push(result.line);
  }

  return {
    headerRow: headerIndex + 1,
    headers: (grid[headerIndex] ?? []).map((cell) => cellText(cell)),
    mapping,
    dataRowCount,
    lines,
    problems,
    totalRows,
  };
}

/** Rows (1-based) with at least one problem, in order. */
export function rowsWithProblems(problems: readonly ImportProblem[]): number[] {
  return [...new Set(problems.filter((p) => p.code !== 'total-mismatch').map((p) => p.row))].sort(
    (a, b) => a - b,
  );
}
