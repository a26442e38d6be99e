import { describe, expect, it } from 'vitest';
import { makeFakeIdNumber } from '../fixtures-id';
import type { ColumnMapping, ImportContext, SheetGrid } from './import-types';
import { parseBatchRate, rowsWithProblems, validateSheet } from './sheet-validation';

const id = (seq: number) => makeFakeIdNumber('360735', '1970-01-01', seq);
const MAPPING: ColumnMapping = [
  'ignore',
  'group',
  'name',
  'idNumber',
  'quantity',
  'rate',
  'amount',
];
const NO_DUPLICATES: ImportContext = {
  batchRateFen: null,
  duplicates: { inThisBatch: new Set(), inOtherBatches: new Map() },
};

function sheet(...rows: SheetGrid): SheetGrid {
  return [
    ['2025年耕地地力保护补贴发放清册'],
    ['序号', '组别', '户主姓名', '身份证号码', '面积', '标准', '金额'],
    ...rows,
  ];
}

describe('validateSheet', () => {
  it('imports each data row and skips blank rows', () => {
    const preview = validateSheet(
      sheet(
        ['1', '第一组', '张三', id(1), '1', '100', '100'],
        [],
        ['2', '第一组', '李四', id(2), '2', '100', '200'],
      ),
      1,
      MAPPING,
      NO_DUPLICATES,
    );
    expect(preview.problems).toEqual([]);
    expect(preview.lines.map((l) => [l.row, l.name])).toEqual([
      [3, '张三'],
      [5, '李四'],
    ]);
    expect(preview.dataRowCount).toBe(2);
    expect(preview.headerRow).toBe(2);
  });

  it('does not import a 合计 row and checks its amount against the lines', () => {
    const rows = sheet(
      ['1', '第一组', '张三', id(1), '1', '100', '100'],
      ['2', '第一组', '李四', id(2), '2', '100', '200'],
      ['合计', '', '', '', '3', '', '310'],
    );
    const preview = validateSheet(rows, 1, MAPPING, NO_DUPLICATES);
    expect(preview.lines).toHaveLength(2);
    expect(preview.totalRows).toEqual([5]);
    expect(preview.problems).toEqual([
      { code: 'total-mismatch', row: 5, column: 6, params: { stated: '310.00', sum: '300.00' } },
    ]);
  });

  it('accepts a matching 合计 and per-group 小计 rows', () => {
    const rows = sheet(
      ['1', '第一组', '张三', id(1), '1', '100', '100'],
      ['小计', '', '', '', '', '', '100'],
      ['2', '第二组', '李四', id(2), '2', '100', '200'],
      ['小计', '', '', '', '', '', '200'],
      ['合 计', '', '', '', '', '', '300.00'],
    );
    const preview = validateSheet(rows, 1, MAPPING, NO_DUPLICATES);
    expect(preview.problems).toEqual([]);
    expect(preview.lines).toHaveLength(2);
  });

  it('flags a person twice in the file, already in the batch, or in another batch', () => {
    const context: ImportContext = {
      batchRateFen: null,
      duplicates: {
        inThisBatch: new Set([id(5)]),
        inOtherBatches: new Map([[id(6), '2025年耕地地力保护补贴']]),
      },
    };
    const preview = validateSheet(
      sheet(
        ['1', '', '张三', id(1), '1', '100', '100'],
        ['2', '', '张三', id(1), '1', '100', '100'],
        ['3', '', '王五', id(5), '1', '100', '100'],
        ['4', '', '赵六', id(6), '1', '100', '100'],
      ),
      1,
      MAPPING,
      context,
    );
    expect(preview.lines.map((l) => l.row)).toEqual([3]);
    expect(preview.problems).toEqual([
      { code: 'duplicate-in-file', row: 4, column: 3, params: { firstRow: 3 } },
      { code: 'duplicate-in-batch', row: 5, column: 3 },
      {
        code: 'duplicate-in-other-batch',
        row: 6,
        column: 3,
        params: { batch: '2025年耕地地力保护补贴' },
      },
    ]);
    expect(rowsWithProblems(preview.problems)).toEqual([4, 5, 6]);
  });

  it('skips note rows under the table (制表人, 审核人)', () => {
    const preview = validateSheet(
      sheet(['1', '', '张三', id(1), '1', '100', '100'], ['制表人：李会计', '', '审核人：王主任']),
      1,
      MAPPING,
      NO_DUPLICATES,
    );
    expect(preview.dataRowCount).toBe(1);
    expect(preview.problems).toEqual([]);
  });
});

describe('parseBatchRate', () => {
  it.each([
    ['112.5元/亩', 11250],
    ['￥80', 8000],
    ['１２０元／亩', 12000],
    ['按面积分档', null],
    ['', null],
  ] as const)('%j → %j', (text, fen) => {
    expect(parseBatchRate(text)).toBe(fen);
  });
});
