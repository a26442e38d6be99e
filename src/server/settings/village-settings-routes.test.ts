// Per-village settings as staff and residents meet them: the township reviewer and the
// county administrator change a village's settings, the village reads its own, nobody else
// gets in; every change is recorded; the phone page shows full names only once the
// village chose them, with a new ETag, and the grace days decide when named rows leave it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  KioskVillageResponse,
  PublicBatchLinesResponse,
  PublicVillageResponse,
} from '../../domain/public-view';
import type { VillageSettingsResponse } from '../../domain/village-settings';
import { VILLAGE_A, VILLAGE_B, type AccountName } from '../auth/test-accounts';
import { FIXTURE_PEOPLE, insertBatch } from '../public/public-test-fixtures';
import { startTestServer, TEST_START_MS, type TestServer } from '../sync/test-server';

const DAY_MS = 24 * 60 * 60 * 1000;
const UNKNOWN_VILLAGE_IN_TOWNSHIP = '360735101999';

let server: TestServer;
let batchId: string;

beforeAll(async () => {
  server = await startTestServer();
  // Approved Thursday 2025-11-20: the 7-working-day period ends Friday 2025-11-28.
  batchId = await insertBatch(server.storage, {
    villageCode: VILLAGE_A,
    state: 'published',
    approvedAt: TEST_START_MS,
  });
});
afterAll(async () => {
  await server.close();
});

type Who = AccountName | 'nobody';

function headersOf(who: Who, extra: Record<string, string> = {}): Record<string, string> {
  return who === 'nobody' ? extra : { authorization: server.accounts[who].auth, ...extra };
}

function getSettings(who: Who, village = VILLAGE_A) {
  return server.app.inject({
    method: 'GET',
    url: `/api/villages/${village}/settings`,
    headers: headersOf(who),
  });
}

function putSettings(who: Who, body: unknown, village = VILLAGE_A) {
  return server.app.inject({
    method: 'PUT',
    url: `/api/villages/${village}/settings`,
    headers: headersOf(who),
    payload: body as Record<string, unknown>,
  });
}

function publicGet(url: string, headers: Record<string, string> = {}) {
  return server.app.inject({ method: 'GET', url, headers });
}

function statusAndCode(response: { statusCode: number; json: () => unknown }): string {
  if (response.statusCode < 400) return String(response.statusCode);
  return `${response.statusCode} ${(response.json() as { error?: string }).error ?? ''}`;
}

/** Puts a village back to the defaults, as the county administrator. */
async function resetToDefaults(village = VILLAGE_A): Promise<void> {
  const reset = await putSettings(
    'admin',
    { phoneNames: 'masked', phoneGraceDays: 30, objectionReplyWorkingDays: 5 },
    village,
  );
  expect(reset.statusCode).toBe(200);
}

describe('who may read and change a village’s settings', () => {
  it.each<[Who, string, string]>([
    ['admin', '200', '200'],
    ['reviewer', '200', '200'],
    ['otherReviewer', '403 out-of-scope', '403 out-of-scope'],
    ['cadreA', '200', '403 wrong-role'],
    ['supervisorA', '200', '403 wrong-role'],
    ['cadreB', '403 out-of-scope', '403 wrong-role'],
    ['kioskA', '403 wrong-role', '403 wrong-role'],
    ['nobody', '401 unauthenticated', '401 unauthenticated'],
  ])('%s: read %s, change %s', async (who, read, change) => {
    expect(statusAndCode(await getSettings(who))).toBe(read);
    // The same value as stored: a permitted change that changes nothing.
    expect(statusAndCode(await putSettings(who, { phoneGraceDays: 30 }))).toBe(change);
  });

  it('answers 404 for a village this server does not know, and for a malformed code', async () => {
    expect(statusAndCode(await getSettings('reviewer', UNKNOWN_VILLAGE_IN_TOWNSHIP))).toBe(
      '404 not-found',
    );
    expect(statusAndCode(await getSettings('reviewer', '36073510120'))).toBe('404 not-found');
  });
});

describe('reading and changing', () => {
  it('gives the defaults of DOMAIN.md to a village that never chose', async () => {
    const answer = (await getSettings('cadreB', VILLAGE_B)).json<VillageSettingsResponse>();
    expect(answer).toEqual({
      villageCode: VILLAGE_B,
      settings: { phoneNames: 'masked', phoneGraceDays: 30, objectionReplyWorkingDays: 5 },
      defaults: { phoneNames: 'masked', phoneGraceDays: 30, objectionReplyWorkingDays: 5 },
      version: 0,
      changes: [],
    });
  });

  it.each([
    [{ phoneGraceDays: 366 }],
    [{ phoneGraceDays: -1 }],
    [{ objectionReplyWorkingDays: 0 }],
    [{ objectionReplyWorkingDays: 16 }],
    [{ phoneNames: 'everything' }],
    [{ phoneNames: 'full', showIdNumbers: true }],
    [{}],
  ])('refuses %j with 400 invalid and changes nothing', async (body) => {
    expect(statusAndCode(await putSettings('reviewer', body, VILLAGE_B))).toBe('400 invalid');
    expect((await getSettings('reviewer', VILLAGE_B)).json<VillageSettingsResponse>().version).toBe(
      0,
    );
  });

  it('records who changed what, when, old → new, and refuses a save from a stale screen', async () => {
    const reviewer = server.accounts.reviewer.user;
    const saved = await putSettings(
      'reviewer',
      { phoneGraceDays: 60, objectionReplyWorkingDays: 3, baseVersion: 0 },
      VILLAGE_B,
    );
    expect(saved.statusCode).toBe(200);
    const answer = saved.json<VillageSettingsResponse>();
    expect(answer.settings).toEqual({
      phoneNames: 'masked',
      phoneGraceDays: 60,
      objectionReplyWorkingDays: 3,
    });
    expect(answer.version).toBe(1);
    expect(answer.changes).toEqual(
      expect.arrayContaining([
        {
          setting: 'phoneGraceDays',
          from: '30',
          to: '60',
          changedAt: TEST_START_MS,
          changedBy: reviewer.displayName,
        },
        {
          setting: 'objectionReplyWorkingDays',
          from: '5',
          to: '3',
          changedAt: TEST_START_MS,
          changedBy: reviewer.displayName,
        },
      ]),
    );
    expect(answer.changes).toHaveLength(2);

    // A second screen still showing version 0 must not undo the first save unseen.
    const stale = await putSettings('admin', { phoneGraceDays: 10, baseVersion: 0 }, VILLAGE_B);
    expect(statusAndCode(stale)).toBe('409 stale-version');
    // The village's own cadre reads the result.
    const read = (await getSettings('cadreB', VILLAGE_B)).json<VillageSettingsResponse>();
    expect(read.settings.phoneGraceDays).toBe(60);
    await resetToDefaults(VILLAGE_B);
  });
});

