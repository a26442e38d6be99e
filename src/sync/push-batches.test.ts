import { describe, expect, it } from 'vitest';
import { firstPushBatch, type QueuedForPush } from './push-batches';
import { MAX_PUSH_BYTES, PROTOCOL_VERSION } from './protocol';

const clientId = '0190b3c4-0000-7000-8000-000000000001';
const entry = (mid: number, text = ''): QueuedForPush => ({
  mid,
  name: 'notice.put',
  args: { body: text },
  baseVersion: 0,
});
const entries = (count: number, text = '') =>
  Array.from({ length: count }, (_, i) => entry(i + 1, text));
const bodyBytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

describe('firstPushBatch', () => {
  it('keeps mid order and the fields the server expects, nothing else', () => {
    const batch = firstPushBatch(clientId, [
      { ...entry(3), createdAt: 1, entityKey: 'notices:x' } as QueuedForPush,
      entry(4),
    ]);
    expect(batch.protocol).toBe(PROTOCOL_VERSION);
    expect(batch.mutations).toEqual([
      { mid: 3, name: 'notice.put', args: { body: '' }, baseVersion: 0 },
      { mid: 4, name: 'notice.put', args: { body: '' }, baseVersion: 0 },
    ]);
  });

  it.each([
    [1, 1],
    [100, 100],
    [101, 100],
    [250, 100],
  ])('of %i small mutations sends %i', (count, expected) => {
    expect(firstPushBatch(clientId, entries(count)).mutations).toHaveLength(expected);
  });

  it('stops before 256 KB of JSON, counting Chinese text in UTF-8 bytes', () => {
    // 30,000 CJK characters = 90,000 bytes each: two fit, three do not.
    const batch = firstPushBatch(clientId, entries(5, '村'.repeat(30_000)));
    expect(batch.mutations.map((m) => m.mid)).toEqual([1, 2]);
    expect(bodyBytes(batch)).toBeLessThanOrEqual(MAX_PUSH_BYTES);
  });

  it('fills the byte budget exactly to the limit and never over it', () => {
    for (const size of [1_000, 10_000, 50_000, 87_000]) {
      const batch = firstPushBatch(clientId, entries(50, 'a'.repeat(size)));
      expect(bodyBytes(batch)).toBeLessThanOrEqual(MAX_PUSH_BYTES);
      const withOneMore = firstPushBatch(
        clientId,
        entries(batch.mutations.length + 1, 'a'.repeat(size)),
        {
          maxBytes: Number.MAX_SAFE_INTEGER,
        },
      );
      if (batch.mutations.length < 50)
        expect(bodyBytes(withOneMore)).toBeGreaterThan(MAX_PUSH_BYTES);
    }
  });

  it('sends an oversized mutation alone instead of stalling the queue', () => {
    const big = entry(1, 'x'.repeat(MAX_PUSH_BYTES));
    expect(firstPushBatch(clientId, [big, entry(2)]).mutations.map((m) => m.mid)).toEqual([1]);
  });

  it('sends nothing for an empty outbox', () => {
    expect(firstPushBatch(clientId, []).mutations).toEqual([]);
  });
});
