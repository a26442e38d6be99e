import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIRST_PAGE_ROWS, paginateRows, ROWS_PER_PAGE, totalsOf } from './print-pagination';

const row = (amountFen: number, quantityCenti = 100, unit = '亩') => ({
  amountFen,
  quantityCenti,
  unit,
});

describe('paginateRows', () => {
  it.each([
    [0, [0]],
    [1, [1]],
    [FIRST_PAGE_ROWS, [FIRST_PAGE_ROWS]],
    [FIRST_PAGE_ROWS + 1, [FIRST_PAGE_ROWS, 1]],
    [FIRST_PAGE_ROWS + ROWS_PER_PAGE, [FIRST_PAGE_ROWS, ROWS_PER_PAGE]],
    [FIRST_PAGE_ROWS + 2 * ROWS_PER_PAGE + 5, [FIRST_PAGE_ROWS, ROWS_PER_PAGE, ROWS_PER_PAGE, 5]],
  ])('%i rows → pages of %j', (count, sizes) => {
    const rows = Array.from({ length: count }, (_, i) => row(i + 1));
    const { pages } = paginateRows(rows);
    expect(pages.map((page) => page.rows.length)).toEqual(sizes);
    expect(pages.map((page) => page.pageNumber)).toEqual(sizes.map((_, i) => i + 1));
  });

  it('gives each page the exact subtotal of its own rows', () => {
    const rows = [row(10_750), row(21_500), row(1), row(99_999), row(5)];
    const { pages, grandTotal } = paginateRows(rows, { firstPageRows: 2, rowsPerPage: 2 });
    expect(pages.map((page) => page.totals.amountFen)).toEqual([32_250, 100_000, 5]);
    expect(pages.map((page) => page.totals.households)).toEqual([2, 2, 1]);
    expect(grandTotal).toEqual({ households: 5, quantityCenti: 500, amountFen: 132_255 });
  });

  it('page subtotals always add up to the grand total, and no row is lost or repeated', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        (amounts, firstPageRows, rowsPerPage) => {
          const rows = amounts.map((amount) => row(amount));
          const { pages, grandTotal } = paginateRows(rows, { firstPageRows, rowsPerPage });
          expect(pages.flatMap((page) => page.rows)).toEqual(rows);
          expect(pages.reduce((sum, page) => sum + page.totals.amountFen, 0)).toBe(
            grandTotal.amountFen,
          );
          expect(grandTotal.amountFen).toBe(amounts.reduce((a, b) => a + b, 0));
        },
      ),
    );
  });

  it('refuses a page size that cannot print', () => {
    expect(() => paginateRows([], { firstPageRows: 0, rowsPerPage: 10 })).toThrow(RangeError);
    expect(() => paginateRows([], { firstPageRows: 10, rowsPerPage: 1.5 })).toThrow(RangeError);
  });
});

describe('totalsOf', () => {
  it('leaves out the quantity sum when units differ (亩 and 人 do not add up)', () => {
    expect(totalsOf([row(100, 150, '亩'), row(200, 100, '人')])).toEqual({
      households: 2,
      quantityCenti: null,
      amountFen: 300,
    });
  });
});
