import { describe, expect, it } from 'vitest';
import {
  diffBatches,
  diffNotices,
  hasBatchChanges,
  hasNoticeChanges,
  type DiffableBatch,
  type DiffableLine,
  type DiffableNotice,
} from './review-diff';

const NOTICE: DiffableNotice = {
  category: 'finance',
  type: 'finance-statement',
  title: '2025年第三季度财务收支公开',
  body: '本季度收入合计 12,500.00 元。',
  periodStart: '2025-10-15',
  periodEnd: '2025-10-24',
  attachments: [],
  statement: {
    income: [{ id: 'i1', label: '上级转移支付', amountFen: 1_250_000 }],
    expense: [{ id: 'e1', label: '保洁工资', amountFen: 983_050 }],
  },
};

const BATCH: DiffableBatch = {
  year: 2025,
  item: '耕地地力保护补贴',
  basis: '赣财农〔2025〕12号',
  rateText: '107.5元/亩',
  unit: '亩',
  department: '石城县财政局',
  paidOn: '2025-06-30',
  publisher: '小松村村民委员会',
  hotline: '0797-5712345',
};

function line(id: string, name: string, idNumber: string, amountFen: number): DiffableLine {
  return {
    id,
    group: '第三组',
    name,
    idNumber,
    account: '6222021234567890128',
    quantityCenti: 520,
    unit: '亩',
    rateFen: 10750,
    amountFen,
    paidOn: '2025-06-30',
    remark: '',
    adjusted: false,
    adjustReason: '',
  };
}

describe('diffNotices', () => {
  it('shows nothing for the same content, whatever the key order', () => {
    const reordered = JSON.parse(JSON.stringify(NOTICE)) as DiffableNotice;
    const diff = diffNotices(NOTICE, { ...reordered });
    expect(hasNoticeChanges(diff)).toBe(false);
  });

  it('lists changed fields and statement entries added, removed and changed', () => {
    const corrected: DiffableNotice = {
      ...NOTICE,
      body: '本季度收入合计 12,600.00 元。',
      statement: {
        income: [
          { id: 'i1', label: '上级转移支付', amountFen: 1_260_000 },
          { id: 'i2', label: '租金', amountFen: 5_000 },
        ],
        expense: [],
      },
    };
    const diff = diffNotices(NOTICE, corrected);
    expect(diff.fields).toEqual([{ field: 'body', before: NOTICE.body, after: corrected.body }]);
    expect(diff.statement.map((c) => [c.side, c.id, c.change])).toEqual([
      ['income', 'i1', 'changed'],
      ['income', 'i2', 'added'],
      ['expense', 'e1', 'removed'],
    ]);
  });
});

describe('diffBatches', () => {
  const before = [
    line('a1', '曾国华', '360735196505121234', 55900),
    line('a2', '欧阳秀英', '360735197001011111', 30000),
    line('a3', '刘三', '', 10000),
  ];

  it('pairs the lines of a correction (new ids) by ID number, then by group and name', () => {
    const after = [
      line('b1', '曾国华', '360735196505121234', 50000), // amount corrected
      line('b3', '刘三', '', 10000), // unchanged, no ID number: paired by group + name
      line('b4', '钟明', '360735198002022222', 20000), // added
    ];
    const diff = diffBatches({ batch: BATCH, lines: before }, { batch: BATCH, lines: after });
    expect(diff.header).toEqual([]);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]?.before.id).toBe('a1');
    expect(diff.changed[0]?.after.id).toBe('b1');
    expect(diff.changed[0]?.fields).toEqual([{ field: 'amountFen', before: 55900, after: 50000 }]);
    expect(diff.added.map((l) => l.id)).toEqual(['b4']);
    expect(diff.removed.map((l) => l.id)).toEqual(['a2']);
    expect([diff.totalBeforeFen, diff.totalAfterFen]).toEqual([95900, 80000]);
  });

  it('pairs by id first and reports header changes', () => {
    const after = before.map((l) => (l.id === 'a2' ? { ...l, remark: '已补发' } : l));
    const diff = diffBatches(
      { batch: BATCH, lines: before },
      { batch: { ...BATCH, rateText: '108元/亩' }, lines: after },
    );
    expect(diff.header).toEqual([{ field: 'rateText', before: '107.5元/亩', after: '108元/亩' }]);
    expect(diff.changed.map((c) => [c.after.id, c.fields.map((f) => f.field)])).toEqual([
      ['a2', ['remark']],
    ]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
  });

  it('does not pair two households that share a name in the same group', () => {
    const twins = [line('a1', '王芳', '', 100), line('a2', '王芳', '', 200)];
    const after = [line('b1', '王芳', '', 100)];
    const diff = diffBatches({ batch: BATCH, lines: twins }, { batch: BATCH, lines: after });
    expect(diff.changed).toEqual([]);
    expect(diff.added.map((l) => l.id)).toEqual(['b1']);
    expect(diff.removed.map((l) => l.id)).toEqual(['a1', 'a2']);
    expect(hasBatchChanges(diff)).toBe(true);
  });
});
