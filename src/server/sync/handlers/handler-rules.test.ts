// The rules every change meets on the server: a submitted item is locked, a reviewer
// never acts on a version they did not see, drafts have one writer, a deleted record
// stays deleted, and personal data or inconsistent amounts are refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VILLAGE_A } from '../../auth/test-accounts';
import { batchArgs, lineArgs, noticeArgs, TestDevice } from '../test-sync-client';
import { startTestServer, type TestServer } from '../test-server';
import { act, applied, draftBatch, rejected, transition, versionOf } from './handler-test-steps';

let server: TestServer;
let cadre: TestDevice;
let supervisor: TestDevice;

beforeEach(async () => {
  server = await startTestServer();
  cadre = new TestDevice(server.app, server.accounts.cadreA.auth);
  supervisor = new TestDevice(server.app, server.accounts.supervisorA.auth);
});
afterEach(async () => {
  await server.close();
});

describe('locks and stale versions', () => {
  it('a submitted batch and its lines are locked for its author', async () => {
    const batch = batchArgs(VILLAGE_A);
    await act(cadre, 'batch.put', batch);
    await act(cadre, 'review.transition', transition(batch.id, 'submit'));
    const current = await versionOf(server, 'batches', batch.id);
    expect(await act(cadre, 'batch.put', { ...batch, item: '改' }, current)).toEqual(
      rejected('locked'),
    );
    expect(await act(cadre, 'batch.put', { ...batch, item: '改' }, current - 1)).toEqual(
      rejected('stale-version'),
    );
    expect(await act(cadre, 'line.put', lineArgs(batch))).toEqual(rejected('locked'));
    expect(await act(cadre, 'batch.delete', { id: batch.id }, current)).toEqual(rejected('locked'));
  });

  it("a reviewer's action on a version they did not see is stale", async () => {
    const id = await draftBatch(cadre);
    await act(cadre, 'review.transition', transition(id, 'submit'));
    const seenBySupervisor = await versionOf(server, 'batches', id);
    // The author withdraws, changes the rate and submits again meanwhile.
    await act(cadre, 'review.transition', transition(id, 'withdraw'));
    await act(cadre, 'batch.put', { ...batchArgs(VILLAGE_A), id, rateText: '200元/亩' });
    await act(cadre, 'review.transition', transition(id, 'submit'));
    const result = await act(
      supervisor,
      'review.transition',
      transition(id, 'check'),
      seenBySupervisor,
    );
    expect(result).toEqual(rejected('stale-version'));
  });

  it('another cadre of the village cannot edit or delete a draft that is not theirs', async () => {
    const batch = batchArgs(VILLAGE_A);
    await act(cadre, 'batch.put', batch);
    const colleague = new TestDevice(server.app, server.accounts.cadreA2.auth);
    expect(await act(colleague, 'batch.put', { ...batch, item: '改' })).toEqual(
      rejected('not-author'),
    );
    expect(await act(colleague, 'batch.delete', { id: batch.id })).toEqual(rejected('not-author'));
    expect(await act(colleague, 'line.put', lineArgs(batch))).toEqual(rejected('not-author'));
  });

  it('an old copy cannot bring a deleted record back', async () => {
    const notice = noticeArgs(VILLAGE_A);
    await act(cadre, 'notice.put', notice);
    await act(cadre, 'notice.delete', { id: notice.id });
    expect(await act(cadre, 'notice.put', notice)).toEqual(rejected('not-found'));
    expect(await act(cadre, 'notice.delete', { id: notice.id })).toMatchObject({ status: applied });
  });
});

describe('content rules', () => {
  it('personal data in a notice or a line remark blocks submission', async () => {
    const notice = noticeArgs(VILLAGE_A, { body: '有疑问请联系会计，手机 13807971234。' });
    await act(cadre, 'notice.put', notice);
    expect(
      await act(cadre, 'review.transition', transition(notice.id, 'submit', {}, 'notice')),
    ).toEqual(rejected('personal-data-found'));

    const batch = batchArgs(VILLAGE_A);
    await act(cadre, 'batch.put', batch);
    await act(cadre, 'line.put', lineArgs(batch, { remark: '卡号 6222021234567890128 已换' }));
    expect(await act(cadre, 'review.transition', transition(batch.id, 'submit'))).toEqual(
      rejected('personal-data-found'),
    );
  });

  it('an amount must equal quantity × rate unless marked adjusted with a reason', async () => {
    const batch = batchArgs(VILLAGE_A);
    await act(cadre, 'batch.put', batch);
    expect(await act(cadre, 'line.put', lineArgs(batch, { amountFen: 60000 }))).toEqual(
      rejected('invalid'),
    );
    expect(
      await act(cadre, 'line.put', lineArgs(batch, { amountFen: 60000, adjusted: true })),
    ).toEqual(rejected('invalid'));
    const adjusted = lineArgs(batch, {
      amountFen: 50000,
      adjusted: true,
      adjustReason: '按实地核实面积扣减',
    });
    expect(await act(cadre, 'line.put', adjusted)).toMatchObject({ status: applied });
  });

  it('a correction must point at a published item of the same village', async () => {
    const draft = batchArgs(VILLAGE_A);
    await act(cadre, 'batch.put', draft);
    expect(await act(cadre, 'batch.put', batchArgs(VILLAGE_A, { correctsId: draft.id }))).toEqual(
      rejected('correction-target-invalid'),
    );
  });

  it('a step id can be used once', async () => {
    const id = await draftBatch(cadre);
    const submit = transition(id, 'submit');
    await act(cadre, 'review.transition', submit);
    await act(cadre, 'review.transition', transition(id, 'withdraw'));
    expect(await act(cadre, 'review.transition', submit)).toEqual(rejected('invalid'));
  });
});
