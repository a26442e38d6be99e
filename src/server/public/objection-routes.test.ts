// A resident raises an objection (异议) from the public page during the notice period and
// looks it up again by its reference: no sign-in, no personal numbers accepted, nothing
// accepted once the period is over or against a draft, and a reply due in 5 working days.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicObjection } from '../../domain/objection';
import { VILLAGE_A, VILLAGE_B } from '../auth/test-accounts';
import { updateVillageSettings } from '../settings/village-settings-queries';
import { startTestServer, TEST_START_MS, type TestServer } from '../sync/test-server';
import { insertBatch, insertNotice } from './public-test-fixtures';

const DAY_MS = 24 * 60 * 60 * 1000;

let server: TestServer;
let noticeId: string;
let draftId: string;

beforeAll(async () => {
  server = await startTestServer();
  noticeId = await insertNotice(server.storage, {
    villageCode: VILLAGE_A,
    state: 'published',
    approvedAt: TEST_START_MS,
    title: '村内道路硬化项目实施结果公开',
    body: '项目决算 35.6 万元。',
  });
  draftId = await insertBatch(server.storage, {
    villageCode: VILLAGE_A,
    state: 'draft',
    approvedAt: TEST_START_MS,
  });
});

afterAll(async () => {
  await server.close();
});

function raise(body: object, village = VILLAGE_A, ip = '10.0.0.1') {
  return server.app.inject({
    method: 'POST',
    url: `/api/public/villages/${village}/objections`,
    payload: body,
    remoteAddress: ip,
  });
}

describe('objections', () => {
  it('accepts one during the period, with a reply due 5 working days later, and shows it back', async () => {
    const text = '第三组路段宽度不足 3.5 米，请核实。';
    const raised = await raise({ itemKind: 'notice', itemId: noticeId, text });
    expect(raised.statusCode).toBe(201);
    const objection = raised.json<PublicObjection>();
    // Raised Thursday 2025-11-20: the 5th working day after is Thursday 2025-11-27.
    expect(objection).toMatchObject({
      itemId: noticeId,
      text,
      raisedOn: '2025-11-20',
      replyDueOn: '2025-11-27',
      state: 'open',
      reply: null,
    });
    const again = await server.app.inject({
      method: 'GET',
      url: `/api/public/villages/${VILLAGE_A}/objections/${objection.id}`,
    });
    expect(again.json<PublicObjection>()).toEqual(objection);
    const elsewhere = await server.app.inject({
      method: 'GET',
      url: `/api/public/villages/${VILLAGE_B}/objections/${objection.id}`,
    });
    expect(elsewhere.statusCode).toBe(404);
  });

  it('refuses a text holding a phone or ID number, which would be shown publicly', async () => {
    const raised = await raise({
      itemKind: 'notice',
      itemId: noticeId,
      text: '请打我电话 13807971234 联系',
    });
    expect(raised.statusCode).toBe(400);
    expect(raised.json()).toEqual({ error: 'personal-data-found' });
  });

  it('refuses drafts, unknown items, too-short texts and items whose period is over', async () => {
    expect(
      (await raise({ itemKind: 'batch', itemId: draftId, text: '这条不对，请核实。' })).statusCode,
    ).toBe(404);
    expect(
      (await raise({ itemKind: 'notice', itemId: 'nope', text: '这条不对，请核实。' })).statusCode,
    ).toBe(404);
    expect((await raise({ itemKind: 'notice', itemId: noticeId, text: '不对' })).statusCode).toBe(
      400,
    );
    const before = server.clock.now;
    server.clock.now = before + 20 * DAY_MS;
    try {
      const late = await raise({
        itemKind: 'notice',
        itemId: noticeId,
        text: '这条不对，请核实。',
      });
      expect(late.statusCode).toBe(409);
      expect(late.json()).toEqual({ error: 'wrong-state' });
    } finally {
      server.clock.now = before;
    }
  });

  it('gives the reply period the village chose (3 working days) instead of the default 5', async () => {
    const actor = { id: 'admin-cli', name: '县管理员' };
    await updateVillageSettings(
      server.storage.db,
      VILLAGE_A,
      { objectionReplyWorkingDays: 3 },
      actor,
      TEST_START_MS,
    );
    try {
      const raised = await raise(
        { itemKind: 'notice', itemId: noticeId, text: '第二组的路面宽度是多少？' },
        VILLAGE_A,
        '10.0.0.3',
      );
      expect(raised.statusCode).toBe(201);
      // Raised Thursday 2025-11-20: the 3rd working day after is Tuesday 2025-11-25.
      expect(raised.json<PublicObjection>().replyDueOn).toBe('2025-11-25');
    } finally {
      await updateVillageSettings(
        server.storage.db,
        VILLAGE_A,
        { objectionReplyWorkingDays: 5 },
        actor,
        TEST_START_MS,
      );
    }
  });

  it('limits how many one address may raise in a minute', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      statuses.push(
        (
          await raise(
            { itemKind: 'notice', itemId: noticeId, text: `第 ${i} 条意见，请核实。` },
            VILLAGE_A,
            '10.0.0.9',
          )
        ).statusCode,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(statuses.at(-1)).toBe(429);
  });
});
