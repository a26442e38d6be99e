// The staff side of objections (异议) as the village cadre and the township reviewer use
// it: each sees only their own villages, the resident's call-back number reaches staff
// and never the public page, a reply holding a personal number is refused with where it
// is, the due date counts working days across a holiday, and an unanswered objection
// becomes overdue on the township's count the day after it was due.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  OverdueCountsResponse,
  PublicObjection,
  StaffObjectionsResponse,
} from '../../domain/objection';
import type { PublicVillageResponse } from '../../domain/public-view';
import { VILLAGE_A, VILLAGE_B } from '../auth/test-accounts';
import { insertNotice } from '../public/public-test-fixtures';
import { startTestServer, TEST_START_MS, type TestServer } from '../sync/test-server';

const DAY_MS = 24 * 60 * 60 * 1000;
const CALLBACK_PHONE = '13907975678';

let server: TestServer;
let noticeA: string;
let noticeB: string;
let objectionA: PublicObjection;

function raise(village: string, itemId: string, text: string, ip: string, phone?: string) {
  return server.app.inject({
    method: 'POST',
    url: `/api/public/villages/${village}/objections`,
    payload: { itemKind: 'notice', itemId, text, ...(phone ? { phone } : {}) },
    remoteAddress: ip,
  });
}

function list(auth: string | undefined, query = '') {
  return server.app.inject({
    method: 'GET',
    url: `/api/objections${query}`,
    headers: auth ? { authorization: auth } : {},
  });
}

function replyTo(auth: string, id: string, text: string) {
  return server.app.inject({
    method: 'POST',
    url: `/api/objections/${id}/reply`,
    headers: { authorization: auth },
    payload: { text },
  });
}

beforeAll(async () => {
  server = await startTestServer();
  noticeA = await insertNotice(server.storage, {
    villageCode: VILLAGE_A,
    state: 'published',
    approvedAt: TEST_START_MS,
    title: '村内道路硬化项目实施结果公开',
    body: '项目决算 35.6 万元。',
  });
  noticeB = await insertNotice(server.storage, {
    villageCode: VILLAGE_B,
    state: 'published',
    approvedAt: TEST_START_MS + 1,
    title: '第四季度财务收支公开',
    body: '收入 12.3 万元。',
  });
  const raised = await raise(
    VILLAGE_A,
    noticeA,
    '路面宽度不足，请核实。',
    '10.1.0.1',
    CALLBACK_PHONE,
  );
  expect(raised.statusCode).toBe(201);
  objectionA = raised.json<PublicObjection>();
  expect((await raise(VILLAGE_B, noticeB, '收入数字对不上。', '10.1.0.2')).statusCode).toBe(201);
});

afterAll(async () => {
  await server.close();
});

describe('listing objections', () => {
  it('shows a cadre only their own village, with the call-back number', async () => {
    const { cadreA, cadreB } = server.accounts;
    const own = (await list(cadreA.auth)).json<StaffObjectionsResponse>();
    expect(own.objections.map((o) => o.villageCode)).toEqual([VILLAGE_A]);
    expect(own.objections[0]).toMatchObject({
      id: objectionA.id,
      phone: CALLBACK_PHONE,
      state: 'open',
      replyDueOn: '2025-11-27',
    });
    const fromB = await list(cadreB.auth, `?villageCode=${VILLAGE_A}`);
    expect(fromB.statusCode).toBe(403);
    expect(fromB.json()).toEqual({ error: 'out-of-scope' });
  });

  it('shows the township reviewer every village of the township, and one when asked', async () => {
    const { reviewer, otherReviewer } = server.accounts;
    const all = (await list(reviewer.auth)).json<StaffObjectionsResponse>();
    expect(all.objections.map((o) => o.villageCode).sort()).toEqual([VILLAGE_A, VILLAGE_B]);
    const one = (
      await list(reviewer.auth, `?villageCode=${VILLAGE_B}`)
    ).json<StaffObjectionsResponse>();
    expect(one.objections.map((o) => o.villageCode)).toEqual([VILLAGE_B]);
    expect((await list(otherReviewer.auth, `?villageCode=${VILLAGE_A}`)).statusCode).toBe(403);
    expect((await list(otherReviewer.auth)).json<StaffObjectionsResponse>().objections).toEqual([]);
  });

  it('refuses kiosks, strangers and unknown filters', async () => {
    expect((await list(server.accounts.kioskA.auth)).statusCode).toBe(403);
    expect((await list(undefined)).statusCode).toBe(401);
    expect((await list(server.accounts.cadreA.auth, '?state=lost')).statusCode).toBe(400);
  });
});

