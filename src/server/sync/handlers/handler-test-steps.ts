// Shared steps for the handler tests: one mutation pushed by one device, the stored
// version of an item, a review step's arguments, and a draft batch with one line.
import { expect } from 'vitest';
import type { ErrorCode } from '../../../domain/mutations';
import { uuidv7 } from '../../../domain/uuid';
import type { PushResult } from '../../../sync/protocol';
import { VILLAGE_A } from '../../auth/test-accounts';
import { batchArgs, lineArgs, type TestDevice } from '../test-sync-client';
import type { TestServer } from '../test-server';

/** Pushes one mutation and returns its result; the device's view is refreshed after it. */
export async function act(
  device: TestDevice,
  name: string,
  args: unknown,
  baseVersion = 0,
): Promise<PushResult> {
  const response = await device.push([device.mutation(name, args, baseVersion)]);
  expect(response.statusCode).toBe(200);
  await device.pullAll();
  return response.body.results[0] as PushResult;
}

export async function versionOf(
  server: TestServer,
  table: 'batches' | 'notices',
  id: string,
): Promise<number> {
  const row = await server.storage.db
    .selectFrom(table)
    .select('version')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

export function transition(
  itemId: string,
  action: string,
  extra: Record<string, unknown> = {},
  itemKind = 'batch',
) {
  return { stepId: uuidv7(), itemKind, itemId, action, ...extra };
}

export const applied: PushResult['status'] = 'applied';
export const rejected = (reason: ErrorCode) =>
  expect.objectContaining({ status: 'rejected', reason });

export async function draftBatch(cadre: TestDevice): Promise<string> {
  const batch = batchArgs(VILLAGE_A);
  expect((await act(cadre, 'batch.put', batch)).status).toBe(applied);
  expect((await act(cadre, 'line.put', lineArgs(batch))).status).toBe(applied);
  return batch.id;
}
