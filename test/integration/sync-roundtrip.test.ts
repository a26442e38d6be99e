// Real phones against the real server (see township-harness.ts). Each test tells one
// story a village would live: offline work, lost answers, a restored server, an ended session.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getClientId, getMeta } from '../../src/data/meta';
import { listOutbox } from '../../src/data/outbox';
import { getSession } from '../../src/data/session-store';
import { createBatchDraft } from '../../src/features/subsidies/batch-commands';
import { revokeAllSessions } from '../../src/server/auth/sessions';
import { signIn } from '../../src/sync/auth';
import { batchInput } from '../fixtures/payout-fixtures';
import {
  batchesOf,
  deviceFetch,
  PASSWORD,
  signedInDevice,
  TownshipServer,
} from './township-harness';

let server: TownshipServer;
beforeEach(async () => {
  server = await TownshipServer.startWithVillage();
});
afterEach(async () => {
  await server.close();
});

describe('sync round trip between two phones of one village', () => {
  it('a draft saved offline reaches the other phone exactly once after coming back', async () => {
    const cadre = await signedInDevice(server, 'cadre');
    const supervisor = await signedInDevice(server, 'supervisor');

    cadre.network.isOffline = true;
    const draft = await createBatchDraft(cadre.db, batchInput(), cadre.user.id);
    await expect(cadre.engine.syncOnce()).rejects.toMatchObject({ code: 'offline' });
    expect(await listOutbox(cadre.db)).toHaveLength(1);
    expect(await getMeta(cadre.db, 'lastSyncAt')).toBeNull();

    cadre.network.isOffline = false;
    expect(await cadre.engine.syncOnce()).toMatchObject({
      status: 'synced',
      pushed: 1,
      rejected: 0,
    });
    expect(await listOutbox(cadre.db)).toEqual([]);
    expect((await cadre.db.batches.get(draft.id))?.version).toBeGreaterThan(0);
    expect(await getMeta(cadre.db, 'lastSyncAt')).not.toBeNull();

    await supervisor.engine.syncOnce();
    await supervisor.engine.syncOnce();
    const seen = await batchesOf(supervisor);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      id: draft.id,
      item: draft.item,
      authorId: cadre.user.id,
      state: 'draft',
    });
  });

  it('an answer lost after the server committed is retried without a duplicate', async () => {
    const cadre = await signedInDevice(server, 'cadre');
    const supervisor = await signedInDevice(server, 'supervisor');
    const clientId = await getClientId(cadre.db);
    const draft = await createBatchDraft(cadre.db, batchInput(), cadre.user.id);

    cadre.network.dropNextAnswer = 'push';
    await expect(cadre.engine.syncOnce()).rejects.toMatchObject({ code: 'offline' });
    expect(await server.lastMid(clientId)).toBe(1);
    expect(await listOutbox(cadre.db)).toHaveLength(1);

    await cadre.engine.syncOnce();
    expect(await server.mutationLogCount(clientId)).toBe(1);
    expect(await server.lastMid(clientId)).toBe(1);
    expect(await listOutbox(cadre.db)).toEqual([]);

    await supervisor.engine.syncOnce();
    expect((await batchesOf(supervisor)).map((b) => b.id)).toEqual([draft.id]);
    expect(await batchesOf(cadre)).toHaveLength(1);
  });

  it('after the server is restored from an older copy, the phone re-sends what it lost', async () => {
    const cadre = await signedInDevice(server, 'cadre');
    const supervisor = await signedInDevice(server, 'supervisor');
    const first = await createBatchDraft(
      cadre.db,
      batchInput({ item: '耕地地力保护补贴' }),
      cadre.user.id,
    );
    await cadre.engine.syncOnce();
    await supervisor.engine.syncOnce();
    const backupFile = path.join(
      (server.database.target as { dataDir: string }).dataDir,
      'nightly-backup.sqlite',
    );
    await server.backup(backupFile);

    // Saved after the backup; the server took it but the answer was lost, so the phone
    // still holds it in its outbox when the server loses it in the restore.
    const second = await createBatchDraft(
      cadre.db,
      batchInput({ item: '实际种粮农民一次性补贴' }),
      cadre.user.id,
    );
    cadre.network.dropNextAnswer = 'push';
    await expect(cadre.engine.syncOnce()).rejects.toMatchObject({ code: 'offline' });
    await server.restore(backupFile);

    expect(await cadre.engine.syncOnce()).toMatchObject({ status: 'synced' });
    expect(cadre.pulls.at(-1)?.cookie).toBeNull(); // it started again from scratch
    expect(await listOutbox(cadre.db)).toEqual([]);
    const onPhone = await batchesOf(cadre);
    expect(onPhone.map((b) => b.id).sort()).toEqual([first.id, second.id].sort());
    expect(onPhone.every((b) => b.version > 0)).toBe(true);

    await supervisor.engine.syncOnce();
    expect((await batchesOf(supervisor)).map((b) => b.item).sort()).toEqual(
      ['实际种粮农民一次性补贴', '耕地地力保护补贴'].sort(),
    );
  });

  it('a session ended on the server stops sync but keeps the drafts until the next sign-in', async () => {
    const cadre = await signedInDevice(server, 'cadre');
    const draft = await createBatchDraft(cadre.db, batchInput(), cadre.user.id);
    await revokeAllSessions(server.storage.db, cadre.user.id, Date.now());

    expect(await cadre.engine.syncOnce()).toEqual({ status: 'session-expired' });
    expect((await getSession(cadre.db))?.state).toBe('expired');
    expect(await listOutbox(cadre.db)).toHaveLength(1);

    await signIn(cadre.db, 'cadre', PASSWORD, { fetchImpl: deviceFetch(server, cadre) });
    expect(await cadre.engine.syncOnce()).toMatchObject({ status: 'synced', pushed: 1 });
    expect((await cadre.db.batches.get(draft.id))?.version).toBeGreaterThan(0);
  });
});