describe('the phone page follows the village’s settings', () => {
  const villageUrl = `/api/public/villages/${VILLAGE_A}`;
  const linesUrl = () => `/api/public/villages/${VILLAGE_A}/batches/${batchId}/lines`;

  it('shows full names only after the village chose them, with a new ETag; the kiosk is unchanged', async () => {
    const before = await publicGet(villageUrl);
    const linesBefore = await publicGet(linesUrl());
    expect(linesBefore.json<PublicBatchLinesResponse>().names).toBe('masked');
    expect(linesBefore.body).toContain('曾*华');
    expect(linesBefore.body).not.toContain('曾国华');
    const kioskBefore = await publicGet(`${villageUrl}/kiosk`, {
      authorization: server.accounts.kioskA.auth,
    });

    expect((await putSettings('reviewer', { phoneNames: 'full' })).statusCode).toBe(200);
    try {
      // A phone revalidating with its old ETag gets the new answer, not 304.
      const after = await publicGet(villageUrl, { 'if-none-match': String(before.headers.etag) });
      expect(after.statusCode).toBe(200);
      expect(after.headers.etag).not.toBe(before.headers.etag);
      expect(after.json<PublicVillageResponse>().phoneRules?.names).toBe('full');

      const linesAfter = await publicGet(linesUrl(), {
        'if-none-match': String(linesBefore.headers.etag),
      });
      expect(linesAfter.statusCode).toBe(200);
      const lines = linesAfter.json<PublicBatchLinesResponse>();
      expect(lines.names).toBe('full');
      expect(lines.lines.map((l) => l.name)).toEqual(FIXTURE_PEOPLE.map((p) => p.name));
      // Full names never bring anything else personal with them.
      expect(linesAfter.body).not.toMatch(/\d{17}[\dXx]|\d{13,19}/);

      const kioskAfter = await publicGet(`${villageUrl}/kiosk`, {
        authorization: server.accounts.kioskA.auth,
        'if-none-match': String(kioskBefore.headers.etag),
      });
      expect(kioskAfter.statusCode).toBe(304);
    } finally {
      await resetToDefaults();
    }
    const masked = await publicGet(linesUrl());
    expect(masked.body).toContain('曾*华');
    expect(masked.headers.etag).toBe(linesBefore.headers.etag);
  });

  it('takes named rows off the phone page when the grace days are shortened', async () => {
    const start = server.clock.now;
    // Sunday 2025-11-30: the period ended two days ago, within the default 30 days.
    server.clock.now = start + 10 * DAY_MS;
    try {
      const named = (await publicGet(villageUrl)).json<PublicVillageResponse>();
      expect(named.batches.find((b) => b.id === batchId)?.lineDetail).toBe('named');
      expect(named.phoneRules?.namedDaysAfterPeriod).toBe(30);

      expect((await putSettings('admin', { phoneGraceDays: 0 })).statusCode).toBe(200);
      const aggregate = (await publicGet(villageUrl)).json<PublicVillageResponse>();
      const batch = aggregate.batches.find((b) => b.id === batchId);
      expect(batch?.lineDetail).toBe('aggregate');
      expect(batch?.lineCount).toBe(FIXTURE_PEOPLE.length);
      expect((await publicGet(linesUrl())).json<PublicBatchLinesResponse>()).toEqual({
        batchId,
        lineDetail: 'aggregate',
        lines: [],
      });
      // On site, the archive stays: the kiosk still lists the households.
      const kiosk = (
        await publicGet(`${villageUrl}/kiosk`, { authorization: server.accounts.kioskA.auth })
      ).json<KioskVillageResponse>();
      expect(kiosk.lines.some((l) => l.batchId === batchId)).toBe(true);

      // A longer grace brings them back the same day.
      expect((await putSettings('admin', { phoneGraceDays: 5 })).statusCode).toBe(200);
      const back = (await publicGet(villageUrl)).json<PublicVillageResponse>();
      expect(back.batches.find((b) => b.id === batchId)?.lineDetail).toBe('named');
    } finally {
      server.clock.now = start;
      await resetToDefaults();
    }
  });
});
