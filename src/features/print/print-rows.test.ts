import { describe, expect, it } from 'vitest';
import { orderLinesForPrint, toPrintedRows } from './print-rows';
import { testBatch, testLines } from '../../../test/fixtures/print-fixtures';

describe('orderLinesForPrint', () => {
  it('orders by group number, not by character, then by entry order', () => {
    const batch = testBatch();
    const [a, b, c, d] = testLines(batch, 4);
    const lines = [
      { ...a!, group: '第三组', createdAt: 2 },
      { ...b!, group: '第十组', createdAt: 1 },
      { ...c!, group: '第三组', createdAt: 1 },
      { ...d!, group: '第一组', createdAt: 5 },
    ];
    expect(orderLinesForPrint(lines).map((l) => [l.group, l.createdAt])).toEqual([
      ['第一组', 5],
      ['第三组', 1],
      ['第三组', 2],
      ['第十组', 1],
    ]);
  });
});

describe('toPrintedRows (paper board audience)', () => {
  const batch = testBatch();
  const lines = testLines(batch, 7);

  it('prints no ID number or account for a name that appears once', () => {
    const rows = toPrintedRows(lines);
    expect(rows).toHaveLength(7);
    for (const row of rows) expect(row.idHint).toBeNull();
    const text = JSON.stringify(rows);
    for (const line of lines) {
      expect(text).not.toContain(line.idNumber);
      expect(text).not.toContain(line.account);
      expect(text).not.toContain(line.idNumber.slice(6, 14)); // the birth date
    }
  });

  it('prints names in the board form (full, DOMAIN.md §5) with the separator kept', () => {
    const names = toPrintedRows(lines).map((row) => row.name);
    expect(names).toContain('欧阳春生');
    expect(names).toContain('买买提·吐尔逊');
  });

  it('tells two people with the same name apart by first 6 + last 4 ID digits only', () => {
    const twins = testLines(batch, 8); // line 7 repeats the name of line 0 (赖国华)
    const rows = toPrintedRows(twins).filter((row) => row.name === '赖国华');
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.idHint).toMatch(/^360735\*{8}\d{3}[\dX]$/);
    }
    expect(rows[0]?.idHint).not.toBe(rows[1]?.idHint);
  });

  it('numbers rows 1…n in print order', () => {
    const rows = toPrintedRows(lines);
    expect(rows.map((row) => row.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rows.map((row) => row.group)).toEqual([
      '第一组',
      '第一组',
      '第二组',
      '第二组',
      '第三组',
      '第三组',
      '第十组',
    ]);
  });
});
