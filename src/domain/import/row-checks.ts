// One data row of a payout sheet → a line, or the list of what is wrong with it, by
// column. Reuses the ID, account and money rules of the domain, so an imported line is
// held to exactly what a typed line is. Duplicates and 合计 rows need the whole sheet
// and are sheet-validation.ts's.
import { upgradeId15, validateBankAccount, validateIdNumber } from '../identity';
import {
  computeAmountFen,
  formatFen,
  isAmountConsistent,
  parseQuantityCenti,
  parseYuanToFen,
} from '../money';
import { normalizeDigits, stripSpaces } from '../text';
import { cellText } from './header-detection';
import type { ImportField } from './import-fields';
import type { ColumnMapping, ImportedLine, ImportProblem, RawCell } from './import-types';

const MAX_NAME_LENGTH = 40;
const MAX_GROUP_LENGTH = 40;
const MAX_REMARK_LENGTH = 500;
/** One unit (1 人, 1 户) in hundredths: the quantity when a sheet has no quantity column. */
const ONE_UNIT_CENTI = 100;

/** Column index of each mapped field. */
export type FieldColumns = Partial<Record<ImportField, number>>;

export function fieldColumns(mapping: ColumnMapping): FieldColumns {
  const columns: FieldColumns = {};
  mapping.forEach((use, column) => {
    if (use !== 'ignore' && columns[use] === undefined) columns[use] = column;
  });
  return columns;
}

/** A row the checks read: its cells and its number as the spreadsheet shows it. */
export interface SheetRow {
  row: number;
  cells: readonly RawCell[];
}

export interface RowResult {
  line: ImportedLine | null;
  problems: ImportProblem[];
  /** the amount as the sheet gives it, if readable: 合计 rows are checked against these */
  sheetAmountFen: number | null;
  /** ID number in 18-digit form for duplicate checks, if valid */
  idKey: string | null;
}

function cellOf(row: SheetRow, column: number | undefined): RawCell {
  return column === undefined ? null : (row.cells[column] ?? null);
}

/** Names lose their alignment padding (an ideographic space in 张 三); minority names keep their ·. */
function cleanName(raw: string): string {
  const text = normalizeDigits(raw).trim();
  return /\p{Script=Han}/u.test(text) ? stripSpaces(text) : text.replace(/\s+/g, ' ');
}

function cleanText(raw: string): string {
  return normalizeDigits(raw).replace(/\s+/g, ' ').trim();
}

/** The amount a spreadsheet shows: for a number cell, its value rounded to the 分. */
function moneyText(cell: RawCell): string {
  if (cell !== null && typeof cell === 'object') {
    // Excel keeps 112.5 × 3.33 as 374.625 but shows 374.63: the shown value is what the
    // cadre checked. Round half up like the display does, then parse as text.
    return (Math.round(cell.value * 100 + 1e-9) / 100).toFixed(2);
  }
  return cellText(cell);
}

function quantityText(cell: RawCell): string {
  if (cell !== null && typeof cell === 'object') {
    return (Math.round(cell.value * 100 + 1e-9) / 100).toFixed(2);
  }
  return cellText(cell);
}

export function idKeyOf(normalizedId: string): string {
  return normalizedId.length === 15 ? upgradeId15(normalizedId) : normalizedId;
}

/** True when a row carries none of the values a line is made of (a note, a signature line). */
export function isNonDataRow(row: SheetRow, columns: FieldColumns): boolean {
  const keys: ImportField[] = ['idNumber', 'account', 'quantity', 'amount'];
  return keys.every((field) => cellText(cellOf(row, columns[field])) === '');
}

/**
 * Check one data row. `batchRateFen` stands in for a missing rate column.
 * Problems name the column so the preview can say "第 7 行 身份证号码".
 */
