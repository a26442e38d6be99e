// Publishing on the server: an approval freezes a chained snapshot in the same
// transaction and hands its fingerprint to every device; personal data refuses a submit
// with each finding located; a correction replaces a published item, which stays
// readable and is marked superseded.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReviewableFinding } from '../../../domain/privacy-scan-reviewable';
import { diffBatches } from '../../../domain/review-diff';
import { uuidv7 } from '../../../domain/uuid';
import type { ConflictItem } from '../../../sync/protocol';
import { VILLAGE_A, VILLAGE_B } from '../../auth/test-accounts';
import { readPublishedFingerprint } from '../../publish/chain';
import {
  publishedBatch,
  publishedNotice,
  reviewAndPublish,
  villageATeam,
  type VillageTeam,
} from '../../publish/publish-test-steps';
import { batchArgs, lineArgs, noticeArgs, TestDevice } from '../test-sync-client';
import { startTestServer, type TestServer } from '../test-server';
import { act, applied, rejected, transition, versionOf } from './handler-test-steps';

let server: TestServer;
let team: VillageTeam;

beforeEach(async () => {
  server = await startTestServer();
  team = villageATeam(server);
});
afterEach(async () => {
  await server.close();
});

async function snapshots() {
  return server.storage.db
    .selectFrom('published_snapshots')
    .selectAll()
    .orderBy('village_code')
    .orderBy('seq')
    .execute();
}

