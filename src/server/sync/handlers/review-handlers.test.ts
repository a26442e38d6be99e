// The review chain enforced by the server: each reviewer acts at their step with a
// recorded trail, returns need a reason, publishing needs the privacy check, and a
// submission can be withdrawn only while the rules allow it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WITHDRAW_WINDOW_MS } from '../../../domain/review';
import { VILLAGE_A } from '../../auth/test-accounts';
import { batchArgs, TestDevice } from '../test-sync-client';
import { startTestServer, type TestServer } from '../test-server';
import { act, applied, draftBatch, rejected, transition, versionOf } from './handler-test-steps';

let server: TestServer;
let cadre: TestDevice;
let supervisor: TestDevice;
let reviewer: TestDevice;

beforeEach(async () => {
  server = await startTestServer();
  cadre = new TestDevice(server.app, server.accounts.cadreA.auth);
  supervisor = new TestDevice(server.app, server.accounts.supervisorA.auth);
  reviewer = new TestDevice(server.app, server.accounts.reviewer.auth);
});
afterEach(async () => {
  await server.close();
});

describe('the review chain', () => {
  it('draft → submitted → checked → published, with one audit step per action', async () => {
    const id = await draftBatch(cadre);
    const submit = transition(id, 'submit');
    expect(await act(cadre, 'review.transition', submit)).toMatchObject({ status: applied });
    expect(
      await act(
        supervisor,
        'review.transition',
        transition(id, 'check'),
        await versionOf(server, 'batches', id),
      ),
    ).toMatchObject({ status: applied });
    const approve = transition(id, 'approve', { privacyChecked: true });
    expect(
      await act(reviewer, 'review.transition', approve, await versionOf(server, 'batches', id)),
    ).toMatchObject({ status: applied });

    const batch = reviewer.value<{ state: string; submittedAt: number }>('batches', id);
    expect(batch).toMatchObject({ state: 'published', submittedAt: server.clock.now });
    const steps = [...reviewer.rows.values()]
      .filter((r) => r.table === 'reviewSteps')
      .map((r) => r.value);
    expect(steps.map((s) => [s?.action, s?.fromState, s?.toState, s?.actorRole])).toEqual([
      ['submit', 'draft', 'submitted', 'village-cadre'],
      ['check', 'submitted', 'checked', 'village-supervisor'],
      ['approve', 'checked', 'published', 'township-reviewer'],
    ]);
    expect(steps[0]?.id).toBe(submit.stepId);
  });

  it('the township cannot publish without ticking the privacy check', async () => {
    const id = await draftBatch(cadre);
    await act(cadre, 'review.transition', transition(id, 'submit'));
    await act(
      supervisor,
      'review.transition',
      transition(id, 'check'),
      await versionOf(server, 'batches', id),
    );
    const result = await act(
      reviewer,
      'review.transition',
      transition(id, 'approve'),
      await versionOf(server, 'batches', id),
    );
    expect(result).toEqual(rejected('privacy-check-required'));
  });

  it('a return needs a reason, sends the item back to draft and the author can edit again', async () => {
    const id = await draftBatch(cadre);
    await act(cadre, 'review.transition', transition(id, 'submit'));
    const base = await versionOf(server, 'batches', id);
    expect(
      await act(supervisor, 'review.transition', transition(id, 'return', { reason: '  ' }), base),
    ).toEqual(rejected('reason-required'));
    expect(
      await act(
        supervisor,
        'review.transition',
        transition(id, 'return', { reason: '第三组面积有误' }),
        base,
      ),
    ).toMatchObject({ status: applied });
    // The author's phone still shows the submission until it pulls.
    expect(cadre.value('batches', id)).toMatchObject({ state: 'submitted' });
    await cadre.pullAll();
    expect(cadre.value('batches', id)).toMatchObject({
      state: 'draft',
      returnedReason: '第三组面积有误',
      submittedAt: null,
    });
    const edit = { ...batchArgs(VILLAGE_A), id, rateText: '108元/亩' };
    expect(
      await act(cadre, 'batch.put', edit, await versionOf(server, 'batches', id)),
    ).toMatchObject({
      status: applied,
    });
    await act(cadre, 'review.transition', transition(id, 'submit'));
    expect(cadre.value('batches', id)).toMatchObject({
      state: 'submitted',
      returnedReason: null,
      rateText: '108元/亩',
    });
  });

  it.each([
    ['supervisor approves', 'supervisorA', 'approve', 'wrong-role'],
    ['reviewer checks', 'reviewer', 'check', 'wrong-role'],
    ['another cadre submits', 'cadreA2', 'submit', 'not-author'],
    ['a cadre of another village submits', 'cadreB', 'submit', 'out-of-scope'],
    ['a supervisor of another village checks', 'supervisorB', 'check', 'out-of-scope'],
    ['the county admin approves', 'admin', 'approve', 'wrong-role'],
  ] as const)('refuses when the %s', async (_case, account, action, reason) => {
    const id = await draftBatch(cadre);
    if (action !== 'submit') await act(cadre, 'review.transition', transition(id, 'submit'));
    const device = new TestDevice(server.app, server.accounts[account].auth);
    const result = await act(
      device,
      'review.transition',
      transition(id, action, { privacyChecked: true }),
      await versionOf(server, 'batches', id),
    );
    expect(result).toEqual(rejected(reason));
  });
});

describe('withdrawing a submission', () => {
  it('is possible within 10 minutes even after the supervisor checked it, not later', async () => {
    const early = await draftBatch(cadre);
    await act(cadre, 'review.transition', transition(early, 'submit'));
    await act(
      supervisor,
      'review.transition',
      transition(early, 'check'),
      await versionOf(server, 'batches', early),
    );
    server.clock.now += WITHDRAW_WINDOW_MS - 1000;
    expect(await act(cadre, 'review.transition', transition(early, 'withdraw'))).toMatchObject({
      status: applied,
    });

    const late = await draftBatch(cadre);
    await act(cadre, 'review.transition', transition(late, 'submit'));
    await act(
      supervisor,
      'review.transition',
      transition(late, 'check'),
      await versionOf(server, 'batches', late),
    );
    server.clock.now += WITHDRAW_WINDOW_MS + 1000;
    expect(await act(cadre, 'review.transition', transition(late, 'withdraw'))).toEqual(
      rejected('withdraw-closed'),
    );
  });

  it('is possible later while no reviewer has acted', async () => {
    const id = await draftBatch(cadre);
    await act(cadre, 'review.transition', transition(id, 'submit'));
    server.clock.now += 3 * WITHDRAW_WINDOW_MS;
    expect(await act(cadre, 'review.transition', transition(id, 'withdraw'))).toMatchObject({
      status: applied,
    });
  });
});
