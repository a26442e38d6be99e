// The shared privacy scan's findings placed where a cadre or reviewer finds them: the
// header field, or the row, name and field of a line.
import { describe, expect, it } from 'vitest';
import { draftBatch } from '../../../test/fixtures/payout-fixtures';
import { makeFakeIdNumber } from '../../domain/fixtures-id';
import type { PayoutLine } from '../../domain/payout';
import { uuidv7 } from '../../domain/uuid';
import { placeBatchFindings } from './batch-finding-places';

const batch = draftBatch();
const ID = makeFakeIdNumber('360735', '1968-03-12', 113);

function line(name: string, overrides: Partial<PayoutLine> = {}): PayoutLine {
  return {
    id: uuidv7(),
    version: 0,
    createdAt: 1,
    updatedAt: 1,
    batchId: batch.id,
    villageCode: batch.villageCode,
    group: '第一组',
    name,
    namePinyin: '',
    // The ID and account columns hold numbers on purpose and are never reported.
    idNumber: ID,
    account: '6222021234567890128',
    quantityCenti: 100,
    unit: '亩',
    rateFen: 100,
    amountFen: 100,
    paidOn: null,
    remark: '',
    adjusted: false,
    adjustReason: '',
    ...overrides,
  };
}

describe('placeBatchFindings', () => {
  it.each([
    {
      case: 'a clean batch',
      basis: '赣财农〔2025〕12号',
      lines: [line('张三'), line('李四')],
      expected: [],
    },
    {
      case: 'a mobile number in the second line’s remark',
      basis: '赣财农〔2025〕12号',
      lines: [line('张三'), line('曾国华', { remark: '电话 13812345678' })],
      expected: [{ where: 'line', row: 2, name: '曾国华', field: 'remark', kind: 'mobile' }],
    },
    {
      case: 'an ID in the header and in a line’s adjustment reason',
      basis: `经办人 ${ID}`,
      lines: [line('张三', { adjusted: true, adjustReason: `代领人 ${ID}` })],
      expected: [
        { where: 'header', field: 'basis', kind: 'id-number' },
        { where: 'line', row: 1, name: '张三', field: 'adjustReason', kind: 'id-number' },
      ],
    },
  ])('$case', ({ basis, lines, expected }) => {
    const placed = placeBatchFindings({ ...batch, basis }, lines);
    expect(
      placed.map((p) =>
        p.where === 'header'
          ? { where: p.where, field: p.field, kind: p.finding.kind }
          : { where: p.where, row: p.row, name: p.name, field: p.field, kind: p.finding.kind },
      ),
    ).toEqual(expected);
  });
});
