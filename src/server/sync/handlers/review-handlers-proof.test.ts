// Proof of posting (张贴凭证): only a cadre of the item's village adds it, only to a
// published item, and the server's clock (never the phone's) dates it; the township's
// devices see it on the item.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../domain/uuid';
import { VILLAGE_A } from '../../auth/test-accounts';
import {
  publishedBatch,
  publishedNotice,
  villageATeam,
  type VillageTeam,
} from '../../publish/publish-test-steps';
import { noticeArgs, TestDevice } from '../test-sync-client';
import { startTestServer, type TestServer } from '../test-server';
import { act, applied, rejected } from './handler-test-steps';

let server: TestServer;
let team: VillageTeam;

beforeEach(async () => {
  server = await startTestServer();
  team = villageATeam(server);
});
afterEach(async () => {
  await server.close();
});

describe('proof of posting', () => {
  const photo = { sha256: 'c'.repeat(64), name: 'board.jpg', mime: 'image/jpeg', size: 120_000 };

  it.each([
    ['cadreA', 'applied'],
    ['cadreA2', 'applied'],
    ['supervisorA', 'wrong-role'],
    ['reviewer', 'wrong-role'],
    ['cadreB', 'out-of-scope'],
  ] as const)('%s adding proof to a published notice of village A → %s', async (who, outcome) => {
    const notice = await publishedNotice(server, team);
    const device = new TestDevice(server.app, server.accounts[who].auth);
    const args = { id: uuidv7(), itemKind: 'notice', itemId: notice.id, photo };
    const result = await act(device, 'proof.add', args);
    expect(result).toEqual(
      outcome === 'applied' ? expect.objectContaining({ status: applied }) : rejected(outcome),
    );
  });

  it('needs a published item', async () => {
    const draft = noticeArgs(VILLAGE_A);
    await act(team.cadre, 'notice.put', draft);
    const args = { id: uuidv7(), itemKind: 'notice', itemId: draft.id, photo };
    expect(await act(team.cadre, 'proof.add', args)).toEqual(rejected('wrong-state'));
  });

  it("is stamped with the server's time, not the phone's, and the reviewer sees it", async () => {
    const { batch } = await publishedBatch(server, team, {}, 1);
    server.clock.now += 3_600_000;
    const phoneClockWrong = Date.UTC(2019, 0, 1);
    const args = {
      id: uuidv7(),
      itemKind: 'batch',
      itemId: batch.id,
      photo,
      takenAt: phoneClockWrong,
    };
    expect(await act(team.cadre, 'proof.add', args)).toMatchObject({ status: applied });
    await team.reviewer.pullAll();
    expect(team.reviewer.value('batches', batch.id)).toMatchObject({
      state: 'published',
      proofs: [{ id: args.id, sha256: photo.sha256, postedAt: server.clock.now }],
    });
    const stored = await server.storage.db
      .selectFrom('proofs')
      .select('record')
      .where('id', '=', args.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(stored.record)).toMatchObject({
      postedAt: server.clock.now,
      takenAt: phoneClockWrong,
      villageCode: VILLAGE_A,
      postedBy: server.accounts.cadreA.user.id,
    });
    // A proof id counts once.
    expect(await act(team.cadre, 'proof.add', args)).toEqual(rejected('invalid'));
  });
});
