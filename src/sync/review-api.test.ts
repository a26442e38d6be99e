// The dashboard's call for the villages' last syncs: it sends the session, hands back the
// server's record, and turns every failure into a typed code the screen can word.
import { describe, expect, it } from 'vitest';
import type { FetchLike } from './api-client';
import { fetchDeviceActivity } from './review-api';

const ANSWER = {
  now: 1_763_604_000_000,
  villages: [{ villageCode: '360735101200', lastSyncAt: 1_763_600_000_000, deviceCount: 2 }],
};

function answering(status: number, body: unknown): FetchLike {
  return async () => new Response(JSON.stringify(body), { status });
}

describe('fetchDeviceActivity', () => {
  it('sends the session token and returns the record', async () => {
    let sent: Headers | undefined;
    const fetchImpl: FetchLike = async (_url, init) => {
      sent = new Headers(init.headers);
      return new Response(JSON.stringify(ANSWER), { status: 200 });
    };
    expect(await fetchDeviceActivity('tok', fetchImpl)).toEqual(ANSWER);
    expect(sent?.get('authorization')).toBe('Bearer tok');
  });

  it.each([
    ['a refusal keeps its code', answering(403, { error: 'wrong-role' }), 'wrong-role'],
    ['no answer is offline', () => Promise.reject(new TypeError('offline')), 'offline'],
    ['an unreadable answer is bad-response', answering(200, { villages: 'x' }), 'bad-response'],
  ] as const)('%s', async (_label, fetchImpl, code) => {
    await expect(fetchDeviceActivity('tok', fetchImpl)).rejects.toMatchObject({ code });
  });
});
