// The administrator's command line: each command does what it says on a real database,
// mistakes are explained in one plain sentence with exit status 1, and the CLI refuses
// to touch a SQLite data directory a running server holds.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readServerState } from '../db/server-state';
import { startTestServer, type TestServer } from '../sync/test-server';
import { runAdminCommand } from './admin-commands';

const here = path.dirname(fileURLToPath(import.meta.url));
let server: TestServer;

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

const run = (...argv: string[]) => runAdminCommand(server.storage, argv);

async function login(username: string, password: string) {
  return server.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
  });
}

describe('admin commands', () => {
  it('create-regions is idempotent and refuses an unknown county', async () => {
    expect(await run('create-regions', '--county', '360735')).toEqual([
      '石城县 (360735): 0 regions added.',
    ]);
    expect(await run('create-regions', '--county', '360783')).toEqual([
      expect.stringMatching(/^龙南市 \(360783\): \d+ regions added\.$/),
    ]);
    await expect(run('create-regions', '--county', '999999')).rejects.toThrow(
      'County 999999 is not in the bundled division table.',
    );
  });

  it('create-user prints a generated password that signs in', async () => {
    const lines = await run(
      'create-user',
      '--username',
      'zhangsan',
      '--role',
      'village-cadre',
      '--region',
      '360735101202',
    );
    expect(lines[0]).toBe('Created village-cadre zhangsan for 径里村委会 (360735101202).');
    const password = lines[1]?.replace('Password: ', '') ?? '';
    expect((await login('zhangsan', password)).statusCode).toBe(200);
  });

  it.each([
    [
      ['create-user', '--username', 'x', '--role', 'mayor', '--region', '360735'],
      /^Unknown role "mayor"/,
    ],
    [
      ['create-user', '--username', 'x', '--role', 'village-cadre', '--region', '360735101'],
      /needs a 12-digit region code/,
    ],
    [
      ['create-user', '--username', 'x', '--role', 'township-reviewer', '--region', '360735199'],
      /Region 360735199 does not exist/,
    ],
    [
      [
        'create-user',
        '--username',
        't-cadreA',
        '--role',
        'village-cadre',
        '--region',
        '360735101200',
      ],
      /is taken/,
    ],
    [['create-user', '--username', 'x', '--role', 'village-cadre'], /^Missing --region/],
    [
      ['create-user', '--username', 'x y', '--role', 'village-cadre', '--region', '360735101200'],
      /may only use letters/,
    ],
    [
      [
        'create-user',
        '--username',
        'x',
        '--role',
        'village-cadre',
        '--region',
        '360735101200',
        '--password',
        'short',
      ],
      /at least 8 characters/,
    ],
    [['reset-password', '--username', 'ghost'], /There is no user "ghost"/],
    [['create-kiosk', '--village', '360735101'], /Give a 12-digit village code/],
    [['launch'], /^Unknown command "launch"/],
    [['list-users', 'extra'], /^Unexpected argument "extra"/],
  ])('%j explains the mistake', async (argv, message) => {
    await expect(run(...argv)).rejects.toThrow(message);
  });

  it('create-kiosk prints a token the kiosk can use', async () => {
    const [, token] = await run('create-kiosk', '--village', '360735101201');
    const me = await server.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.json()).toMatchObject({ user: { role: 'kiosk', regionCode: '360735101201' } });
  });

  it('revoke-kiosk stops every token of the village kiosk', async () => {
    const [, token] = await run('create-kiosk', '--village', '360735101201');
    expect(await run('revoke-kiosk', '--village', '360735101201')).toEqual([
      '1 kiosk token(s) of 罗源村委会 (360735101201) revoked.',
    ]);
    const me = await server.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.json()).toEqual({ error: 'session-expired' });
    await expect(run('revoke-kiosk', '--village', '360735101299')).rejects.toThrow('has no kiosk');
  });

  it('reset-password sets a new password and signs every device out', async () => {
    await run(
      'create-user',
      '--username',
      'lisi',
      '--role',
      'village-supervisor',
      '--region',
      '360735101200',
      '--password',
      'first-password',
    );
    const { token } = (await login('lisi', 'first-password')).json() as { token: string };
    const lines = await run(
      'reset-password',
      '--username',
      'lisi',
      '--password',
      'second-password',
    );
    expect(lines).toEqual(['Password of lisi changed; 1 signed-in device(s) signed out.']);
    const me = await server.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.json()).toEqual({ error: 'session-expired' });
    expect((await login('lisi', 'first-password')).statusCode).toBe(401);
    expect((await login('lisi', 'second-password')).statusCode).toBe(200);
  });

  it('list-users shows every account with its role and region', async () => {
    const lines = await run('list-users');
    expect(lines.find((l) => l.startsWith('t-reviewer'))).toMatch(
      /township-reviewer\s+360735101\s+小松镇/,
    );
  });

  it('new-epoch changes the epoch', async () => {
    const before = await readServerState(server.storage.db);
    await run('new-epoch');
    expect((await readServerState(server.storage.db)).epoch).not.toBe(before.epoch);
  });
});

describe.skipIf(process.env.DATABASE_URL)('the admin process', () => {
  const admin = (argv: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'admin.ts'), ...argv], {
      env: { ...process.env, DATA_DIR: (server.database.target as { dataDir: string }).dataDir },
      encoding: 'utf8',
    });

  it('refuses to open the data directory while the server holds it, with exit status 1', () => {
    const result = admin(['list-users']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /in use by another server process .*\nAdmin commands need the server stopped/,
    );
  });

  it('runs once the server is stopped; a mistake exits 1 with a sentence', async () => {
    await server.app.close();
    await server.storage.close();
    const listed = admin(['list-users']);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain('t-cadreA');
    const wrong = admin(['create-user', '--username', 'x']);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr.trim()).toBe('Missing --role <value>.');
    await server.restart();
  });
});
