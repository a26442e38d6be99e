import { describe, expect, it } from 'vitest';
import { recordSyncState, type RecordSyncState } from './record-sync-state';

describe('recordSyncState', () => {
  const cases: [string, Parameters<typeof recordSyncState>, RecordSyncState][] = [
    ['a new draft waiting to be sent', [{ version: 0, state: 'draft' }, true, false], 'local-only'],
    ['a server-known draft with an edit queued', [{ version: 3, state: 'draft' }, true, false], 'pending'],
    ['a server-known record with nothing queued', [{ version: 3, state: 'published' }, false, false], 'synced'],
    ['a record the server never confirmed, queue empty', [{ version: 0 }, false, false], 'local-only'],
    [
      'a draft sent back by a reviewer',
      [{ version: 5, state: 'draft', returnedReason: '第三组金额有误' }, false, false],
      'returned',
    ],
    [
      'a returned draft the author is fixing',
      [{ version: 5, state: 'draft', returnedReason: '第三组金额有误' }, true, false],
      'pending',
    ],
    ['a conflict, even with edits queued', [{ version: 0, state: 'draft' }, true, true], 'conflict'],
    ['a conflict on a synced record', [{ version: 4, state: 'submitted' }, false, true], 'conflict'],
    [
      'an old reason on a submitted record',
      [{ version: 6, state: 'submitted', returnedReason: 'old' }, false, false],
      'synced',
    ],
    ['an empty reason', [{ version: 2, state: 'draft', returnedReason: '' }, false, false], 'synced'],
  ];

  it.each(cases)('%s', (_label, args, expected) => {
    expect(recordSyncState(...args)).toBe(expected);
  });
});
