// Starting a correction (更正) of a published notice: the copy carries everything the
// cadre published, is a fresh draft pointing at the published one, is queued for sync in
// the same transaction, and is refused for anything that is not the latest published version.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandError, listOutbox, openDatabase, type AppDatabase } from '../../data';
import type { Notice } from '../../domain/notice';
import { uuidv7 } from '../../domain/uuid';
import { startNoticeCorrection } from './notice-commands';

const VILLAGE_CODE = '360735101200';
const T0 = 1_750_000_000_000;
const T1 = T0 + 86_400_000;
const cadreId = uuidv7(T0);
let db: AppDatabase;

beforeEach(() => {
  db = openDatabase(`notice-commands-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

function publishedNotice(overrides: Partial<Notice> = {}): Notice {
  return {
    id: uuidv7(T0),
    version: 12,
    createdAt: T0,
    updatedAt: T0,
    villageCode: VILLAGE_CODE,
    category: 'finance',
    type: 'finance-statement',
    title: '10月财务收支公开',
    body: '本月收支如下。',
    periodStart: '2025-11-03',
    periodEnd: '2025-11-11',
    attachments: [{ sha256: 'a'.repeat(64), name: '收据.jpg', mime: 'image/jpeg', size: 120_000 }],
    state: 'published',
    authorId: uuidv7(T0),
    submittedAt: T0,
    returnedReason: null,
    correctsId: null,
    statement: {
      income: [{ id: 'i1', label: '上级转移支付', amountFen: 3_500_000 }],
      expense: [{ id: 'e1', label: '办公费', amountFen: 185_050 }],
    },
    publishedAt: T0 + 1000,
    publishedSha256: 'b'.repeat(64),
    supersededById: null,
    proofs: [],
    ...overrides,
  };
}

async function refusal(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CommandError);
  return (error as CommandError).code;
}

describe('startNoticeCorrection', () => {
  it('copies the published content into a new draft that corrects it, queued in one go', async () => {
    const source = publishedNotice();
    await db.notices.add(source);

    const draft = await startNoticeCorrection(db, source.id, cadreId, T1);

    expect(draft.id).not.toBe(source.id);
    expect(draft.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(draft).toEqual({
      id: draft.id,
      version: 0,
      createdAt: T1,
      updatedAt: T1,
      villageCode: VILLAGE_CODE,
      category: source.category,
      type: source.type,
      title: source.title,
      body: source.body,
      // The corrected version is posted anew and runs its own notice period.
      periodStart: null,
      periodEnd: null,
      attachments: source.attachments,
      statement: source.statement,
      state: 'draft',
      authorId: cadreId,
      submittedAt: null,
      returnedReason: null,
      correctsId: source.id,
    });
    expect(await db.notices.get(draft.id)).toEqual(draft);
    // The published version is untouched: it stays on the board until the correction is.
    expect(await db.notices.get(source.id)).toEqual(source);

    const outbox = await listOutbox(db);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      name: 'notice.put',
      baseVersion: 0,
      args: { id: draft.id, correctsId: source.id, title: source.title, state: 'draft' },
    });
    // Publication fields are the server's: none of them travels with the copy.
    expect(outbox[0]?.args).not.toHaveProperty('publishedSha256');
  });

  it('returns the correction already under way instead of starting a second one', async () => {
    const source = publishedNotice();
    await db.notices.add(source);
    const first = await startNoticeCorrection(db, source.id, cadreId, T1);

    const again = await startNoticeCorrection(db, source.id, cadreId, T1 + 5);

    expect(again.id).toBe(first.id);
    expect(await db.notices.count()).toBe(2);
    expect(await listOutbox(db)).toHaveLength(1);
  });

  it.each([
    ['a draft', { state: 'draft' as const }, 'correction-target-invalid'],
    ['a notice under review', { state: 'checked' as const }, 'correction-target-invalid'],
    ['a replaced version', { supersededById: uuidv7(T1) }, 'superseded'],
  ])('refuses to correct %s and writes nothing', async (_name, overrides, code) => {
    const source = publishedNotice(overrides);
    await db.notices.add(source);

    expect(await refusal(startNoticeCorrection(db, source.id, cadreId, T1))).toBe(code);
    expect(await db.notices.count()).toBe(1);
    expect(await listOutbox(db)).toEqual([]);
  });

  it('refuses when a published correction already replaced it on this device', async () => {
    const source = publishedNotice();
    await db.notices.bulkAdd([
      source,
      publishedNotice({ id: uuidv7(T1), correctsId: source.id, title: '10月财务收支公开（更正）' }),
    ]);

    expect(await refusal(startNoticeCorrection(db, source.id, cadreId, T1))).toBe('superseded');
    expect(await listOutbox(db)).toEqual([]);
  });

  it('refuses a notice that is not on this device', async () => {
    expect(await refusal(startNoticeCorrection(db, uuidv7(T0), cadreId, T1))).toBe('not-found');
  });
});
