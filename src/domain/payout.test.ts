import { describe, expect, it } from 'vitest';
import { makeFakeBankAccount, makeFakeIdNumber } from './fixtures-id';
import { payoutBatchSchema, payoutLineSchema } from './payout';

const BATCH_ID = '01890a5d-ac96-774b-bcce-b302099a8057';
const AUTHOR_ID = '01890a5d-ac96-774b-bcce-b302099a8058';

const batch = {
  id: BATCH_ID,
  version: 0,
  createdAt: 1_760_000_000_000,
  updatedAt: 1_760_000_000_000,
  villageCode: '360735101201',
  year: 2025,
  item: '耕地地力保护补贴',
  basis: '赣财农〔2025〕12号',
  rateText: '112.5元/亩',
  unit: '亩',
  department: '石城县财政局',
  paidOn: '2025-10-20',
  publisher: '罗源村民委员会',
  hotline: '0797-1234567',
  state: 'draft',
  authorId: AUTHOR_ID,
  submittedAt: null,
  returnedReason: null,
  correctsId: null,
};

const line = {
  id: '01890a5d-ac96-774b-bcce-b302099a8059',
  version: 3,
  createdAt: 1_760_000_000_000,
  updatedAt: 1_760_000_100_000,
  batchId: BATCH_ID,
  villageCode: '360735101201',
  group: '第三组',
  name: '欧阳明华',
  namePinyin: 'ou yang ming hua|oymh',
  idNumber: makeFakeIdNumber('360735', '1968-05-04', 11),
  account: makeFakeBankAccount(1),
  quantityCenti: 250,
  unit: '亩',
  rateFen: 11250,
  amountFen: 28125,
  paidOn: '2025-10-20',
  remark: '',
  adjusted: false,
  adjustReason: '',
};

describe('payoutBatchSchema', () => {
  it('accepts a valid draft batch', () => {
    expect(payoutBatchSchema.parse(batch)).toEqual(batch);
  });

  it.each([
    ['villageCode', '360735101'],
    ['villageCode', '36073510120１'],
    ['year', 1999],
    ['year', 2025.5],
    ['item', ''],
    ['state', 'approved'],
    ['paidOn', '2025/10/20'],
    ['authorId', 'someone'],
    ['version', -1],
  ])('refuses %s = %j', (field, value) => {
    expect(payoutBatchSchema.safeParse({ ...batch, [field]: value }).success).toBe(false);
  });
});

describe('payoutLineSchema', () => {
  it('accepts a valid line', () => {
    expect(payoutLineSchema.parse(line)).toEqual(line);
  });

  it.each([
    ['villageCode', '3607351012011'],
    ['amountFen', 281.25], // money is integer 分, never 元 with decimals
    ['amountFen', -1],
    ['quantityCenti', 2.5],
    ['rateFen', '11250'],
    ['idNumber', '3607351968050401123'],
    ['account', '62170012345678901234'],
    ['name', ''],
    ['batchId', ''],
  ])('refuses %s = %j', (field, value) => {
    expect(payoutLineSchema.safeParse({ ...line, [field]: value }).success).toBe(false);
  });
});
