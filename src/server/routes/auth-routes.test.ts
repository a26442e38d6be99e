// Signing in and out as a person would: the right password gives a token that works, a
// wrong one does not say whether the account exists, guessing is slowed down, and a
// token stops working when it is revoked or expires.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUser } from '../auth/users';
import {
  LOGIN_WINDOW_MS,
  MAX_FAILURES_PER_IP,
  MAX_FAILURES_PER_USERNAME,
} from '../auth/rate-limit';
import { SESSION_TTL_MS } from '../auth/sessions';
import { startTestServer, type TestServer } from '../sync/test-server';
import { VILLAGE_A } from '../auth/test-accounts';

let server: TestServer;
const PASSWORD = 'correct horse 2025';

beforeEach(async () => {
  server = await startTestServer();
  await createUser(
    server.storage.db,
    { username: 'laowang', role: 'village-cadre', regionCode: VILLAGE_A, password: PASSWORD },
    server.clock.now,
  );
});
afterEach(async () => {
  await server.close();
});

function login(username: string, password: string, remoteAddress = '10.0.0.1') {
  return server.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress,
  });
}

function me(authorization?: string) {
  return server.app.inject({
    method: 'GET',
    url: '/api/auth/me',
    headers: authorization ? { authorization } : {},
  });
}

describe('POST /api/auth/login', () => {
  it('returns a token and the user; the token opens /api/auth/me', async () => {
    const response = await login('laowang', PASSWORD);
    expect(response.statusCode).toBe(200);
    const body = response.json() as { token: string; user: { username: string; role: string } };
    expect(body.user).toMatchObject({
      username: 'laowang',
      role: 'village-cadre',
      regionCode: VILLAGE_A,
    });
    expect(body.user).not.toHaveProperty('password_hash');
    const who = await me(`Bearer ${body.token}`);
    expect(who.statusCode).toBe(200);
    expect(who.json()).toEqual({ user: body.user });
  });

  it('stores only a hash of the token and of the password', async () => {
    const { token } = (await login('laowang', PASSWORD)).json() as { token: string };
    const sessions = await server.storage.db.selectFrom('sessions').select('token_hash').execute();
    expect(sessions.some((s) => s.token_hash === token)).toBe(false);
    const user = await server.storage.db
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', 'laowang')
      .executeTakeFirstOrThrow();
    expect(user.password_hash).toMatch(/^scrypt\$/);
    expect(user.password_hash).not.toContain(PASSWORD);
  });

  it.each([
    ['a wrong password', 'laowang', 'wrong password'],
    ['an unknown user', 'nobody', PASSWORD],
    ['a kiosk account, which has no password', 't-kioskA', PASSWORD],
  ])('refuses %s with the same answer', async (_case, username, password) => {
    const response = await login(username, password);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: 'bad-credentials' });
  });

  it.each([
    ['no body', undefined],
    ['a missing password', { username: 'laowang' }],
    ['a number as username', { username: 42, password: PASSWORD }],
    ['an array', [1, 2]],
  ])('answers 400 invalid for %s', async (_case, payload) => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: payload as object,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: 'invalid' });
  });

  it('slows down guessing one account: after the limit even the right password waits', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_USERNAME; i++) {
      expect((await login('laowang', `guess ${i}`, `10.0.1.${i}`)).statusCode).toBe(401);
    }
    const blocked = await login('laowang', PASSWORD, '10.0.2.1');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toEqual({ error: 'rate-limited' });
    // Other accounts are not affected, and the window passes.
    server.clock.now += LOGIN_WINDOW_MS + 1;
    expect((await login('laowang', PASSWORD)).statusCode).toBe(200);
  });

  it('a successful login clears the count of earlier failures for that account', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_USERNAME - 1; i++) await login('laowang', 'nope');
    expect((await login('laowang', PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < MAX_FAILURES_PER_USERNAME - 1; i++) await login('laowang', 'nope');
    expect((await login('laowang', PASSWORD)).statusCode).toBe(200);
  });

  it('slows down one address trying many accounts', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) await login(`user${i}`, 'guess', '10.9.9.9');
    expect((await login('laowang', PASSWORD, '10.9.9.9')).statusCode).toBe(429);
    expect((await login('laowang', PASSWORD, '10.9.9.10')).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('logout revokes the token: it then answers session-expired', async () => {
    const { token } = (await login('laowang', PASSWORD)).json() as { token: string };
    const out = await server.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(out.statusCode).toBe(200);
    const after = await me(`Bearer ${token}`);
    expect(after.statusCode).toBe(401);
    expect(after.json()).toEqual({ error: 'session-expired' });
  });

  it('a token expires after 30 days', async () => {
    const { token } = (await login('laowang', PASSWORD)).json() as { token: string };
    server.clock.now += SESSION_TTL_MS - 1000;
    expect((await me(`Bearer ${token}`)).statusCode).toBe(200);
    server.clock.now += 2000;
    expect((await me(`Bearer ${token}`)).json()).toEqual({ error: 'session-expired' });
  });

  it('sessions survive a server restart', async () => {
    const { token } = (await login('laowang', PASSWORD)).json() as { token: string };
    await server.restart();
    expect((await me(`Bearer ${token}`)).statusCode).toBe(200);
  });

  it.each([
    ['no header', undefined],
    ['another scheme', 'Basic bGFvd2FuZzpwdw=='],
    ['an empty bearer', 'Bearer '],
    ['a made-up token', `Bearer ${'A'.repeat(43)}`],
    ['a token from another server', 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc'],
  ])('%s answers 401 unauthenticated', async (_case, authorization) => {
    const response = await me(authorization);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: 'unauthenticated' });
  });
});
