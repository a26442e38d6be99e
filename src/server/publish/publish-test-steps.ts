// Shared steps for the publishing tests: an item taken through the whole review chain by
// the three people of a village and its township, each pushing from their own device.
import { expect } from 'vitest';
import type { MutationArgs } from '../../domain/mutations';
import { VILLAGE_A } from '../auth/test-accounts';
import { act, applied, transition, versionOf } from '../sync/handlers/handler-test-steps';
import { batchArgs, lineArgs, noticeArgs, TestDevice } from '../sync/test-sync-client';
import type { TestServer } from '../sync/test-server';

export interface VillageTeam {
  cadre: TestDevice;
  supervisor: TestDevice;
  reviewer: TestDevice;
}

export function villageATeam(server: TestServer): VillageTeam {
  return {
    cadre: new TestDevice(server.app, server.accounts.cadreA.auth),
    supervisor: new TestDevice(server.app, server.accounts.supervisorA.auth),
    reviewer: new TestDevice(server.app, server.accounts.reviewer.auth),
  };
}

/** submit → check → approve with 已保密审查 ticked; every step must apply. */
export async function reviewAndPublish(
  server: TestServer,
  team: VillageTeam,
  itemKind: 'batch' | 'notice',
  id: string,
): Promise<void> {
  const table = itemKind === 'batch' ? 'batches' : 'notices';
  expect(
    await act(team.cadre, 'review.transition', transition(id, 'submit', {}, itemKind)),
  ).toMatchObject({ status: applied });
  expect(
    await act(
      team.supervisor,
      'review.transition',
      transition(id, 'check', {}, itemKind),
      await versionOf(server, table, id),
    ),
  ).toMatchObject({ status: applied });
  expect(
    await act(
      team.reviewer,
      'review.transition',
      transition(id, 'approve', { privacyChecked: true }, itemKind),
      await versionOf(server, table, id),
    ),
  ).toMatchObject({ status: applied });
}

/** A batch of village A with `lineCount` lines, published; returns it and its lines. */
export async function publishedBatch(
  server: TestServer,
  team: VillageTeam,
  overrides: Partial<MutationArgs<'batch.put'>> = {},
  lineCount = 2,
) {
  const batch = batchArgs(VILLAGE_A, overrides);
  expect((await act(team.cadre, 'batch.put', batch)).status).toBe(applied);
  const lines = [];
  for (let i = 0; i < lineCount; i++) {
    const line = lineArgs(batch, { group: `第${i + 1}组` });
    expect((await act(team.cadre, 'line.put', line)).status).toBe(applied);
    lines.push(line);
  }
  await reviewAndPublish(server, team, 'batch', batch.id);
  return { batch, lines };
}

export async function publishedNotice(
  server: TestServer,
  team: VillageTeam,
  overrides: Partial<MutationArgs<'notice.put'>> = {},
) {
  const notice = noticeArgs(VILLAGE_A, overrides);
  expect((await act(team.cadre, 'notice.put', notice)).status).toBe(applied);
  await reviewAndPublish(server, team, 'notice', notice.id);
  return notice;
}
