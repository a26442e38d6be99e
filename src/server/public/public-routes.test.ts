// The public endpoints as a resident's phone and the village kiosk call them: nothing
// personal beyond what DOMAIN.md §5 allows ever leaves the server, answers revalidate by
// ETag, a kiosk sees only its own village, drafts never appear, and named rows leave the
// phone page after the notice period and its grace days.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  KioskVillageResponse,
  PublicBatchLinesResponse,
  PublicVillageResponse,
} from '../../domain/public-view';
import { createSession, KIOSK_TOKEN_TTL_MS } from '../auth/sessions';
import { VILLAGE_A, VILLAGE_B } from '../auth/test-accounts';
import { createUser } from '../auth/users';
import { startTestServer, TEST_START_MS, type TestServer } from '../sync/test-server';
import { FIXTURE_PEOPLE, insertBatch, insertNotice, SECRET_PHONE } from './public-test-fixtures';

const DAY_MS = 24 * 60 * 60 * 1000;
const ID_RUN = /\d{17}[\dXx]|\d{15}/;
const ACCOUNT_RUN = /\d{13,19}/;
const MOBILE = /1[3-9]\d{9}/;

let server: TestServer;
let publishedBatchId: string;
let draftBatchId: string;

beforeAll(async () => {
  server = await startTestServer();
  const { storage } = server;
  publishedBatchId = await insertBatch(storage, {
    villageCode: VILLAGE_A,
    state: 'published',
    approvedAt: TEST_START_MS,
  });
  draftBatchId = await insertBatch(storage, {
    villageCode: VILLAGE_A,
    state: 'draft',
    approvedAt: TEST_START_MS + 1000,
  });
  await insertBatch(storage, {
    villageCode: VILLAGE_A,
    state: 'published',
    approvedAt: TEST_START_MS + 2000,
    item: '农村低保',
  });
  await insertNotice(storage, {
    villageCode: VILLAGE_A,
    state: 'published',
    approvedAt: TEST_START_MS,
    title: '第三季度党费收缴使用情况公开',
    body: `本季度实交党费 1,260.00 元。经办人 ${FIXTURE_PEOPLE[0]?.idNumber ?? ''}，电话 ${SECRET_PHONE}。`,
  });
  await insertNotice(storage, {
    villageCode: VILLAGE_A,
    state: 'draft',
    approvedAt: TEST_START_MS,
    title: '尚未审核的草稿公告',
    body: '草稿内容',
  });
  await insertBatch(storage, {
    villageCode: VILLAGE_B,
    state: 'published',
    approvedAt: TEST_START_MS,
    item: '罗源村高龄津贴',
  });
});

afterAll(async () => {
  await server.close();
});

function get(url: string, headers: Record<string, string> = {}) {
  return server.app.inject({ method: 'GET', url, headers });
}

async function everyPublicAnswer(): Promise<{ phone: string[]; kiosk: string[] }> {
  const village = await get(`/api/public/villages/${VILLAGE_A}`);
  expect(village.statusCode).toBe(200);
  const view = village.json<PublicVillageResponse>();
  const phone = [village.body];
  for (const batch of view.batches) {
    const lines = await get(`/api/public/villages/${VILLAGE_A}/batches/${batch.id}/lines`);
    expect(lines.statusCode).toBe(200);
    phone.push(lines.body);
  }
  const kiosk = await get(`/api/public/villages/${VILLAGE_A}/kiosk`, {
    authorization: server.accounts.kioskA.auth,
  });
  expect(kiosk.statusCode).toBe(200);
  return { phone, kiosk: [kiosk.body] };
}

describe('public answers are built from an allow-list', () => {
  it('never carry an ID number, an account, a phone number or a remark, to any audience', async () => {
    const { phone, kiosk } = await everyPublicAnswer();
    for (const text of [...phone, ...kiosk]) {
      expect(text).not.toMatch(ID_RUN);
      expect(text).not.toMatch(ACCOUNT_RUN);
      expect(text).not.toMatch(MOBILE);
      expect(text).not.toContain('身份证');
      expect(text).not.toContain('卡号');
      expect(text).not.toContain('核对');
      for (const person of FIXTURE_PEOPLE) {
        expect(text).not.toContain(person.idNumber.slice(6, 14)); // the birth date
        expect(text).not.toContain(person.account.slice(-8));
      }
    }
  });

  it('masks names on the phone and shows them in full only on the kiosk', async () => {
    const { phone, kiosk } = await everyPublicAnswer();
    for (const text of phone) {
      for (const person of FIXTURE_PEOPLE) expect(text).not.toContain(person.name);
    }
    expect(phone.join('')).toContain('曾*华');
    expect(phone.join('')).toContain('欧阳**');
    expect(kiosk[0]).toContain('曾国华');
  });

  it('gives the kiosk an ID hint (first 6 + last 4) only where two lines share a name', async () => {
    const kiosk = (
      await get(`/api/public/villages/${VILLAGE_A}/kiosk`, {
        authorization: server.accounts.kioskA.auth,
      })
    ).json<KioskVillageResponse>();
    const lines = kiosk.lines.filter((l) => l.batchId === publishedBatchId);
    const hints = lines.filter((l) => l.idHint).map((l) => [l.name, l.idHint]);
    expect(hints).toHaveLength(2);
    for (const [name, hint] of hints) {
      expect(name).toBe('赖春生');
      expect(hint).toMatch(/^360735\*{8}\d{3}[\dX]$/);
    }
  });

  it('leaves drafts out of every answer', async () => {
    const { phone, kiosk } = await everyPublicAnswer();
    for (const text of [...phone, ...kiosk]) {
      expect(text).not.toContain('尚未审核的草稿公告');
      expect(text).not.toContain('草稿补贴项目');
      expect(text).not.toContain(draftBatchId);
    }
    const draftLines = await get(`/api/public/villages/${VILLAGE_A}/batches/${draftBatchId}/lines`);
    expect(draftLines.statusCode).toBe(404);
  });

  it('keeps the notice text but stars out personal numbers in it', async () => {
    const view = (await get(`/api/public/villages/${VILLAGE_A}`)).json<PublicVillageResponse>();
    const notice = view.notices[0];
    expect(notice?.body).toContain('1,260.00');
    expect(notice?.body).toContain('******************');
  });
});

