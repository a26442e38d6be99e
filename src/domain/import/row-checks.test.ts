import { describe, expect, it } from 'vitest';
import { makeFakeBankAccount, makeFakeIdNumber } from '../fixtures-id';
import type { ColumnMapping, RawCell } from './import-types';
import { checkRow, fieldColumns } from './row-checks';

const ID = makeFakeIdNumber('360735', '1968-03-12', 17);
const ACCOUNT = makeFakeBankAccount(42);
const MAPPING: ColumnMapping = [
  'group',
  'name',
  'idNumber',
  'account',
  'quantity',
  'rate',
  'amount',
];
const COLUMNS = fieldColumns(MAPPING);

function check(cells: RawCell[], batchRateFen: number | null = null) {
  return checkRow({ row: 7, cells }, COLUMNS, batchRateFen, '2026-01-01');
}

const GOOD: RawCell[] = ['第三组', '曾国华', ID, ACCOUNT, '3.33', '112.5', '374.63'];

describe('checkRow: a good row', () => {
  it('becomes a line in 分 and hundredths', () => {
    expect(check(GOOD)).toMatchObject({
      problems: [],
      line: {
        row: 7,
        group: '第三组',
        name: '曾国华',
        idNumber: ID,
        account: ACCOUNT,
        quantityCenti: 333,
        rateFen: 11250,
        amountFen: 37463,
      },
    });
  });

  it('normalises full-width digits and alignment spaces', () => {
    const fullWidthId = ID.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const result = check([
      '第３组',
      '张　三',
      fullWidthId,
      '',
      '３．３３',
      '１１２．５',
      '３７４．６３',
    ]);
    expect(result.problems).toEqual([]);
    expect(result.line).toMatchObject({
      group: '第3组',
      name: '张三',
      idNumber: ID,
      amountFen: 37463,
    });
  });

  it('takes amounts stored as numbers by their shown value', () => {
    const result = check([
      '',
      '李四',
      ID,
      '',
      { value: 3.33, text: '3.33' },
      { value: 112.5, text: '112.50' },
      { value: 374.625, text: '374.63' },
    ]);
    expect(result.line?.amountFen).toBe(37463);
  });
});

describe('checkRow: what is wrong, by column', () => {
  it.each([
    ['missing name', { 1: '' }, 'missing-name', 1],
    ['missing ID', { 2: '' }, 'missing-id', 2],
    ['ID in scientific notation', { 2: '3.60735E+17' }, 'id-stored-as-number', 2],
    ['ID whose last digits became zeros', { 2: `${ID.slice(0, 15)}000` }, 'id-stored-as-number', 2],
    [
      'ID cell stored as a number',
      { 2: { value: 360735196803120000, text: '3.60735E+17' } },
      'id-stored-as-number',
      2,
    ],
    [
      'ID with a wrong check digit',
      { 2: ID.slice(0, 17) + (ID[17] === '1' ? '2' : '1') },
      'id-bad-checksum',
      2,
    ],
    ['ID too short', { 2: '36073519680312' }, 'id-bad-length', 2],
    [
      'account stored as a number',
      { 3: { value: 6.2e18, text: '6.2E+18' } },
      'account-stored-as-number',
      3,
    ],
    [
      'account with a wrong check digit',
      { 3: ACCOUNT.slice(0, -1) + String((Number(ACCOUNT.slice(-1)) + 1) % 10) },
      'account-bad-checksum',
      3,
    ],
    ['unreadable quantity', { 4: '三亩' }, 'bad-quantity', 4],
    ['missing amount', { 6: '' }, 'missing-amount', 6],
    ['unreadable amount', { 6: '1,2' }, 'bad-amount', 6],
    ['amount ≠ quantity × rate', { 6: '400.00' }, 'amount-mismatch', 6],
  ] as const)('%s', (_what, changes, code, column) => {
    const cells = [...GOOD];
    for (const [index, value] of Object.entries(changes)) cells[Number(index)] = value as RawCell;
    const result = check(cells);
    expect(result.line).toBeNull();
    expect(result.problems).toContainEqual(expect.objectContaining({ code, row: 7, column }));
  });

  it('says what the amount should be', () => {
    const cells = [...GOOD];
    cells[6] = '400';
    expect(check(cells).problems).toEqual([
      {
        code: 'amount-mismatch',
        row: 7,
        column: 6,
        params: { expected: '374.63', actual: '400.00' },
      },
    ]);
  });
});

describe('checkRow: sheets without some columns', () => {
  it('uses the batch rate when the sheet has no rate column', () => {
    const columns = fieldColumns(['name', 'idNumber', 'quantity', 'amount']);
    const result = checkRow({ row: 3, cells: ['张三', ID, '2', '225'] }, columns, 11250);
    expect(result.line).toMatchObject({ quantityCenti: 200, rateFen: 11250, amountFen: 22500 });
  });

  it('counts one unit per person when there is no quantity column', () => {
    const columns = fieldColumns(['name', 'idNumber', 'amount']);
    const result = checkRow({ row: 3, cells: ['张三', ID, '374.63'] }, columns, 11250);
    expect(result.line).toMatchObject({ quantityCenti: 100, rateFen: 37463, amountFen: 37463 });
  });

  it('computes the amount from quantity × rate when there is no amount column', () => {
    const columns = fieldColumns(['name', 'idNumber', 'quantity', 'rate']);
    const result = checkRow({ row: 3, cells: ['张三', ID, '1.5', '100'] }, columns, null);
    expect(result.line?.amountFen).toBe(15000);
  });
});
