// Many phones signing in at the same moment (a township meeting, the first morning): every
// one of them gets its session, however long the line for password checks, while no more
// checks run at once than the queue allows; guesses sent together for one account are
// still throttled.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../sync/test-server';
import { VILLAGE_A } from './test-accounts';
import { hashPassword, passwordChecks } from './password';
import { MAX_FAILURES_PER_USERNAME } from './rate-limit';
import { createUser } from './users';

let server: TestServer;
const PASSWORD = 'correct horse 2025';
const PHONES = 24;

beforeEach(async () => {
  server = await startTestServer();
  // One hash for every account: hashing each would only slow the set-up.
  const passwordHash = await hashPassword(PASSWORD);
  for (let i = 0; i < PHONES; i++) {
    const user = await createUser(
      server.storage.db,
      { username: `phone${i}`, role: 'village-cadre', regionCode: VILLAGE_A },
      server.clock.now,
    );
    await server.storage.db
      .updateTable('users')
      .set({ password_hash: passwordHash })
      .where('id', '=', user.id)
      .execute();
  }
});
afterEach(async () => {
  await server.close();
});

function login(username: string, password: string) {
  return server.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: '10.0.0.9',
  });
}

describe('sign-in storm', () => {
  it('every phone signing in at once gets a working session', async () => {
    passwordChecks.peakRunning = 0;
    const responses = await Promise.all(
      Array.from({ length: PHONES }, (_, i) => login(`phone${i}`, PASSWORD)),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(PHONES).fill(200));
    expect(passwordChecks.peakRunning).toBeLessThanOrEqual(passwordChecks.limit);
    expect(passwordChecks.size).toEqual({ running: 0, waiting: 0 });
    const { token } = responses[PHONES - 1]?.json() as { token: string };
    const me = await server.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.json()).toMatchObject({ user: { username: `phone${PHONES - 1}` } });
  });

  it('guesses sent together for one account are checked at most up to the limit', async () => {
    const responses = await Promise.all(
      Array.from({ length: MAX_FAILURES_PER_USERNAME + 4 }, () => login('phone0', 'wrong guess')),
    );
    const codes = responses.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(MAX_FAILURES_PER_USERNAME);
    expect(codes.filter((c) => c === 429)).toHaveLength(4);
    // The failures are counted: now even the right password waits out the window.
    expect((await login('phone0', PASSWORD)).statusCode).toBe(429);
  });
});
