// A resident objects to one subsidy line ("my amount is wrong") rather than the whole
// list: the line must be a live line of that very published batch in its notice period;
// the cadre sees the group and full name of the line, while anyone reading the objection
// or its reply publicly learns only that it was about one line of the list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicObjection, StaffObjectionsResponse } from '../../domain/objection';
import type { PublicVillageResponse } from '../../domain/public-view';
import { VILLAGE_A, VILLAGE_B } from '../auth/test-accounts';
import { insertBatch, insertNotice } from '../public/public-test-fixtures';
import { startTestServer, TEST_START_MS, type TestServer } from '../sync/test-server';

const DAY_MS = 24 * 60 * 60 * 1000;
const TEXT = '金额不对，请核实。';

let server: TestServer;
let batchA: string;
let otherBatchA: string;
let batchB: string;
let noticeA: string;
/** first line of each batch: 曾国华, 第一组 */
const firstLine = new Map<string, string>();

async function firstLineOf(batchId: string): Promise<string> {
  const rows = await server.storage.db
    .selectFrom('lines')
    .select(['id', 'record'])
    .where('batch_id', '=', batchId)
    .execute();
  const zeng = rows.find((row) => row.record.includes('曾国华'));
  if (!zeng) throw new Error('fixture batch has no 曾国华');
  return zeng.id;
}

let nextAddress = 1;

/** Each request from its own address, so the per-address budget never interferes. */
function raise(body: object, village = VILLAGE_A, ip = `10.2.0.${nextAddress++}`) {
  return server.app.inject({
    method: 'POST',
    url: `/api/public/villages/${village}/objections`,
    payload: body,
    remoteAddress: ip,
  });
}

beforeAll(async () => {
  server = await startTestServer();
  const published = { state: 'published', approvedAt: TEST_START_MS } as const;
  batchA = await insertBatch(server.storage, { villageCode: VILLAGE_A, ...published });
  otherBatchA = await insertBatch(server.storage, {
    villageCode: VILLAGE_A,
    ...published,
    approvedAt: TEST_START_MS + 10,
    item: '生猪调出大县奖励',
  });
  batchB = await insertBatch(server.storage, { villageCode: VILLAGE_B, ...published });
  noticeA = await insertNotice(server.storage, {
    villageCode: VILLAGE_A,
    ...published,
    title: '村内道路硬化项目实施结果公开',
    body: '项目决算 35.6 万元。',
  });
  for (const id of [batchA, otherBatchA, batchB]) firstLine.set(id, await firstLineOf(id));
});

afterAll(async () => {
  await server.close();
});

describe('an objection about one subsidy line', () => {
  it('is accepted for a line of the batch, and read back without saying whose line', async () => {
    const lineId = firstLine.get(batchA);
    const raised = await raise({
      itemKind: 'batch',
      itemId: batchA,
      lineId,
      text: TEXT,
      phone: '13907975678',
    });
    expect(raised.statusCode).toBe(201);
    const objection = raised.json<PublicObjection>();
    expect(objection).toMatchObject({ itemKind: 'batch', itemId: batchA, isAboutLine: true });
    const again = await server.app.inject({
      method: 'GET',
      url: `/api/public/villages/${VILLAGE_A}/objections/${objection.id}`,
    });
    expect(again.json<PublicObjection>().isAboutLine).toBe(true);
    expect(again.body).not.toContain('曾国华');
    expect(again.body).not.toContain(lineId);
  });

  it.each([
    ['a line of another batch of the village', () => batchA, () => firstLine.get(otherBatchA)],
    ['a line of another village', () => batchA, () => firstLine.get(batchB)],
    ['a line id nobody knows', () => batchA, () => '019a9f00-0000-7000-8000-00000000dead'],
    ['a line id on a notice', () => noticeA, () => firstLine.get(batchA)],
  ])('refuses %s as bad input', async (_case, itemId, lineId) => {
    const itemKind = itemId() === noticeA ? 'notice' : 'batch';
    const raised = await raise({ itemKind, itemId: itemId(), lineId: lineId(), text: TEXT });
    expect(raised.statusCode).toBe(400);
    expect(raised.json()).toEqual({ error: 'invalid' });
  });

  it('takes a line of village B only through village B', async () => {
    const own = await raise(
      { itemKind: 'batch', itemId: batchB, lineId: firstLine.get(batchB), text: TEXT },
      VILLAGE_B,
    );
    expect(own.statusCode).toBe(201);
    const foreign = await raise({
      itemKind: 'batch',
      itemId: batchB,
      lineId: firstLine.get(batchB),
      text: TEXT,
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('refuses it once the notice period is over', async () => {
    const before = server.clock.now;
    server.clock.now = before + 20 * DAY_MS;
    try {
      const late = await raise(
        { itemKind: 'batch', itemId: batchA, lineId: firstLine.get(batchA), text: TEXT },
        VILLAGE_A,
        '10.2.0.5',
      );
      expect(late.statusCode).toBe(409);
      expect(late.json()).toEqual({ error: 'wrong-state' });
    } finally {
      server.clock.now = before;
    }
  });

  it('shows the cadre the group and full name, and the public reply only "one line"', async () => {
    const { cadreA } = server.accounts;
    const listed = await server.app.inject({
      method: 'GET',
      url: '/api/objections',
      headers: { authorization: cadreA.auth },
    });
    const [objection] = listed.json<StaffObjectionsResponse>().objections;
    expect(objection).toMatchObject({
      itemId: batchA,
      lineId: firstLine.get(batchA),
      line: { group: '第一组', name: '曾国华' },
      phone: '13907975678',
    });
    // Only group and name leave the line's record: no ID number, account or remark.
    expect(listed.body).not.toMatch(/\d{17}[\dX]/);

    const answered = await server.app.inject({
      method: 'POST',
      url: `/api/objections/${objection?.id}/reply`,
      headers: { authorization: cadreA.auth },
      payload: { text: '经核实，面积按实地测量为准，金额无误。' },
    });
    expect(answered.json()).toMatchObject({ line: { group: '第一组', name: '曾国华' } });

    const page = await server.app.inject({
      method: 'GET',
      url: `/api/public/villages/${VILLAGE_A}`,
    });
    const replies = page.json<PublicVillageResponse>().objectionReplies ?? [];
    expect(replies).toEqual([expect.objectContaining({ itemId: batchA, isAboutLine: true })]);
    expect(page.body).not.toContain('曾国华');
    expect(page.body).not.toContain(firstLine.get(batchA));
  });
});
