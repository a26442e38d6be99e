import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient, isAuthError, type FetchLike } from './api-client';

const jsonResponse = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function recordingFetch(answer: (url: string, init: RequestInit) => Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl: FetchLike = (url, init) => {
    calls.push({ url, init });
    return answer(url, init);
  };
  return { calls, fetchImpl };
}

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

const pullRequest = {
  protocol: 1 as const,
  clientId: '0190b3c4-0000-7000-8000-000000000001',
  cookie: null,
};

describe('createApiClient', () => {
  it('sends the bearer token and JSON body to the server path', async () => {
    const { calls, fetchImpl } = recordingFetch(async () =>
      jsonResponse(200, {
        rows: [],
        hasMore: false,
        lastMid: 0,
        cookie: { epoch: 'e', version: 0 },
      }),
    );
    const api = createApiClient({
      baseUrl: 'https://town.example',
      fetchImpl,
      getToken: () => 'tok-1',
    });
    await api.pull(pullRequest);
    expect(calls[0]?.url).toBe('https://town.example/api/sync/pull');
    const headers = calls[0]?.init.headers as Record<string, string>;
    expect(headers.authorization).toBe('Bearer tok-1');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual(pullRequest);
  });

  it.each([
    [401, { error: 'session-expired' }, 'session-expired', true],
    [401, { error: 'unauthenticated' }, 'unauthenticated', true],
    [401, undefined, 'unauthenticated', true],
    [403, { error: 'client-mismatch' }, 'client-mismatch', false],
    [413, undefined, 'too-large', false],
    [429, { error: 'rate-limited' }, 'rate-limited', false],
    [502, undefined, 'server-error', false],
    [400, 'not json', 'bad-response', false],
  ])('turns HTTP %i with body %j into code %s', async (status, body, code, isAuth) => {
    const { fetchImpl } = recordingFetch(async () =>
      body === undefined
        ? new Response(null, { status })
        : typeof body === 'string'
          ? new Response(body, { status })
          : jsonResponse(status, body),
    );
    const error = await caught(createApiClient({ fetchImpl }).pull(pullRequest));
    expect(error.status).toBe(status);
    expect(error.code).toBe(code);
    expect(isAuthError(error)).toBe(isAuth);
  });

  it('reports a network failure as offline', async () => {
    const { fetchImpl } = recordingFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await caught(createApiClient({ fetchImpl }).login('zhang', 'pw'));
    expect(error.code).toBe('offline');
    expect(error.status).toBe(0);
  });

  it('gives up on a request that hangs and reports a timeout', async () => {
    const { fetchImpl } = recordingFetch(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    const error = await caught(createApiClient({ fetchImpl, timeoutMs: 5 }).pull(pullRequest));
    expect(error.code).toBe('timeout');
  });

  it('returns a mid gap as an outcome, not an error, so the engine can resend', async () => {
    const gap = { error: 'mid-gap', expectedMid: 4, lastMid: 3, results: [] };
    const { fetchImpl } = recordingFetch(async () => jsonResponse(409, gap));
    const outcome = await createApiClient({ fetchImpl }).push({
      protocol: 1,
      clientId: pullRequest.clientId,
      mutations: [],
    });
    expect(outcome).toEqual({ kind: 'gap', body: gap });
  });

  it('treats an empty 200 answer as unreadable rather than as success', async () => {
    const { fetchImpl } = recordingFetch(async () => new Response('', { status: 200 }));
    const error = await caught(
      createApiClient({ fetchImpl }).push({
        protocol: 1,
        clientId: pullRequest.clientId,
        mutations: [],
      }),
    );
    expect(error.code).toBe('bad-response');
  });

  it('uploads a blob as raw bytes to its hash address', async () => {
    const { calls, fetchImpl } = recordingFetch(async () => new Response(null, { status: 204 }));
    await createApiClient({ fetchImpl }).putBlob('ab'.repeat(32), new Blob(['x']));
    expect(calls[0]?.init.method).toBe('PUT');
    expect(calls[0]?.url).toBe(`/api/blobs/${'ab'.repeat(32)}`);
    expect((calls[0]?.init.headers as Record<string, string>)['content-type']).toBe(
      'application/octet-stream',
    );
  });

  it('sends a photo with its own type, so the server serves it as a photo', async () => {
    const { calls, fetchImpl } = recordingFetch(async () => new Response(null, { status: 204 }));
    await createApiClient({ fetchImpl }).putBlob(
      'cd'.repeat(32),
      new Blob(['x'], { type: 'image/jpeg' }),
    );
    expect((calls[0]?.init.headers as Record<string, string>)['content-type']).toBe('image/jpeg');
  });
});
