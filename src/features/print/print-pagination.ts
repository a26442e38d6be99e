// Page breaks of the printed notice, computed here rather than left to the browser, so
// each page's subtotal (本页小计) is exact and the same on every printer: a resident
// adds up one sheet of the board and gets the number printed at its foot.
// The row budget fits A4 landscape at the row height print.css fixes (no row wraps), with
// about a sixth of the page to spare for taller fonts on other systems; the first page
// holds fewer rows because the title, header fields and QR code sit on it.

/** Rows on the first page, below the title, header fields and QR code. */
export const FIRST_PAGE_ROWS = 14;
/** Rows on every later page. */
export const ROWS_PER_PAGE = 20;

export interface PaginationOptions {
  firstPageRows: number;
  rowsPerPage: number;
}

export interface RowAmounts {
  quantityCenti: number;
  unit: string;
  amountFen: number;
}

export interface Totals {
  /** printed rows: households or persons */
  households: number;
  /** sum of quantities, or null when the rows mix units (亩 and 人 do not add up) */
  quantityCenti: number | null;
  amountFen: number;
}

export interface PrintedPageData<T> {
  /** 1-based */
  pageNumber: number;
  rows: T[];
  totals: Totals;
}

export interface Pagination<T> {
  pages: PrintedPageData<T>[];
  grandTotal: Totals;
}

/** Totals of rows; integer arithmetic only (分 and hundredths of a unit). */
export function totalsOf(rows: readonly RowAmounts[]): Totals {
  let quantityCenti = 0;
  let amountFen = 0;
  const units = new Set<string>();
  for (const row of rows) {
    quantityCenti += row.quantityCenti;
    amountFen += row.amountFen;
    units.add(row.unit);
  }
  if (!Number.isSafeInteger(amountFen)) throw new RangeError('amount total overflows');
  return {
    households: rows.length,
    quantityCenti: units.size <= 1 ? quantityCenti : null,
    amountFen,
  };
}

/**
 * Splits rows into printed pages: `firstPageRows` on page 1, `rowsPerPage` after. An
 * empty list still prints one page (the header and a zero total).
 */
export function paginateRows<T extends RowAmounts>(
  rows: readonly T[],
  options: PaginationOptions = { firstPageRows: FIRST_PAGE_ROWS, rowsPerPage: ROWS_PER_PAGE },
): Pagination<T> {
  const { firstPageRows, rowsPerPage } = options;
  if (!(Number.isInteger(firstPageRows) && firstPageRows > 0)) {
    throw new RangeError('firstPageRows must be a positive integer');
  }
  if (!(Number.isInteger(rowsPerPage) && rowsPerPage > 0)) {
    throw new RangeError('rowsPerPage must be a positive integer');
  }
  const pages: PrintedPageData<T>[] = [];
  let start = 0;
  do {
    const size = pages.length === 0 ? firstPageRows : rowsPerPage;
    const pageRows = rows.slice(start, start + size);
    pages.push({ pageNumber: pages.length + 1, rows: pageRows, totals: totalsOf(pageRows) });
    start += size;
  } while (start < rows.length);
  return { pages, grandTotal: totalsOf(rows) };
}
