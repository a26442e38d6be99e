// The author's submit and withdraw: shown at once on the device (offline), queued as
// review.transition for the server to decide.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftBatch } from '../../../test/fixtures/payout-fixtures';
import { CommandError, listOutbox, openDatabase, type AppDatabase } from '../../data';
import { uuidv7 } from '../../domain/uuid';
import { submitBatch, withdrawBatch } from './batch-review-commands';

let db: AppDatabase;
const T0 = 1_750_000_000_000;

beforeEach(() => {
  db = openDatabase(`batch-review-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('submitBatch and withdrawBatch', () => {
  it('moves a draft to submitted, queues the step, and back to draft on withdraw', async () => {
    const batch = draftBatch({ version: 3, returnedReason: '金额有误' });
    await db.batches.add(batch);

    const submitted = await submitBatch(db, batch.id, T0);
    expect(submitted).toMatchObject({ state: 'submitted', submittedAt: T0, returnedReason: null });
    const [entry] = await listOutbox(db);
    expect(entry).toMatchObject({
      name: 'review.transition',
      baseVersion: 3,
      args: { itemKind: 'batch', itemId: batch.id, action: 'submit' },
    });

    const withdrawn = await withdrawBatch(db, batch.id, T0 + 60_000);
    expect(withdrawn).toMatchObject({ state: 'draft', submittedAt: null });
    expect((await listOutbox(db)).at(-1)?.args).toMatchObject({ action: 'withdraw' });
  });

  it('refuses to submit twice or to withdraw a draft, writing nothing', async () => {
    const batch = draftBatch();
    await db.batches.add(batch);
    const refusal = await withdrawBatch(db, batch.id, T0).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(CommandError);
    await submitBatch(db, batch.id, T0);
    await expect(submitBatch(db, batch.id, T0)).rejects.toMatchObject({ code: 'locked' });
    expect(await listOutbox(db)).toHaveLength(1);
  });
});
