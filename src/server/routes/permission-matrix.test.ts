// Who may do what, checked on the server for every role against every endpoint, in the
// user's own village and in one outside their scope. A phone that is tampered with, or a
// token that leaks, gets no further than its owner's region and role allow.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../domain/uuid';
import { OTHER_VILLAGE, VILLAGE_A, VILLAGE_B, type AccountName } from '../auth/test-accounts';
import { noticeArgs, TestDevice } from '../sync/test-sync-client';
import { startTestServer, type TestServer } from '../sync/test-server';

let server: TestServer;
/** a submitted notice per village, and a blob uploaded from each village */
const submitted: Record<string, string> = {};
const blobs: Record<string, string> = {};

function bytesFor(village: string): Buffer {
  return Buffer.from(`photo of the board in ${village}`);
}

beforeAll(async () => {
  server = await startTestServer();
  for (const [account, village] of [
    ['cadreA', VILLAGE_A],
    ['cadreB', VILLAGE_B],
    ['cadreOther', OTHER_VILLAGE],
  ] as const) {
    const cadre = new TestDevice(server.app, server.accounts[account].auth);
    const notice = noticeArgs(village);
    const submit = { stepId: uuidv7(), itemKind: 'notice', itemId: notice.id, action: 'submit' };
    const push = await cadre.push([
      cadre.mutation('notice.put', notice),
      cadre.mutation('review.transition', submit),
    ]);
    expect(push.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    submitted[village] = notice.id;
    const sha = createHash('sha256').update(bytesFor(village)).digest('hex');
    const put = await server.app.inject({
      method: 'PUT',
      url: `/api/blobs/${sha}`,
      headers: { authorization: server.accounts[account].auth, 'content-type': 'image/jpeg' },
      payload: bytesFor(village),
    });
    expect(put.statusCode).toBe(200);
    blobs[village] = sha;
  }
});
afterAll(async () => {
  await server.close();
});

type Who = AccountName | 'nobody';
/** Each role's own village and one outside its scope (null when the whole county is its own). */
const PLACES: Record<Who, [own: string, other: string | null]> = {
  admin: [VILLAGE_A, null],
  reviewer: [VILLAGE_A, OTHER_VILLAGE],
  otherReviewer: [OTHER_VILLAGE, VILLAGE_A],
  supervisorA: [VILLAGE_A, VILLAGE_B],
  cadreA: [VILLAGE_A, VILLAGE_B],
  cadreA2: [VILLAGE_A, VILLAGE_B],
  supervisorB: [VILLAGE_B, VILLAGE_A],
  cadreB: [VILLAGE_B, VILLAGE_A],
  cadreOther: [OTHER_VILLAGE, VILLAGE_A],
  kioskA: [VILLAGE_A, VILLAGE_B],
  nobody: [VILLAGE_A, VILLAGE_B],
};

function authFor(who: Who): Record<string, string> {
  return who === 'nobody' ? {} : { authorization: server.accounts[who].auth };
}

/** status, or status + error code, or the result of the single pushed mutation */
type Expect = number | `${number} ${string}` | `applied` | `rejected ${string}`;

async function pushOne(who: Who, name: string, args: unknown, baseVersion = 0): Promise<string> {
  const response = await server.app.inject({
    method: 'POST',
    url: '/api/sync/push',
    headers: authFor(who),
    payload: {
      protocol: 1,
      clientId: crypto.randomUUID(),
      mutations: [{ mid: 1, name, args, baseVersion }],
    },
  });
  if (response.statusCode !== 200)
    return `${response.statusCode} ${(response.json() as { error: string }).error}`;
  const [result] = (response.json() as { results: { status: string; reason?: string }[] }).results;
  return result?.reason ? `rejected ${result.reason}` : String(result?.status);
}

async function statusOf(response: { statusCode: number; json(): unknown }): Promise<string> {
  if (response.statusCode < 400) return String(response.statusCode);
  return `${response.statusCode} ${(response.json() as { error: string }).error}`;
}

async function versionOfNotice(id: string): Promise<number> {
  const row = await server.storage.db
    .selectFrom('notices')
    .select('version')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

const ENDPOINTS: Record<string, (who: Who, village: string) => Promise<string>> = {
  me: async (who) =>
    statusOf(
      await server.app.inject({ method: 'GET', url: '/api/auth/me', headers: authFor(who) }),
    ),
  pull: async (who) =>
    statusOf(
      await server.app.inject({
        method: 'POST',
        url: '/api/sync/pull',
        headers: authFor(who),
        payload: { protocol: 1, clientId: crypto.randomUUID(), cookie: null },
      }),
    ),
  'write notice': (who, village) => pushOne(who, 'notice.put', noticeArgs(village)),
  'check notice': async (who, village) => {
    const id = submitted[village] as string;
    return pushOne(
      who,
      'review.transition',
      { stepId: uuidv7(), itemKind: 'notice', itemId: id, action: 'check' },
      await versionOfNotice(id),
    );
  },
  'upload blob': async (who, village) => {
    const bytes = Buffer.from(`${who} ${village} ${Math.random()}`);
    const sha = createHash('sha256').update(bytes).digest('hex');
    return statusOf(
      await server.app.inject({
        method: 'PUT',
        url: `/api/blobs/${sha}`,
        headers: { ...authFor(who), 'content-type': 'application/pdf' },
        payload: bytes,
      }),
    );
  },
  'read blob': async (who, village) =>
    statusOf(
      await server.app.inject({
        method: 'GET',
        url: `/api/blobs/${blobs[village]}`,
        headers: authFor(who),
      }),
    ),
};

// [own village, other village] per endpoint. Checks run in an order where no earlier
// row changes a later one: the supervisors' checks come last in the table.
const MATRIX: [Who, Record<string, [Expect, Expect]>][] = [
  [
    'nobody',
    {
      me: ['401 unauthenticated', '401 unauthenticated'],
      pull: ['401 unauthenticated', '401 unauthenticated'],
      'write notice': ['401 unauthenticated', '401 unauthenticated'],
      'check notice': ['401 unauthenticated', '401 unauthenticated'],
      'upload blob': ['401 unauthenticated', '401 unauthenticated'],
      'read blob': ['401 unauthenticated', '401 unauthenticated'],
    },
  ],
  [
    'kioskA',
    {
      me: [200, 200],
      pull: ['403 wrong-role', '403 wrong-role'],
      'write notice': ['403 wrong-role', '403 wrong-role'],
      'check notice': ['403 wrong-role', '403 wrong-role'],
      'upload blob': ['403 wrong-role', '403 wrong-role'],
      'read blob': ['403 wrong-role', '403 wrong-role'],
    },
  ],
  [
    'admin',
    {
      me: [200, 200],
      pull: [200, 200],
      'write notice': ['rejected wrong-role', 'rejected wrong-role'],
      'check notice': ['rejected wrong-role', 'rejected wrong-role'],
      'upload blob': ['403 wrong-role', '403 wrong-role'],
      'read blob': [200, 200],
    },
  ],
  [
    'reviewer',
    {
      me: [200, 200],
      pull: [200, 200],
      'write notice': ['rejected wrong-role', 'rejected wrong-role'],
      'check notice': ['rejected wrong-role', 'rejected out-of-scope'],
      'upload blob': [200, 200],
      'read blob': [200, '403 out-of-scope'],
    },
  ],
  [
    'otherReviewer',
    {
      me: [200, 200],
      pull: [200, 200],
      'write notice': ['rejected wrong-role', 'rejected wrong-role'],
      'check notice': ['rejected wrong-role', 'rejected out-of-scope'],
      'upload blob': [200, 200],
      'read blob': [200, '403 out-of-scope'],
    },
  ],
  [
    'cadreA',
    {
      me: [200, 200],
      pull: [200, 200],
      'write notice': ['applied', 'rejected out-of-scope'],
      'check notice': ['rejected wrong-role', 'rejected out-of-scope'],
      'upload blob': [200, 200],
      'read blob': [200, '403 out-of-scope'],
    },
  ],
  [
    'cadreB',
    {
      me: [200, 200],
      pull: [200, 200],
      'write notice': ['applied', 'rejected out-of-scope'],
      'check notice': ['rejected wrong-role', 'rejected out-of-scope'],
      'upload blob': [200, 200],
      'read blob': [200, '403 out-of-scope'],
    },
  ],
  [
    'supervisorA',
    {
      me: [200, 200],
      pull: [200, 200],
      'write notice': ['rejected wrong-role', 'rejected wrong-role'],
      'check notice': ['applied', 'rejected out-of-scope'],
      'upload blob': [200, 200],
      'read blob': [200, '403 out-of-scope'],
    },
  ],
  [
    'supervisorB',
    {
      me: [200, 200],
      pull: [200, 200],
      'write notice': ['rejected wrong-role', 'rejected wrong-role'],
      'check notice': ['applied', 'rejected out-of-scope'],
      'upload blob': [200, 200],
      'read blob': [200, '403 out-of-scope'],
    },
  ],
];

describe.each(MATRIX)('%s', (who, expectations) => {
  it.each(Object.entries(expectations))(
    '%s: own village → %j, other village',
    async (endpoint, [own, other]) => {
      const [ownVillage, otherVillage] = PLACES[who];
      const run = ENDPOINTS[endpoint];
      if (!run) throw new Error(`no endpoint ${endpoint}`);
      expect(await run(who, ownVillage)).toBe(String(own));
      // The whole county is the admin's: the "other" check uses its own village again.
      expect(await run(who, otherVillage ?? ownVillage)).toBe(String(other));
    },
  );
});

describe('what a pull contains', () => {
  it.each([
    ['cadreA', [VILLAGE_A]],
    ['supervisorB', [VILLAGE_B]],
    ['reviewer', [VILLAGE_A, VILLAGE_B]],
    ['otherReviewer', [OTHER_VILLAGE]],
    ['admin', [VILLAGE_A, VILLAGE_B, OTHER_VILLAGE]],
  ] as const)('%s receives records of %j only', async (who, villages) => {
    const reader = new TestDevice(server.app, server.accounts[who].auth);
    await reader.pullAll();
    const seen = new Set(
      [...reader.rows.values()]
        .filter((r) => r.table !== 'regions' && r.table !== 'conflicts' && !r.deleted)
        .map((r) => r.value?.villageCode),
    );
    expect([...seen].sort()).toEqual([...villages].sort());
  });
});
