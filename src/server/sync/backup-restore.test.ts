// The server is restored from an older backup (SYNC.md "server restored from an older
// backup"): devices that saw newer data are told to pull everything again, and re-sending
// their outbox applies what the backup lacks exactly once and nothing twice.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PushMutation } from '../../sync/protocol';
import { VILLAGE_A } from '../auth/test-accounts';
import { dumpServer } from './test-dump';
import { noticeArgs, TestDevice } from './test-sync-client';
import { startTestServer, type TestServer } from './test-server';

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

async function countNotices(): Promise<number> {
  const row = await server.storage.db
    .selectFrom('notices')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('restore from an older backup', () => {
  it('a device ahead of the restored data resets, re-pushes its outbox, and nothing is duplicated', async () => {
    const cadre = new TestDevice(server, server.accounts.cadreA.auth);
    const outbox: PushMutation[] = Array.from({ length: 6 }, (_, i) =>
      cadre.mutation('notice.put', noticeArgs(VILLAGE_A, { title: `第${i + 1}号通知` })),
    );
    expect((await cadre.push(outbox.slice(0, 3))).body.lastMid).toBe(3);
    await cadre.pullAll();

    const backup = await server.backup();

    expect((await cadre.push(outbox.slice(3))).body.lastMid).toBe(6);
    const supervisor = new TestDevice(server, server.accounts.supervisorA.auth);
    await supervisor.pullAll();
    await cadre.pullAll();
    expect(await countNotices()).toBe(6);

    // The disk is lost; the township restores last night's copy and restarts the server.
    await server.restoreFrom(backup);
    expect(await countNotices()).toBe(3);

    // Both devices saw versions this database never had: they must start again.
    for (const device of [cadre, supervisor]) {
      const { body } = await device.pullPage();
      expect(body).toMatchObject({ resetRequired: true });
    }
    const { lastMid } = await cadre.pullAll();
    expect(lastMid).toBe(3);

    // The phone kept its outbox; sending it again applies 4-6 once and skips 1-3.
    const resend = await cadre.push(outbox);
    expect(resend.statusCode).toBe(200);
    expect(resend.body.results.map((r) => r.status)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
      'applied',
      'applied',
      'applied',
    ]);
    const again = await cadre.push(outbox);
    expect(again.body.results.every((r) => r.status === 'duplicate')).toBe(true);
    expect(await countNotices()).toBe(6);

    await supervisor.pullAll();
    const titles = [...supervisor.rows.values()]
      .filter((r) => r.table === 'notices')
      .map((r) => r.value?.title);
    expect(titles.sort()).toEqual([
      '第1号通知',
      '第2号通知',
      '第3号通知',
      '第4号通知',
      '第5号通知',
      '第6号通知',
    ]);
    const log = (await dumpServer(server.storage)).log;
    expect(log).toHaveLength(6);
  });
});
