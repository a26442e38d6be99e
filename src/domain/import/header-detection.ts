// Finding the header in a messy sheet: title rows above it ("2025年耕地地力保护补贴发放
// 清册", a village name, a date), merged cells, and header names in their local variants.
// Also what a remembered mapping is keyed by (the header signature) and which fields a
// mapping must have before rows can be read.
import { normalizeHeader, recognizeHeader, type ImportField } from './import-fields';
import type { ColumnMapping, RawCell, SheetGrid } from './import-types';

/** Title rows seen above headers are few; a header further down is not one we look for. */
export const HEADER_SCAN_ROWS = 30;

/** The text of a cell as the cadre sees it, trimmed. */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return (typeof cell === 'string' ? cell : cell.text).trim();
}

export interface MergedArea {
  /** 0-based, inclusive */
  startRow: number;
  startColumn: number;
  endRow: number;
  endColumn: number;
}

/**
 * Copy the value of each merged area into all its cells: a 组别 merged down over ten rows
 * belongs to each of the ten households. Changes `grid` in place.
 */
export function fillMergedAreas(grid: SheetGrid, areas: readonly MergedArea[]): void {
  for (const area of areas) {
    const value = grid[area.startRow]?.[area.startColumn] ?? null;
    if (value === null) continue;
    for (let r = area.startRow; r <= area.endRow && r < grid.length; r++) {
      const row = grid[r];
      if (!row) continue;
      for (let c = area.startColumn; c <= area.endColumn; c++) {
        if (r === area.startRow && c === area.startColumn) continue;
        if (row[c] === null || row[c] === undefined || cellText(row[c]) === '') row[c] = value;
      }
    }
  }
}

export interface HeaderGuess {
  /** 0-based index into the grid */
  rowIndex: number;
  headers: string[];
  /** recognised uses; null where the header is not a name we know (or empty) */
  recognised: (ReturnType<typeof recognizeHeader> | null)[];
}

/**
 * The header row: among the first rows, the one naming the most distinct fields we know
 * (the first such row on a tie). Null when no row names any field.
 */
export function findHeaderRow(grid: SheetGrid): HeaderGuess | null {
  let best: HeaderGuess | null = null;
  let bestScore = 0;
  const limit = Math.min(grid.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const headers = (grid[r] ?? []).map((cell) => cellText(cell));
    const recognised = headers.map((h) => recognizeHeader(h));
    const fields = new Set(recognised.filter((use) => use !== null && use !== 'ignore'));
    if (fields.size > bestScore) {
      bestScore = fields.size;
      best = { rowIndex: r, headers, recognised };
    }
  }
  return best;
}

/**
 * A mapping from recognised headers: each field goes to its first column; a later column
 * with the same field (a second 金额 for another year) and unknown headers are left open.
 * Open columns are `null` so the mapping step can ask about them.
 */
export function suggestMapping(guess: HeaderGuess): (ColumnMapping[number] | null)[] {
  const taken = new Set<string>();
  return guess.recognised.map((use, column) => {
    if (use === null) return (guess.headers[column] ?? '') === '' ? 'ignore' : null;
    if (use === 'ignore') return 'ignore';
    if (taken.has(use)) return null;
    taken.add(use);
    return use;
  });
}

/**
 * Key under which a confirmed mapping is remembered: the normalised header names in order.
 * The same township template next year gives the same signature, so it is not asked again.
 */
export function headerSignature(headers: readonly string[]): string {
  const names = headers.map((h) => normalizeHeader(h));
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  return names.join('|');
}

/** Fields without which no line can be built. Quantity and rate are optional (1 unit). */
export function missingRequiredFields(mapping: readonly (string | null)[]): ImportField[] {
  const has = (field: ImportField) => mapping.includes(field);
  const missing: ImportField[] = [];
  if (!has('name')) missing.push('name');
  if (!has('idNumber')) missing.push('idNumber');
  if (!has('amount') && !(has('quantity') && has('rate'))) missing.push('amount');
  return missing;
}

/** A mapping is complete when every column has a use and no field is used twice. */
export function isMappingComplete(
  mapping: readonly (ColumnMapping[number] | null)[],
): mapping is ColumnMapping {
  if (mapping.some((use) => use === null)) return false;
  const fields = mapping.filter((use) => use !== 'ignore');
  return new Set(fields).size === fields.length && missingRequiredFields(mapping).length === 0;
}
