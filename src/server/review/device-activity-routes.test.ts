// The township dashboard's "村里设备上次同步": a device's push or pull stamps the server's
// time, the reviewer of a township sees its villages and never another township's, a
// village account sees only its own village, and other roles are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceActivityResponse } from '../../domain/device-activity';
import { OTHER_VILLAGE, VILLAGE_A, VILLAGE_B } from '../auth/test-accounts';
import { startTestServer, TEST_START_MS, type TestServer } from '../sync/test-server';
import { batchArgs, TestDevice } from '../sync/test-sync-client';

let server: TestServer;

function activity(auth: string) {
  return server.app.inject({
    method: 'GET',
    url: '/api/review/device-activity',
    headers: { authorization: auth },
  });
}

async function villagesSeenBy(auth: string): Promise<DeviceActivityResponse['villages']> {
  const response = await activity(auth);
  expect(response.statusCode).toBe(200);
  return response.json<DeviceActivityResponse>().villages;
}

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

describe('device activity', () => {
  it('shows no village before any device synced', async () => {
    expect(await villagesSeenBy(server.accounts.reviewer.auth)).toEqual([]);
  });

  it('stamps a push with the server time and counts the devices of a village', async () => {
    const phone = new TestDevice(server, server.accounts.cadreA.auth);
    server.clock.now = TEST_START_MS + 60_000;
    const pushed = await phone.push([
      phone.mutation(
        'batch.put',
        batchArgs(VILLAGE_A, { authorId: server.accounts.cadreA.user.id }),
      ),
    ]);
    expect(pushed.statusCode).toBe(200);
    expect(await villagesSeenBy(server.accounts.reviewer.auth)).toEqual([
      { villageCode: VILLAGE_A, lastSyncAt: TEST_START_MS + 60_000, deviceCount: 1 },
    ]);

    // A second phone of the village only pulls; the latest of the two counts.
    const second = new TestDevice(server, server.accounts.supervisorA.auth);
    server.clock.now = TEST_START_MS + 120_000;
    await second.pullAll();
    const response = await activity(server.accounts.reviewer.auth);
    expect(response.json<DeviceActivityResponse>()).toEqual({
      now: TEST_START_MS + 120_000,
      villages: [{ villageCode: VILLAGE_A, lastSyncAt: TEST_START_MS + 120_000, deviceCount: 2 }],
    });

    // The same phone syncing again is still one device, with the newer time.
    server.clock.now = TEST_START_MS + 180_000;
    await phone.pullAll();
    expect(await villagesSeenBy(server.accounts.reviewer.auth)).toEqual([
      { villageCode: VILLAGE_A, lastSyncAt: TEST_START_MS + 180_000, deviceCount: 2 },
    ]);

    // Within the same minute the stamp is not rewritten (the dashboard shows minutes).
    server.clock.now = TEST_START_MS + 200_000;
    await phone.pullAll();
    expect((await villagesSeenBy(server.accounts.reviewer.auth))[0]?.lastSyncAt).toBe(
      TEST_START_MS + 180_000,
    );
  });

  it('keeps a reviewer of one township from seeing the villages of another', async () => {
    await new TestDevice(server, server.accounts.cadreOther.auth).pullAll();
    await new TestDevice(server, server.accounts.cadreB.auth).pullAll();

    const seenByReviewer = (await villagesSeenBy(server.accounts.reviewer.auth)).map(
      (v) => v.villageCode,
    );
    expect(seenByReviewer).toEqual([VILLAGE_A, VILLAGE_B]);
    const seenByOther = (await villagesSeenBy(server.accounts.otherReviewer.auth)).map(
      (v) => v.villageCode,
    );
    expect(seenByOther).toEqual([OTHER_VILLAGE]);
  });

  it('shows a village account only its own village', async () => {
    const seenByCadreB = (await villagesSeenBy(server.accounts.cadreB.auth)).map(
      (v) => v.villageCode,
    );
    expect(seenByCadreB).toEqual([VILLAGE_B]);
  });

  it.each([
    ['county-admin', 'admin', 403, 'wrong-role'],
    ['kiosk', 'kioskA', 403, 'wrong-role'],
  ] as const)('refuses the %s role', async (_role, account, status, code) => {
    const response = await activity(server.accounts[account].auth);
    expect(response.statusCode).toBe(status);
    expect(response.json<{ error: string }>().error).toBe(code);
  });

  it('asks for a sign-in without a session', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/review/device-activity' });
    expect(response.statusCode).toBe(401);
  });

  it('does not stamp a refused sync', async () => {
    const kiosk = new TestDevice(server, server.accounts.kioskA.auth);
    expect((await kiosk.pullPage()).statusCode).toBe(403);
    const villageA = (await villagesSeenBy(server.accounts.reviewer.auth)).find(
      (v) => v.villageCode === VILLAGE_A,
    );
    expect(villageA?.deviceCount).toBe(2);
  });
});
