import { describe, expect, it } from 'vitest';
import {
  fillMergedAreas,
  findHeaderRow,
  headerSignature,
  isMappingComplete,
  missingRequiredFields,
  suggestMapping,
} from './header-detection';
import type { SheetGrid } from './import-types';

const TITLE_ROWS: SheetGrid = [
  ['2025年耕地地力保护补贴发放清册', null, null, null],
  ['单位：琴江镇大畲村', null, null, '单位：元'],
  ['序号', '户主姓名', '身份证号码', '补贴金额（元）'],
  ['1', '张三', '360735199001011234', '112.50'],
];

describe('findHeaderRow', () => {
  it('skips title rows above the header', () => {
    const guess = findHeaderRow(TITLE_ROWS);
    expect(guess?.rowIndex).toBe(2);
    expect(guess?.recognised).toEqual(['ignore', 'name', 'idNumber', 'amount']);
  });

  it('finds nothing in a sheet without any column it knows', () => {
    expect(
      findHeaderRow([
        ['日期', '品名', '单价'.replace('单价', '规格')],
        ['1', '2', '3'],
      ]),
    ).toBeNull();
  });
});

describe('suggestMapping and completeness', () => {
  it('maps recognised columns and leaves unknown ones open', () => {
    const guess = findHeaderRow([['姓名', '身份证号', '金额', '地块编码', '']]);
    expect(guess).not.toBeNull();
    const suggested = suggestMapping(guess!);
    expect(suggested).toEqual(['name', 'idNumber', 'amount', null, 'ignore']);
    expect(isMappingComplete(suggested)).toBe(false);
  });

  it('a second column of the same field is asked about, not silently used', () => {
    const guess = findHeaderRow([['姓名', '身份证号', '金额', '发放金额']]);
    expect(suggestMapping(guess!)).toEqual(['name', 'idNumber', 'amount', null]);
  });

  it.each([
    [['name', 'idNumber', 'amount'], []],
    [['name', 'idNumber', 'quantity', 'rate'], []],
    [
      ['name', 'quantity'],
      ['idNumber', 'amount'],
    ],
    [['idNumber', 'amount'], ['name']],
  ] as const)('required fields of %j: missing %j', (mapping, missing) => {
    expect(missingRequiredFields(mapping)).toEqual(missing);
  });

  it('refuses a mapping that uses a field twice', () => {
    expect(isMappingComplete(['name', 'idNumber', 'amount', 'amount'])).toBe(false);
  });
});

describe('headerSignature', () => {
  it('is the same for the same template however it is spaced', () => {
    expect(headerSignature(['姓 名', '身份证号码', '金额（元）', '', ''])).toBe(
      headerSignature(['姓名', '身份证号码', '金额']),
    );
  });
});

describe('fillMergedAreas', () => {
  it('gives a group merged down over rows to each row', () => {
    const grid: SheetGrid = [
      ['第一组', '张三'],
      [null, '李四'],
      [null, '王五'],
    ];
    fillMergedAreas(grid, [{ startRow: 0, startColumn: 0, endRow: 2, endColumn: 0 }]);
    expect(grid.map((row) => row[0])).toEqual(['第一组', '第一组', '第一组']);
  });
});