describe('publishing', () => {
  it('freezes a chained snapshot and gives its fingerprint to the record and the audit step', async () => {
    const { batch } = await publishedBatch(server, team);
    server.clock.now += 60_000;
    const notice = await publishedNotice(server, team);
    const [first, second] = await snapshots();
    expect([Number(first?.seq), first?.prev_sha256, first?.item_id]).toEqual([1, null, batch.id]);
    expect([Number(second?.seq), second?.prev_sha256, second?.item_id]).toEqual([
      2,
      first?.sha256,
      notice.id,
    ]);
    // The reviewer's and the cadre's devices both carry the fingerprint and server time.
    for (const device of [team.reviewer, team.cadre]) {
      await device.pullAll();
      expect(device.value('notices', notice.id)).toMatchObject({
        state: 'published',
        publishedSha256: second?.sha256,
        publishedAt: server.clock.now,
      });
    }
    const approve = [...team.reviewer.rows.values()].find(
      (r) =>
        r.table === 'reviewSteps' && r.value?.itemId === notice.id && r.value?.action === 'approve',
    );
    expect(approve?.value).toMatchObject({ privacyChecked: true, publishedSha256: second?.sha256 });
    expect((await readPublishedFingerprint(server.storage.db, 'batch', batch.id))?.sha256).toBe(
      first?.sha256,
    );
  });

  it('a refused approval freezes nothing', async () => {
    const notice = noticeArgs(VILLAGE_A);
    await act(team.cadre, 'notice.put', notice);
    await act(team.cadre, 'review.transition', transition(notice.id, 'submit', {}, 'notice'));
    await act(
      team.supervisor,
      'review.transition',
      transition(notice.id, 'check', {}, 'notice'),
      await versionOf(server, 'notices', notice.id),
    );
    const result = await act(
      team.reviewer,
      'review.transition',
      transition(notice.id, 'approve', { privacyChecked: false }, 'notice'),
      await versionOf(server, 'notices', notice.id),
    );
    expect(result).toEqual(rejected('privacy-check-required'));
    expect(await snapshots()).toEqual([]);
  });

  it('an approved item is locked: neither it nor its lines can be edited', async () => {
    const { batch, lines } = await publishedBatch(server, team);
    const current = await versionOf(server, 'batches', batch.id);
    expect(await act(team.cadre, 'batch.put', { ...batch, item: '改' }, current)).toEqual(
      rejected('locked'),
    );
    const line = await server.storage.db
      .selectFrom('lines')
      .select('version')
      .where('id', '=', lines[0]?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(
      await act(team.cadre, 'line.put', { ...lines[0], amountFen: 1 }, Number(line.version)),
    ).toEqual(rejected('locked'));
    const deleteLine = { id: lines[0]?.id, batchId: batch.id };
    expect(await act(team.cadre, 'line.delete', deleteLine, Number(line.version))).toEqual(
      rejected('locked'),
    );
    expect(await act(team.cadre, 'batch.delete', { id: batch.id }, current)).toEqual(
      rejected('locked'),
    );
  });
});

describe('the privacy gate', () => {
  function findingsOf(device: TestDevice): { reason: string; findings?: ReviewableFinding[] }[] {
    return [...device.rows.values()]
      .filter((r) => r.table === 'conflicts')
      .map((r) => r.value as unknown as ConflictItem);
  }

  it('refuses a submit and keeps each finding, located, in the conflict', async () => {
    const body = '有疑问请联系会计，手机 13807971234。';
    const notice = noticeArgs(VILLAGE_A, { body });
    await act(team.cadre, 'notice.put', notice);
    expect(
      await act(team.cadre, 'review.transition', transition(notice.id, 'submit', {}, 'notice')),
    ).toEqual(rejected('personal-data-found'));
    const batch = batchArgs(VILLAGE_A);
    const clean = lineArgs(batch);
    const dirty = lineArgs(batch, { remark: '卡号 6222021234567890128 已换' });
    await act(team.cadre, 'batch.put', batch);
    await act(team.cadre, 'line.put', clean);
    await act(team.cadre, 'line.put', dirty);
    expect(await act(team.cadre, 'review.transition', transition(batch.id, 'submit'))).toEqual(
      rejected('personal-data-found'),
    );

    const [noticeConflict, batchConflict] = findingsOf(team.cadre);
    expect(noticeConflict?.findings).toEqual([
      {
        kind: 'mobile',
        recordKind: 'notice',
        recordId: notice.id,
        field: 'body',
        start: 12,
        end: 23,
      },
    ]);
    expect(body.slice(12, 23)).toBe('13807971234');
    expect(batchConflict).toMatchObject({ reason: 'personal-data-found', findingCount: 1 });
    expect(batchConflict?.findings?.[0]).toMatchObject({
      recordKind: 'line',
      recordId: dirty.id,
      field: 'remark',
    });
    // The item stays a draft the author can fix.
    expect(team.cadre.value('batches', batch.id)).toMatchObject({ state: 'draft' });
  });

  it('does not flag the ID number and account columns of a line', async () => {
    const batch = batchArgs(VILLAGE_A);
    await act(team.cadre, 'batch.put', batch);
    await act(team.cadre, 'line.put', lineArgs(batch));
    expect(
      await act(team.cadre, 'review.transition', transition(batch.id, 'submit')),
    ).toMatchObject({
      status: applied,
    });
  });
});

describe('corrections (更正)', () => {
  it('a published correction supersedes the old version; both stay readable with the change', async () => {
    const old = await publishedBatch(server, team);
    const correction = batchArgs(VILLAGE_A, { correctsId: old.batch.id });
    await act(team.cadre, 'batch.put', correction);
    const lines = old.lines.map((l, i) =>
      lineArgs(correction, {
        ...l,
        id: uuidv7(),
        batchId: correction.id,
        ...(i === 0 ? { quantityCenti: 500, amountFen: 53750 } : {}),
      }),
    );
    for (const line of lines) await act(team.cadre, 'line.put', line);
    server.clock.now += 86_400_000;
    await reviewAndPublish(server, team, 'batch', correction.id);

    await team.reviewer.pullAll();
    const before = team.reviewer.value<{ supersededById: string; state: string }>(
      'batches',
      old.batch.id,
    );
    expect(before).toMatchObject({
      state: 'published',
      supersededById: correction.id,
      supersededAt: server.clock.now,
    });
    expect(team.reviewer.value('batches', correction.id)).toMatchObject({
      state: 'published',
      correctsId: old.batch.id,
    });
    const diff = diffBatches({ batch: old.batch, lines: old.lines }, { batch: correction, lines });
    expect(diff.changed.map((c) => c.fields.map((f) => f.field))).toEqual([
      ['quantityCenti', 'amountFen'],
    ]);
    // The superseded version keeps its own fingerprint: its snapshot still verifies.
    const chain = await snapshots();
    expect(chain.map((s) => s.item_id)).toEqual([old.batch.id, correction.id]);
  });

  it.each([
    ['a draft', 'correction-target-invalid'],
    ['an item of another village', 'correction-target-invalid'],
    ['an already corrected item', 'superseded'],
  ] as const)('refuses a correction of %s', async (target, reason) => {
    let correctsId: string;
    if (target === 'a draft') {
      const draft = batchArgs(VILLAGE_A);
      await act(team.cadre, 'batch.put', draft);
      correctsId = draft.id;
    } else if (target === 'an item of another village') {
      const teamB = {
        cadre: new TestDevice(server.app, server.accounts.cadreB.auth),
        supervisor: new TestDevice(server.app, server.accounts.supervisorB.auth),
        reviewer: team.reviewer,
      };
      const theirs = batchArgs(VILLAGE_B);
      await act(teamB.cadre, 'batch.put', theirs);
      await act(teamB.cadre, 'line.put', lineArgs(theirs));
      await reviewAndPublish(server, teamB, 'batch', theirs.id);
      correctsId = theirs.id;
    } else {
      const old = await publishedBatch(server, team, {}, 1);
      const first = batchArgs(VILLAGE_A, { correctsId: old.batch.id });
      await act(team.cadre, 'batch.put', first);
      await act(team.cadre, 'line.put', lineArgs(first));
      await reviewAndPublish(server, team, 'batch', first.id);
      correctsId = old.batch.id;
    }
    expect(await act(team.cadre, 'batch.put', batchArgs(VILLAGE_A, { correctsId }))).toEqual(
      rejected(reason),
    );
  });

  it('of two corrections drafted at once, the second cannot publish over the first', async () => {
    const old = await publishedNotice(server, team);
    const first = noticeArgs(VILLAGE_A, { correctsId: old.id, title: '更正：第三季度财务收支' });
    const second = noticeArgs(VILLAGE_A, { correctsId: old.id, title: '更正（二）' });
    await act(team.cadre, 'notice.put', first);
    await act(team.cadre, 'notice.put', second);
    await act(team.cadre, 'review.transition', transition(second.id, 'submit', {}, 'notice'));
    await act(
      team.supervisor,
      'review.transition',
      transition(second.id, 'check', {}, 'notice'),
      await versionOf(server, 'notices', second.id),
    );
    await reviewAndPublish(server, team, 'notice', first.id);
    const result = await act(
      team.reviewer,
      'review.transition',
      transition(second.id, 'approve', { privacyChecked: true }, 'notice'),
      await versionOf(server, 'notices', second.id),
    );
    expect(result).toEqual(rejected('superseded'));
    expect((await snapshots()).map((s) => s.item_id)).toEqual([old.id, first.id]);
  });
});
