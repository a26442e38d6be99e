// A phone handed from one person to another: the server ties a device's clientId to the
// first person who synced with it; the next person continues as a new client, but only
// once nothing of the previous person is left to send.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getClientId } from '../../src/data/meta';
import { listOutbox } from '../../src/data/outbox';
import { getSession } from '../../src/data/session-store';
import { createBatchDraft } from '../../src/features/subsidies/batch-commands';
import { signIn, signOut } from '../../src/sync/auth';
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

describe('a phone shared by two people of one village', () => {
  it('a phone handed from the cadre to the supervisor keeps syncing under the new person', async () => {
    const cadre = await signedInDevice(server, 'cadre');
    const draft = await createBatchDraft(cadre.db, batchInput(), cadre.user.id);
    await cadre.engine.syncOnce();
    const cadreClientId = await getClientId(cadre.db);
    await signOut(cadre.db, { fetchImpl: deviceFetch(server, cadre) });

    const supervisor = await signIn(cadre.db, 'supervisor', PASSWORD, {
      fetchImpl: deviceFetch(server, cadre),
    });
    expect(await cadre.engine.syncOnce()).toMatchObject({ status: 'synced' });
    expect(await getClientId(cadre.db)).not.toBe(cadreClientId);
    expect((await getSession(cadre.db))?.user.id).toBe(supervisor.user.id);
    expect((await batchesOf(cadre)).map((b) => b.id)).toEqual([draft.id]);
  });

  it('unsent work of the cadre waits for the cadre when someone else signs in', async () => {
    const cadre = await signedInDevice(server, 'cadre');
    await createBatchDraft(cadre.db, batchInput(), cadre.user.id);
    await cadre.engine.syncOnce();
    const unsent = await createBatchDraft(cadre.db, batchInput({ item: '未发送' }), cadre.user.id);
    await signOut(cadre.db, { fetchImpl: deviceFetch(server, cadre) });

    await signIn(cadre.db, 'supervisor', PASSWORD, { fetchImpl: deviceFetch(server, cadre) });
    await expect(cadre.engine.syncOnce()).rejects.toMatchObject({ code: 'client-mismatch' });
    expect(await listOutbox(cadre.db)).toHaveLength(1);

    await signIn(cadre.db, 'cadre', PASSWORD, { fetchImpl: deviceFetch(server, cadre) });
    await cadre.engine.syncOnce();
    expect((await cadre.db.batches.get(unsent.id))?.version).toBeGreaterThan(0);
  });
});
