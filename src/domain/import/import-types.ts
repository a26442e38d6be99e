// Shapes shared by the import steps: the sheet as a grid of raw cells, the column
// mapping, the problems found (codes, never text: the screen words them) and the
// preview the cadre decides on. Nothing here touches files, workers or the database.
import type { ColumnUse } from './import-fields';

/**
 * A cell the spreadsheet stored as a number. `text` is what Excel shows (it may be
 * "3.60735E+17"); an ID or account that arrives as a number has already lost digits.
 */
export interface NumericCell {
  value: number;
  text: string;
}

export type RawCell = string | NumericCell | null;

/** Rows of cells, top to bottom, merged areas already filled in. */
export type SheetGrid = RawCell[][];

/** One use per column of the header row, by column index. */
export type ColumnMapping = ColumnUse[];

/** Why a whole file is refused; nothing is saved. */
export type FileErrorCode =
  | 'empty-file'
  | 'too-large'
  | 'too-many-rows'
  | 'not-a-spreadsheet'
  | 'unsupported-type'
  | 'unreadable'
  | 'no-recognisable-columns'
  | 'no-data-rows';

/** What is wrong in one cell or row. */
export type ProblemCode =
  | 'missing-name'
  | 'name-too-long'
  | 'missing-id'
  | 'id-stored-as-number'
  | 'id-bad-checksum'
  | 'id-bad-length'
  | 'id-bad-format'
  | 'id-bad-birthdate'
  | 'account-stored-as-number'
  | 'account-bad-checksum'
  | 'account-bad-length'
  | 'account-bad-format'
  | 'missing-quantity'
  | 'bad-quantity'
  | 'missing-amount'
  | 'bad-amount'
  | 'bad-rate'
  | 'missing-rate'
  | 'amount-mismatch'
  | 'text-too-long'
  | 'duplicate-in-file'
  | 'duplicate-in-batch'
  | 'duplicate-in-other-batch'
  | 'total-mismatch';

export interface ImportProblem {
  code: ProblemCode;
  /** row number as the spreadsheet shows it (1-based) */
  row: number;
  /** 0-based column index, null when the problem is the row as a whole */
  column: number | null;
  /** values for the sentence: expected amount, first row of a duplicate, batch title … */
  params?: Record<string, string | number>;
}

/** A row that passed every check, ready to become a payout line. */
export interface ImportedLine {
  row: number;
  group: string;
  name: string;
  idNumber: string;
  account: string;
  quantityCenti: number;
  rateFen: number;
  amountFen: number;
  remark: string;
}

export interface ImportPreview {
  /** header row (1-based) and its cells as text, for column names in the problem list */
  headerRow: number;
  headers: string[];
  mapping: ColumnMapping;
  /** rows that looked like data (totals and blank rows not counted) */
  dataRowCount: number;
  lines: ImportedLine[];
  problems: ImportProblem[];
  /** 合计 / 小计 rows found, checked against the lines above them */
  totalRows: number[];
}

/** Who else already has a line for an ID number (15-digit numbers upgraded to 18). */
export interface DuplicateContext {
  /** ID numbers of lines already in the batch being imported into */
  inThisBatch: ReadonlySet<string>;
  /** ID number → title of another batch of the same item and year, e.g. "2025年耕地地力保护补贴" */
  inOtherBatches: ReadonlyMap<string, string>;
}

/** What the rows are checked against: the batch's unit rate when the sheet has none. */
export interface ImportContext {
  /** rate of the batch in 分, or null when its standard is not one number */
  batchRateFen: number | null;
  duplicates: DuplicateContext;
  /** 'YYYY-MM-DD', so a birth date in the future is refused */
  today?: string;
}
