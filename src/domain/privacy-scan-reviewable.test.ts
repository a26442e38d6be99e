import { describe, expect, it } from 'vitest';
import { makeFakeBankAccount, makeFakeIdNumber } from './fixtures-id';
import {
  scanReviewable,
  type ScannableBatch,
  type ScannableLine,
  type ScannableNotice,
} from './privacy-scan-reviewable';

const NOTICE: ScannableNotice = {
  id: 'n1',
  title: '2025年第三季度财务收支公开',
  body: '本季度收入合计 12,500.00 元，监督电话 0797-5712345。',
  attachments: [],
  statement: { income: [{ id: 'i1', label: '上级转移支付', amountFen: 100 }], expense: [] },
};
const BATCH: ScannableBatch = {
  id: 'b1',
  item: '耕地地力保护补贴',
  basis: '赣财农〔2025〕12号',
  rateText: '107.5元/亩',
  unit: '亩',
  department: '石城县财政局',
  publisher: '小松村村民委员会',
};
const line = (id: string, overrides: Partial<ScannableLine> = {}): ScannableLine => ({
  id,
  group: '第三组',
  name: '曾国华',
  unit: '亩',
  remark: '',
  adjustReason: '',
  ...overrides,
});

describe('scanReviewable', () => {
  it('passes a clean notice and a clean batch', () => {
    expect(scanReviewable({ kind: 'notice', notice: NOTICE })).toEqual([]);
    expect(scanReviewable({ kind: 'batch', batch: BATCH, lines: [line('l1')] })).toEqual([]);
  });

  it.each([
    ['title', { title: '联系人手机13807971234' }, 'title', 'mobile', 5],
    [
      'body',
      { body: `请核对 ${makeFakeIdNumber('360735', '1965-05-12', 13)}` },
      'body',
      'id-number',
      4,
    ],
    [
      'an attachment name',
      {
        attachments: [
          {
            sha256: 'a'.repeat(64),
            name: '13807971234.jpg',
            mime: 'image/jpeg' as const,
            size: 10,
          },
        ],
      },
      'attachments.0.name',
      'mobile',
      0,
    ],
    [
      'a statement line',
      {
        statement: {
          income: [],
          expense: [{ id: 'e9', label: '付款至卡号 6222021234567890128', amountFen: 1 }],
        },
      },
      'statement.expense.e9.label',
      'bank-account',
      6,
    ],
  ])('finds personal data in a notice %s, with its place', (_where, change, field, kind, start) => {
    const findings = scanReviewable({ kind: 'notice', notice: { ...NOTICE, ...change } });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ recordKind: 'notice', recordId: 'n1', field, kind, start });
  });

  it('finds a line remark and a header field, each located by record and field', () => {
    const findings = scanReviewable({
      kind: 'batch',
      batch: { ...BATCH, publisher: '会计 13807971234' },
      lines: [line('l1'), line('l2', { remark: '卡号 6222021234567890128 已换' })],
    });
    expect(findings.map((f) => [f.recordKind, f.recordId, f.field])).toEqual([
      ['batch', 'b1', 'publisher'],
      ['line', 'l2', 'remark'],
    ]);
    const remark = '卡号 6222021234567890128 已换';
    const found = findings[1];
    expect(remark.slice(found?.start, found?.end)).toContain('6222021234567890128');
  });

  it('does not scan the ID number and account columns, which hold them on purpose', () => {
    const withNumbers = {
      ...line('l1'),
      idNumber: makeFakeIdNumber('360735', '1965-05-12', 13),
      account: makeFakeBankAccount(18),
    };
    expect(scanReviewable({ kind: 'batch', batch: BATCH, lines: [withNumbers] })).toEqual([]);
  });
});
