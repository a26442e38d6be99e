// Saving the photo of the posted paper notice on a phone with no signal: the bytes stay
// on the device waiting for upload and `proof.add` waits in the outbox, in one step; a
// notice that is not published (or not on the phone) takes no photo and leaves nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../app/test-render-app';
import { CommandError, listOutbox, type AppDatabase } from '../../data';
import { mutationArgsSchemas } from '../../domain/mutations';
import { uuidv7 } from '../../domain/uuid';
import { addProofOfPosting } from './proof-commands';
import { proofTestNotice, proofTestPhoto } from '../../../test/fixtures/proof-fixtures';

let db: AppDatabase;
beforeEach(() => {
  db = freshDatabase();
});

const bytes = () => new Blob([new Uint8Array([1, 2, 3, 4])], { type: 'image/jpeg' });

describe('addProofOfPosting', () => {
  it('keeps the photo and queues proof.add for a published notice', async () => {
    const notice = proofTestNotice();
    await db.notices.add(notice);
    const takenAt = Date.UTC(2025, 10, 20, 1, 0);

    const { proofId } = await addProofOfPosting(db, {
      itemKind: 'notice',
      itemId: notice.id,
      photo: proofTestPhoto(),
      data: bytes(),
      takenAt,
    });

    const outbox = await listOutbox(db);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      name: 'proof.add',
      baseVersion: notice.version,
      entityKey: `notices:${notice.id}`,
      args: {
        id: proofId,
        itemKind: 'notice',
        itemId: notice.id,
        photo: proofTestPhoto(),
        takenAt,
      },
    });
    // The server accepts exactly what was queued.
    expect(mutationArgsSchemas['proof.add'].safeParse(outbox[0]?.args).success).toBe(true);
    const blob = await db.blobs.get(proofTestPhoto().sha256);
    expect(blob).toMatchObject({ mime: 'image/jpeg', size: 4, uploadedAt: null });
    // The notice itself is unchanged: only the server stamps the posting time.
    expect((await db.notices.get(notice.id))?.proofs).toBeUndefined();
  });

  it('keeps the upload state of bytes the device already holds', async () => {
    const notice = proofTestNotice();
    await db.notices.add(notice);
    await db.blobs.add({ ...proofTestPhoto(), data: bytes(), uploadedAt: 5 });
    await addProofOfPosting(db, {
      itemKind: 'notice',
      itemId: notice.id,
      photo: proofTestPhoto(),
      data: bytes(),
    });
    expect((await db.blobs.get(proofTestPhoto().sha256))?.uploadedAt).toBe(5);
    expect((await listOutbox(db))[0]?.args).toMatchObject({ takenAt: null });
  });

  it.each([
    ['a draft notice', 'draft', 'locked'],
    ['a notice under review', 'submitted', 'locked'],
  ] as const)('refuses %s and writes nothing', async (_label, state, code) => {
    const notice = proofTestNotice({ state });
    await db.notices.add(notice);
    const saving = addProofOfPosting(db, {
      itemKind: 'notice',
      itemId: notice.id,
      photo: proofTestPhoto(),
      data: bytes(),
    });
    await expect(saving).rejects.toBeInstanceOf(CommandError);
    await expect(saving).rejects.toMatchObject({ code });
    expect(await listOutbox(db)).toEqual([]);
    expect(await db.blobs.count()).toBe(0);
  });

  it('refuses an item that is not on this device', async () => {
    await expect(
      addProofOfPosting(db, {
        itemKind: 'batch',
        itemId: uuidv7(),
        photo: proofTestPhoto(),
        data: bytes(),
      }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(await listOutbox(db)).toEqual([]);
  });
});
