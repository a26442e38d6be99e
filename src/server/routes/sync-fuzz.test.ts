// Whatever a broken phone, a proxy or an attacker sends to the sync endpoints, the answer
// is a typed 4xx or a normal 200/409, never a 500, and a refused request leaves the
// database exactly as it was.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../domain/mutations';
import { VILLAGE_A } from '../auth/test-accounts';
import { dumpServer } from '../sync/test-dump';
import { noticeArgs } from '../sync/test-sync-client';
import { startTestServer, type TestServer } from '../sync/test-server';

let server: TestServer;
const NUM_RUNS = process.env.DATABASE_URL ? 60 : 150;
const CLIENT_ID = '0195aaaa-0000-7000-8000-00000000000f';

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

interface Sent {
  url: string;
  body: string;
  contentType?: string;
  authorization?: string;
}

async function send({
  url,
  body,
  contentType = 'application/json',
  authorization = server.accounts.cadreA.auth,
}: Sent) {
  return server.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': contentType, authorization },
    payload: body,
  });
}

/** Sends the request and checks the answer's shape; refusals must not change anything. */
async function checkTyped(request: Sent): Promise<void> {
  const before = await dumpServer(server.storage);
  const response = await send(request);
  expect(response.statusCode, response.body).toBeLessThan(500);
  const answer = response.json() as { error?: string };
  if (response.statusCode === 409) {
    expect(answer.error).toBe('mid-gap');
  } else if (response.statusCode >= 400) {
    expect(ERROR_CODES as readonly string[]).toContain(answer.error);
    expect(await dumpServer(server.storage)).toEqual(before);
  }
}

const mutationArb = fc.record(
  {
    mid: fc.oneof(fc.integer({ min: -3, max: 5 }), fc.double(), fc.string(), fc.constant(null)),
    name: fc.oneof(
      fc.constantFrom(
        'notice.put',
        'batch.put',
        'line.delete',
        'review.transition',
        '__proto__',
        'constructor',
      ),
      fc.string(),
    ),
    args: fc.oneof(
      fc.anything(),
      fc.constant(noticeArgs(VILLAGE_A)),
      fc.record({ id: fc.string(), villageCode: fc.string() }),
    ),
    baseVersion: fc.oneof(fc.nat(), fc.integer({ min: -5, max: -1 }), fc.string()),
  },
  { requiredKeys: [] },
);

const pushBodyArb = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .record(
      {
        protocol: fc.oneof(fc.constant(1), fc.integer(), fc.string()),
        clientId: fc.oneof(fc.constant(CLIENT_ID), fc.uuid(), fc.string()),
        mutations: fc.oneof(fc.array(mutationArb, { maxLength: 6 }), fc.anything()),
      },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
  // Well-formed envelopes with hostile contents: these reach the handlers (200 or 409).
  fc
    .record({
      clientId: fc.oneof(fc.constant(CLIENT_ID), fc.uuid()),
      firstMid: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 40 })),
      mutations: fc.array(
        fc.record({
          name: fc.constantFrom(
            'notice.put',
            'notice.delete',
            'batch.put',
            'line.put',
            'review.transition',
            'x.y',
          ),
          args: fc.oneof(
            fc.anything(),
            fc.constant(noticeArgs(VILLAGE_A)),
            fc.constant(noticeArgs('360735102001')),
          ),
          baseVersion: fc.nat(),
        }),
        { maxLength: 6 },
      ),
    })
    .map(({ clientId, firstMid, mutations }) =>
      JSON.stringify({
        protocol: 1,
        clientId,
        mutations: mutations.map((m, index) => ({ ...m, mid: firstMid + index })),
      }),
    ),
  fc.string(),
  fc.constantFrom(
    '',
    '{',
    '{"protocol":1,',
    '[]',
    'null',
    '{"__proto__":{"admin":true}}',
    '{"protocol":1,"clientId":"x","mutations":[]}',
  ),
);

const pullBodyArb = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .record(
      {
        protocol: fc.oneof(fc.constant(1), fc.integer()),
        clientId: fc.oneof(fc.constant(CLIENT_ID), fc.string()),
        cookie: fc.oneof(
          fc.constant(null),
          fc.record(
            { epoch: fc.string(), version: fc.oneof(fc.integer(), fc.double(), fc.string()) },
            { requiredKeys: [] },
          ),
          fc.anything(),
        ),
      },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
  fc.string(),
);

describe('sync endpoints under arbitrary input', () => {
  it('push answers 200, 409 or a typed 4xx and refusals change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(pushBodyArb, (body) => checkTyped({ url: '/api/sync/push', body })),
      { numRuns: NUM_RUNS },
    );
  });

  it('pull answers 200 or a typed 4xx and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(pullBodyArb, (body) => checkTyped({ url: '/api/sync/pull', body })),
      { numRuns: NUM_RUNS },
    );
  });

  it('odd content types, headers and tokens get typed answers', async () => {
    const requestArb = fc.record({
      url: fc.constantFrom('/api/sync/push', '/api/sync/pull', '/api/auth/login'),
      body: pushBodyArb,
      contentType: fc.constantFrom(
        'application/json',
        'text/plain',
        'application/x-www-form-urlencoded',
        'application/json; charset=gbk',
        'multipart/form-data; boundary=x',
        '',
      ),
      authorization: fc.oneof(
        fc.constant(server.accounts.cadreA.auth),
        fc.constant(server.accounts.kioskA.auth),
        fc.string(),
        fc.string().map((s) => `Bearer ${s}`),
      ),
    });
    await fc.assert(
      fc.asyncProperty(requestArb, (request) => checkTyped(request)),
      { numRuns: NUM_RUNS },
    );
  });

  it('a body over the limit is 413 too-large without being applied', async () => {
    const mutations = Array.from({ length: 30 }, (_, mid) => ({
      mid: mid + 1,
      name: 'notice.put',
      args: noticeArgs(VILLAGE_A, { body: 'x'.repeat(9_000) }),
      baseVersion: 0,
    }));
    const before = await dumpServer(server.storage);
    const response = await send({
      url: '/api/sync/push',
      body: JSON.stringify({ protocol: 1, clientId: CLIENT_ID, mutations }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ error: 'too-large' });
    expect(await dumpServer(server.storage)).toEqual(before);
  });
});
