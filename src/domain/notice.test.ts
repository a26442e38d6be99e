import { describe, expect, it } from 'vitest';
import { NOTICE_CATEGORIES, noticeSchema } from './notice';

const notice = {
  id: '01890a5d-ac96-774b-bcce-b302099a8057',
  version: 0,
  createdAt: 1_760_000_000_000,
  updatedAt: 1_760_000_000_000,
  villageCode: '360783101200',
  category: 'finance',
  type: 'finance-statement',
  title: '2025年第三季度财务收支公开',
  body: '<p>本季度收入……</p>',
  periodStart: '2025-10-15',
  periodEnd: '2025-10-24',
  attachments: [
    { sha256: 'b'.repeat(64), name: '收支表.pdf', mime: 'application/pdf', size: 200_000 },
  ],
  state: 'published',
  authorId: '01890a5d-ac96-774b-bcce-b302099a8058',
  submittedAt: 1_760_000_000_000,
  returnedReason: null,
  correctsId: null,
};

describe('noticeSchema', () => {
  it('accepts a valid notice', () => {
    expect(noticeSchema.parse(notice)).toEqual(notice);
  });

  it('knows the three affairs', () => {
    expect(NOTICE_CATEGORIES).toEqual(['party', 'village', 'finance']);
  });

  it.each([
    ['villageCode', '360783'],
    ['villageCode', 'abcdefghijkl'],
    ['category', 'other'],
    ['title', ''],
    ['periodStart', '2025-10-15T00:00'],
    ['attachments', new Array(21).fill(notice.attachments[0])],
    ['correctsId', 'old'],
  ])('refuses %s = %j', (field, value) => {
    expect(noticeSchema.safeParse({ ...notice, [field]: value }).success).toBe(false);
  });
});
