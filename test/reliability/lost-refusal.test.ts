// A refusal whose answer was lost (found by the model-based test, seed 35): the server
// refused a change and the phone never heard it; on the retry the server answers
// 'duplicate', and the phone must still end up showing the server's copy instead of the
// refused edit, with nothing left queued. Before the fix the pull dropped the outbox
// entry and the refused edit stayed on screen as 已同步, diverging from the township.
import { afterEach, describe, expect, it } from 'vitest';
import { listOutbox } from '../../src/data';
import {
  createBatchDraft,
  deleteBatchDraft,
  updateBatchDraft,
} from '../../src/features/subsidies/batch-commands';
import { VILLAGE_A } from '../../src/server/auth/test-accounts';
import { createSyncWorld, destroyWorldTemplate, type SyncWorld } from './sync-world';

let world: SyncWorld | null = null;
afterEach(async () => {
  await world?.destroy();
  world = null;
  await destroyWorldTemplate();
});

const REFUSED_CHANGES = [
  {
    name: 'an edit of a colleague’s draft',
    change: (w: SyncWorld, id: string) =>
      updateBatchDraft(w.clients[1]!.db, id, { item: '农机购置补贴' }),
  },
  {
    name: 'a deletion of a colleague’s draft',
    change: (w: SyncWorld, id: string) => deleteBatchDraft(w.clients[1]!.db, id),
  },
];

describe('a refusal whose answer was lost', () => {
  it.each(REFUSED_CHANGES)(
    '$name: the phone shows the server’s copy after the retry, not the refused change',
    async ({ change }) => {
      world = await createSyncWorld(['cadreA', 'cadreA2']);
      const [author, colleague] = world.clients as [
        (typeof world.clients)[0],
        (typeof world.clients)[0],
      ];
      const draft = await createBatchDraft(
        author.db,
        {
          villageCode: VILLAGE_A,
          year: 2025,
          item: '耕地地力保护补贴',
          unit: '亩',
          rateText: '107.5元/亩',
          basis: '赣财农〔2025〕12号',
          department: '石城县财政局',
          publisher: '小松村村民委员会',
          hotline: '0797-5712345',
          paidOn: '2025-06-30',
        },
        author.user.id,
      );
      await author.engine.syncOnce();
      await colleague.engine.syncOnce();
      const serverCopy = await colleague.db.batches.get(draft.id);
      expect(serverCopy?.item).toBe('耕地地力保护补贴');

      await change(world, draft.id);
      const heardBefore = world.acknowledgements.length;
      colleague.network.dropNextAnswer = true;
      await expect(colleague.engine.syncOnce()).rejects.toMatchObject({ code: 'offline' });
      expect(world.acknowledgements.length).toBe(heardBefore); // the refusal never arrived

      expect(await colleague.engine.syncOnce()).toMatchObject({ status: 'synced' });
      expect(await listOutbox(colleague.db)).toEqual([]);
      expect(await colleague.db.batches.get(draft.id)).toEqual(serverCopy);
      const conflicts = await colleague.db.conflicts.toArray();
      expect(conflicts).toMatchObject([{ mid: 1, reason: 'not-author' }]);
    },
  );
});