describe('notice period', () => {
  it('shows 公示中 with the working days left, computed on the server date in China', async () => {
    const view = (await get(`/api/public/villages/${VILLAGE_A}`)).json<PublicVillageResponse>();
    const batch = view.batches.find((b) => b.id === publishedBatchId);
    // Approved Thursday 2025-11-20: 7 working days end on Friday 2025-11-28.
    expect(batch?.period).toEqual({
      start: '2025-11-20',
      end: '2025-11-28',
      status: 'open',
      remainingWorkingDays: 7,
    });
    expect(view.today).toBe('2025-11-20');
  });

  it('reduces the phone page to totals after the grace period; the kiosk keeps the archive', async () => {
    const before = server.clock.now;
    server.clock.now = before + 45 * DAY_MS;
    try {
      const view = (await get(`/api/public/villages/${VILLAGE_A}`)).json<PublicVillageResponse>();
      const batch = view.batches.find((b) => b.id === publishedBatchId);
      expect(batch?.period.status).toBe('ended');
      expect(batch?.lineDetail).toBe('aggregate');
      expect(batch?.lineCount).toBe(FIXTURE_PEOPLE.length);
      const lines = (
        await get(`/api/public/villages/${VILLAGE_A}/batches/${publishedBatchId}/lines`)
      ).json<PublicBatchLinesResponse>();
      expect(lines).toEqual({ batchId: publishedBatchId, lineDetail: 'aggregate', lines: [] });
      const kiosk = (
        await get(`/api/public/villages/${VILLAGE_A}/kiosk`, {
          authorization: server.accounts.kioskA.auth,
        })
      ).json<KioskVillageResponse>();
      expect(kiosk.lines.some((l) => l.batchId === publishedBatchId)).toBe(true);
    } finally {
      server.clock.now = before;
    }
  });

  it('shows 低保 lists as totals on the phone, and by name on the kiosk only while open', async () => {
    const view = (await get(`/api/public/villages/${VILLAGE_A}`)).json<PublicVillageResponse>();
    const dibao = view.batches.find((b) => b.item === '农村低保');
    expect(dibao?.lineDetail).toBe('aggregate');
    const kioskOpen = (
      await get(`/api/public/villages/${VILLAGE_A}/kiosk`, {
        authorization: server.accounts.kioskA.auth,
      })
    ).json<KioskVillageResponse>();
    expect(kioskOpen.lines.some((l) => l.batchId === dibao?.id)).toBe(true);
    const before = server.clock.now;
    server.clock.now = before + 20 * DAY_MS;
    try {
      const kioskLater = (
        await get(`/api/public/villages/${VILLAGE_A}/kiosk`, {
          authorization: server.accounts.kioskA.auth,
        })
      ).json<KioskVillageResponse>();
      expect(kioskLater.lines.some((l) => l.batchId === dibao?.id)).toBe(false);
    } finally {
      server.clock.now = before;
    }
  });
});

describe('caching', () => {
  it('answers 304 with no body when the ETag still matches, 200 when it does not', async () => {
    const first = await get(`/api/public/villages/${VILLAGE_A}`);
    const etag = first.headers.etag;
    expect(typeof etag).toBe('string');
    expect(first.headers['cache-control']).toBe('public, no-cache');
    const again = await get(`/api/public/villages/${VILLAGE_A}`, { 'if-none-match': String(etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const stale = await get(`/api/public/villages/${VILLAGE_A}`, { 'if-none-match': '"old"' });
    expect(stale.statusCode).toBe(200);
  });
});

describe('kiosk access', () => {
  it('refuses a kiosk of village A reading village B, and anyone without a kiosk token', async () => {
    const url = `/api/public/villages/${VILLAGE_B}/kiosk`;
    expect((await get(url, { authorization: server.accounts.kioskA.auth })).statusCode).toBe(403);
    expect((await get(url)).statusCode).toBe(401);
    expect((await get(url, { authorization: server.accounts.cadreB.auth })).statusCode).toBe(403);
  });

  it('lets a kiosk of village B read village B', async () => {
    const now = server.storage.now();
    const kioskB = await createUser(
      server.storage.db,
      { username: 'kiosk-b', role: 'kiosk', regionCode: VILLAGE_B },
      now,
    );
    const token = await createSession(server.storage.db, kioskB.id, now, KIOSK_TOKEN_TTL_MS);
    const answer = await get(`/api/public/villages/${VILLAGE_B}/kiosk`, {
      authorization: `Bearer ${token}`,
    });
    expect(answer.statusCode).toBe(200);
    const view = answer.json<KioskVillageResponse>();
    expect(view.batches.map((b) => b.item)).toEqual(['罗源村高龄津贴']);
  });

  it('answers 404 for an unknown or malformed village code', async () => {
    expect((await get('/api/public/villages/999999999999')).statusCode).toBe(404);
    expect((await get('/api/public/villages/abc')).statusCode).toBe(404);
  });
});

describe('rate limit', () => {
  it('answers 429 once one address has used its budget', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 260; i++) {
      statuses.push((await get('/api/public/villages/999999999999')).statusCode);
    }
    expect(statuses).toContain(429);
    expect(statuses.slice(0, 100).every((s) => s === 404)).toBe(true);
  });
});