export function checkRow(
  row: SheetRow,
  columns: FieldColumns,
  batchRateFen: number | null,
  today?: string,
): RowResult {
  const problems: ImportProblem[] = [];
  const add = (
    code: ImportProblem['code'],
    field: ImportField | null,
    params?: ImportProblem['params'],
  ) => {
    const column = field === null ? null : (columns[field] ?? null);
    problems.push(params ? { code, row: row.row, column, params } : { code, row: row.row, column });
  };

  const name = cleanName(cellText(cellOf(row, columns.name)));
  if (name === '') add('missing-name', 'name');
  else if (name.length > MAX_NAME_LENGTH) add('name-too-long', 'name');

  const group = cleanText(cellText(cellOf(row, columns.group)));
  if (group.length > MAX_GROUP_LENGTH) add('text-too-long', 'group');
  const remark = cleanText(cellText(cellOf(row, columns.remark)));
  if (remark.length > MAX_REMARK_LENGTH) add('text-too-long', 'remark');

  let idNumber = '';
  let idKey: string | null = null;
  const idCell = cellOf(row, columns.idNumber);
  if (idCell !== null && typeof idCell === 'object') {
    // Stored as a number, it has at most 15 significant digits: never import it.
    add('id-stored-as-number', 'idNumber');
  } else {
    const result = validateIdNumber(cellText(idCell), today === undefined ? {} : { today });
    if (result.ok) {
      idNumber = result.normalized;
      idKey = idKeyOf(result.normalized);
    } else if (result.code === 'empty') add('missing-id', 'idNumber');
    else if (result.code === 'excel-mangled') add('id-stored-as-number', 'idNumber');
    else if (result.code === 'bad-checksum') add('id-bad-checksum', 'idNumber');
    else if (result.code === 'bad-length') add('id-bad-length', 'idNumber');
    else if (result.code === 'bad-birthdate') add('id-bad-birthdate', 'idNumber');
    else add('id-bad-format', 'idNumber');
  }

  let account = '';
  const accountCell = cellOf(row, columns.account);
  if (accountCell !== null && typeof accountCell === 'object') {
    add('account-stored-as-number', 'account');
  } else if (cellText(accountCell) !== '') {
    const result = validateBankAccount(cellText(accountCell));
    if (result.ok) account = result.normalized;
    else if (result.code === 'excel-mangled') add('account-stored-as-number', 'account');
    else if (result.code === 'bad-checksum') add('account-bad-checksum', 'account');
    else if (result.code === 'bad-length') add('account-bad-length', 'account');
    else add('account-bad-format', 'account');
  }

  let quantityCenti: number | null = ONE_UNIT_CENTI;
  if (columns.quantity !== undefined) {
    const parsed = parseQuantityCenti(quantityText(cellOf(row, columns.quantity)));
    quantityCenti = parsed.ok ? parsed.centi : null;
    if (!parsed.ok) add(parsed.code === 'empty' ? 'missing-quantity' : 'bad-quantity', 'quantity');
  }

  // Without a quantity column each line is one unit (one person, one household), so the
  // batch's standard per 亩 says nothing about it: the rate is then what the line got.
  let rateFen: number | null = columns.quantity === undefined ? null : batchRateFen;
  let hasRateProblem = false;
  if (columns.rate !== undefined) {
    const parsed = parseYuanToFen(moneyText(cellOf(row, columns.rate)).replace(/\/.*$/, ''));
    if (parsed.ok) rateFen = parsed.fen;
    else if (parsed.code !== 'empty') {
      add('bad-rate', 'rate');
      hasRateProblem = true;
    }
  }

  let amountFen: number | null = null;
  let sheetAmountFen: number | null = null;
  if (columns.amount !== undefined) {
    // An empty amount cell is reported, not filled in: a published amount must be one
    // the sheet states.
    const parsed = parseYuanToFen(moneyText(cellOf(row, columns.amount)));
    if (parsed.ok) amountFen = sheetAmountFen = parsed.fen;
    else add(parsed.code === 'empty' ? 'missing-amount' : 'bad-amount', 'amount');
  } else if (quantityCenti !== null && rateFen !== null) {
    amountFen = computeAmountFen(quantityCenti, rateFen);
  }

  if (quantityCenti !== null && amountFen !== null && !hasRateProblem) {
    if (rateFen === null) {
      // No rate anywhere: the rate is what one unit got, if that is exact to the 分.
      const derived = quantityCenti > 0 ? Math.round((amountFen * 100) / quantityCenti) : 0;
      if (quantityCenti > 0 && isAmountConsistent(quantityCenti, derived, amountFen)) {
        rateFen = derived;
      } else add('missing-rate', 'rate');
    } else if (!isAmountConsistent(quantityCenti, rateFen, amountFen)) {
      add('amount-mismatch', 'amount', {
        expected: formatFen(computeAmountFen(quantityCenti, rateFen)),
        actual: formatFen(amountFen),
      });
    }
  }

  const line: ImportedLine | null =
    problems.length === 0 && quantityCenti !== null && rateFen !== null && amountFen !== null
      ? { row: row.row, group, name, idNumber, account, quantityCenti, rateFen, amountFen, remark }
      : null;
  return {
    line,
    problems,
    sheetAmountFen,
    idKey,
  };
}
