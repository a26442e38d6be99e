// The import's work between "file chosen" and "preview shown", as plain functions: read
// the sheet, find its header, pick the column mapping (remembered, recognised, or asked
// for), check every row and compute each name's pinyin. The worker calls these; tests
// call them directly. Saving is not here (import-commands.ts).
import {
  findHeaderRow,
  headerSignature,
  isMappingComplete,
  missingRequiredFields,
  suggestMapping,
} from '../../domain/import/header-detection';
import type { ColumnUse, ImportField } from '../../domain/import/import-fields';
import { MAX_IMPORT_ROWS } from '../../domain/import/file-checks';
import type {
  ColumnMapping,
  FileErrorCode,
  ImportContext,
  ImportPreview,
  ImportedLine,
  SheetGrid,
} from '../../domain/import/import-types';
import { validateSheet } from '../../domain/import/sheet-validation';
import { namePinyin } from '../../domain/pinyin';
import { readSheet } from './read-sheet';

/** A valid line with its pinyin search text, as it will be saved. */
export interface PreparedLine extends ImportedLine {
  namePinyin: string;
}

export interface PreparedPreview extends Omit<ImportPreview, 'lines'> {
  lines: PreparedLine[];
  signature: string;
}

export interface MappingQuestion {
  signature: string;
  headerRow: number;
  headers: string[];
  /** a use per column; null where the cadre has to say what the column is */
  suggested: (ColumnUse | null)[];
  missing: ImportField[];
}

export type AnalysisResult =
  | { kind: 'file-error'; code: FileErrorCode; params?: Record<string, string | number> }
  | { kind: 'needs-mapping'; question: MappingQuestion }
  | { kind: 'preview'; preview: PreparedPreview };

/** A sheet read and its header found, kept between the mapping question and its answer. */
export interface LoadedSheet {
  grid: SheetGrid;
  headerIndex: number;
  signature: string;
}

export interface AnalyseOptions {
  /** mappings the cadre confirmed before, by header signature */
  remembered: Readonly<Record<string, ColumnMapping>>;
  context: ImportContext;
}

function withPinyin(preview: ImportPreview, signature: string): PreparedPreview {
  // Names repeat in a village (and a household head appears in several items' sheets).
  const known = new Map<string, string>();
  const pinyinOf = (name: string): string => {
    let value = known.get(name);
    if (value === undefined) {
      value = namePinyin(name);
      known.set(name, value);
    }
    return value;
  };
  return {
    ...preview,
    signature,
    lines: preview.lines.map((line) => ({ ...line, namePinyin: pinyinOf(line.name) })),
  };
}

/** Check the rows of a loaded sheet with a complete mapping. */
export function previewSheet(
  sheet: LoadedSheet,
  mapping: ColumnMapping,
  context: ImportContext,
): AnalysisResult {
  const preview = validateSheet(sheet.grid, sheet.headerIndex, mapping, context);
  if (preview.dataRowCount === 0) return { kind: 'file-error', code: 'no-data-rows' };
  return { kind: 'preview', preview: withPinyin(preview, sheet.signature) };
}

/** A remembered mapping still fits when it covers exactly the sheet's columns. */
function fits(mapping: ColumnMapping | undefined, width: number): mapping is ColumnMapping {
  return mapping !== undefined && mapping.length >= width && isMappingComplete(mapping);
}

/** From the file's bytes to a preview, or to the question the mapping step asks. */
export function analyseFile(
  fileName: string,
  bytes: Uint8Array,
  options: AnalyseOptions,
): { result: AnalysisResult; sheet: LoadedSheet | null } {
  const read = readSheet(fileName, bytes);
  if (!read.ok) {
    const result: AnalysisResult = read.params
      ? { kind: 'file-error', code: read.code, params: read.params }
      : { kind: 'file-error', code: read.code };
    return { result, sheet: null };
  }
  const guess = findHeaderRow(read.grid);
  if (!guess)
    return { result: { kind: 'file-error', code: 'no-recognisable-columns' }, sheet: null };
  const dataRows = read.grid.length - guess.rowIndex - 1;
  if (dataRows > MAX_IMPORT_ROWS + 5) {
    return {
      result: {
        kind: 'file-error',
        code: 'too-many-rows',
        params: { rows: dataRows, limit: MAX_IMPORT_ROWS },
      },
      sheet: null,
    };
  }
  const signature = headerSignature(guess.headers);
  const sheet: LoadedSheet = { grid: read.grid, headerIndex: guess.rowIndex, signature };

  const remembered = options.remembered[signature];
  if (fits(remembered, guess.headers.length)) {
    return { result: previewSheet(sheet, remembered, options.context), sheet };
  }
  const suggested = suggestMapping(guess);
  if (isMappingComplete(suggested)) {
    return { result: previewSheet(sheet, suggested, options.context), sheet };
  }
  return {
    result: {
      kind: 'needs-mapping',
      question: {
        signature,
        headerRow: guess.rowIndex + 1,
        headers: guess.headers,
        suggested,
        missing: missingRequiredFields(suggested),
      },
    },
    sheet,
  };
}
