// Published and draft items written straight into the server tables for the public-route
// tests, with a review trail whose approval dates the notice period. The records carry
// everything a real one does (full ID numbers, accounts, phone numbers in remarks), so a
// test can prove none of it reaches a public answer.
import { makeFakeBankAccount, makeFakeIdNumber } from '../../domain/fixtures-id';
import type { Notice } from '../../domain/notice';
import type { PayoutBatch, PayoutLine } from '../../domain/payout';
import { uuidv7 } from '../../domain/uuid';
import type { Storage } from '../db/storage';

export interface FixturePerson {
  name: string;
  namePinyin: string;
  idNumber: string;
  account: string;
}

export const FIXTURE_PEOPLE: FixturePerson[] = [
  ['曾国华', 'zeng guo hua|zgh|ceng guo hua|cgh'],
  ['欧阳秀英', 'ou yang xiu ying|oyxy'],
  ['赖春生', 'lai chun sheng|lcs'],
  ['赖春生', 'lai chun sheng|lcs'],
].map(([name, namePinyin], i) => ({
  name: name ?? '',
  namePinyin: namePinyin ?? '',
  idNumber: makeFakeIdNumber('360735', `19${50 + i}-03-1${i}`, 100 + i),
  account: makeFakeBankAccount(7000 + i),
}));

export const SECRET_PHONE = '13807971234';

interface ItemOptions {
  villageCode: string;
  state: 'draft' | 'published';
  approvedAt: number;
  item?: string;
}

async function addApproval(
  storage: Storage,
  kind: 'batch' | 'notice',
  itemId: string,
  villageCode: string,
  at: number,
): Promise<void> {
  await storage.db
    .insertInto('review_steps')
    .values({
      id: uuidv7(at),
      item_kind: kind,
      item_id: itemId,
      village_code: villageCode,
      action: 'approve',
      at,
      version: 1,
      deleted: 0,
      record: '{}',
    })
    .execute();
}

/** A payout batch with one line per fixture person; returns its id. */
export async function insertBatch(storage: Storage, options: ItemOptions): Promise<string> {
  const id = uuidv7(options.approvedAt);
  const batch: PayoutBatch = {
    id,
    version: 1,
    createdAt: options.approvedAt,
    updatedAt: options.approvedAt,
    villageCode: options.villageCode,
    year: 2025,
    item: options.item ?? (options.state === 'draft' ? '草稿补贴项目' : '耕地地力保护补贴'),
    basis: '赣财农〔2025〕12号',
    rateText: '107.5元/亩',
    unit: '亩',
    department: '石城县财政局',
    paidOn: '2025-06-28',
    publisher: '小松村村民委员会',
    hotline: '0797-5712345',
    state: options.state,
    authorId: 'author',
    submittedAt: options.approvedAt,
    returnedReason: null,
    correctsId: null,
  };
  await storage.db
    .insertInto('batches')
    .values({
      id,
      village_code: options.villageCode,
      state: options.state,
      author_id: 'author',
      version: 1,
      deleted: 0,
      record: JSON.stringify(batch),
    })
    .execute();
  const lines: PayoutLine[] = FIXTURE_PEOPLE.map((person, i) => ({
    id: uuidv7(options.approvedAt + i + 1),
    version: 1,
    createdAt: options.approvedAt,
    updatedAt: options.approvedAt,
    batchId: id,
    villageCode: options.villageCode,
    group: i % 2 === 0 ? '第一组' : '第三组',
    name: person.name,
    namePinyin: person.namePinyin,
    idNumber: person.idNumber,
    account: person.account,
    quantityCenti: 250 + i * 100,
    unit: '亩',
    rateFen: 10750,
    amountFen: Math.round(((250 + i * 100) * 10750) / 100),
    paidOn: '2025-06-28',
    remark: `身份证 ${person.idNumber} 卡号 ${person.account} 电话 ${SECRET_PHONE}`,
    adjusted: false,
    adjustReason: `核对 ${person.idNumber}`,
  }));
  await storage.db
    .insertInto('lines')
    .values(
      lines.map((l) => ({
        id: l.id,
        batch_id: id,
        village_code: l.villageCode,
        version: 1,
        deleted: 0,
        record: JSON.stringify(l),
      })),
    )
    .execute();
  if (options.state === 'published')
    await addApproval(storage, 'batch', id, options.villageCode, options.approvedAt);
  return id;
}

export async function insertNotice(
  storage: Storage,
  options: ItemOptions & { title: string; body: string },
): Promise<string> {
  const id = uuidv7(options.approvedAt + 100);
  const notice: Notice = {
    id,
    version: 1,
    createdAt: options.approvedAt,
    updatedAt: options.approvedAt,
    villageCode: options.villageCode,
    category: 'party',
    type: 'party-dues',
    title: options.title,
    body: options.body,
    periodStart: null,
    periodEnd: null,
    attachments: [],
    state: options.state,
    authorId: 'author',
    submittedAt: options.approvedAt,
    returnedReason: null,
    correctsId: null,
  };
  await storage.db
    .insertInto('notices')
    .values({
      id,
      village_code: options.villageCode,
      state: options.state,
      author_id: 'author',
      version: 1,
      deleted: 0,
      record: JSON.stringify(notice),
    })
    .execute();
  if (options.state === 'published')
    await addApproval(storage, 'notice', id, options.villageCode, options.approvedAt);
  return id;
}