describe('replying', () => {
  it('refuses a kiosk token and a supervisor, and a cadre of another village', async () => {
    const { kioskA, supervisorA, cadreB } = server.accounts;
    const kiosk = await replyTo(kioskA.auth, objectionA.id, '已核实，路宽符合设计。');
    expect(kiosk.statusCode).toBe(403);
    expect(kiosk.json()).toEqual({ error: 'wrong-role' });
    expect((await replyTo(supervisorA.auth, objectionA.id, '已核实。')).statusCode).toBe(403);
    const other = await replyTo(cadreB.auth, objectionA.id, '已核实。');
    expect(other.json()).toEqual({ error: 'out-of-scope' });
  });

  it('refuses a reply holding a phone number and says where it is', async () => {
    const text = '请联系 13807971234 了解详情';
    const refused = await replyTo(server.accounts.cadreA.auth, objectionA.id, text);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toEqual({
      error: 'personal-data-found',
      findings: [{ kind: 'mobile', start: 4, end: 15 }],
    });
    const still = (await list(server.accounts.cadreA.auth)).json<StaffObjectionsResponse>();
    expect(still.objections[0]?.reply).toBeNull();
  });

  it('records the reply with the server time and publishes it without personal data', async () => {
    server.clock.now = TEST_START_MS + DAY_MS; // Friday 2025-11-21
    const text = '经核实，路面宽度 4.5 米，符合设计。';
    const answered = await replyTo(server.accounts.cadreA.auth, objectionA.id, text);
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({
      state: 'answered',
      reply: text,
      repliedAt: server.clock.now,
    });
    expect(
      (await replyTo(server.accounts.reviewer.auth, objectionA.id, '再答一次。')).statusCode,
    ).toBe(409);

    const page = await server.app.inject({
      method: 'GET',
      url: `/api/public/villages/${VILLAGE_A}`,
    });
    const view = page.json<PublicVillageResponse>();
    expect(view.objectionReplies).toEqual([
      {
        id: objectionA.id,
        itemKind: 'notice',
        itemId: noticeA,
        raisedOn: '2025-11-20',
        repliedOn: '2025-11-21',
        reply: text,
        isAboutLine: false,
      },
    ]);
    expect(page.body).not.toContain(CALLBACK_PHONE);
    expect(page.body).not.toContain(server.accounts.cadreA.user.id);
    const lookup = await server.app.inject({
      method: 'GET',
      url: `/api/public/villages/${VILLAGE_A}/objections/${objectionA.id}`,
    });
    expect(lookup.json<PublicObjection>().reply).toBe(text);
    expect(lookup.body).not.toContain(CALLBACK_PHONE);
  });
});

describe('deadlines', () => {
  it('counts the 5 working days across 国庆 and the swapped Saturday', async () => {
    // Raised Tuesday 2025-09-30: Oct 1-8 are holidays, Saturday Oct 11 is a working day.
    server.clock.now = Date.UTC(2025, 8, 30, 2, 0, 0);
    const notice = await insertNotice(server.storage, {
      villageCode: VILLAGE_B,
      state: 'published',
      approvedAt: Date.UTC(2025, 8, 29, 2, 0, 0),
      title: '秋收补贴政策公开',
      body: '按亩发放。',
    });
    const raised = await raise(VILLAGE_B, notice, '我家面积算少了。', '10.1.0.3');
    expect(raised.json<PublicObjection>()).toMatchObject({
      raisedOn: '2025-09-30',
      replyDueOn: '2025-10-14',
    });
  });

  it('turns an unanswered objection overdue the day after it was due, on the township count', async () => {
    const { reviewer, cadreB } = server.accounts;
    server.clock.now = Date.UTC(2025, 10, 27, 2, 0, 0); // due day of the B objection
    const onDueDay = (await list(cadreB.auth, '?state=overdue')).json<StaffObjectionsResponse>();
    expect(onDueDay.objections.map((o) => o.replyDueOn)).toEqual(['2025-10-14']);
    server.clock.now = Date.UTC(2025, 10, 28, 2, 0, 0);
    const after = (await list(cadreB.auth, '?state=overdue')).json<StaffObjectionsResponse>();
    expect(after.objections.map((o) => o.state)).toEqual(['overdue', 'overdue']);
    const counts = await server.app.inject({
      method: 'GET',
      url: '/api/objections/overdue-counts',
      headers: { authorization: reviewer.auth },
    });
    expect(counts.json<OverdueCountsResponse>()).toEqual({
      today: '2025-11-28',
      villages: [{ villageCode: VILLAGE_B, overdueCount: 2 }],
    });
    const answered = (await list(reviewer.auth, '?state=answered')).json<StaffObjectionsResponse>();
    expect(answered.objections.map((o) => o.id)).toEqual([objectionA.id]);
  });
});
