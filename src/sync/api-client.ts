// The one place in the app that calls fetch: typed calls to the township server.
// Every failure becomes an ApiError with a code the UI can translate: the server's own
// `{error}` code, or 'offline' (no answer at all), 'timeout' (no answer in time),
// 'server-error' (5xx without a code) and 'bad-response' (an answer we cannot read).
// It knows nothing of Dexie or of when to sync; the sync engine and auth.ts decide that.
import type { User } from '../domain/user';
import type { ErrorCode } from '../domain/mutations';
import type {
  PullRequest,
  PullResponse,
  PushGapResponse,
  PushRequest,
  PushResponse,
} from './protocol';

export type ApiErrorCode =
  ErrorCode | 'mid-gap' | 'offline' | 'timeout' | 'server-error' | 'bad-response';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  /** the parsed error body, when the server sent one */
  readonly body: unknown;

  constructor(status: number, code: ApiErrorCode, body?: unknown) {
    super(`api ${status} ${code}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.body = body;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** True for the answers that mean "sign in again": the queue must wait, not retry. */
export function isAuthError(error: unknown): boolean {
  return (
    isApiError(error) && (error.code === 'session-expired' || error.code === 'unauthenticated')
  );
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface ApiClientOptions {
  /** '' in the app (same origin); a full origin in tests or a split deployment */
  baseUrl?: string;
  fetchImpl?: FetchLike;
  /** a request with no answer after this long counts as a failure, not a hang */
  timeoutMs?: number;
  /** bearer token of the signed-in user, read for every call */
  getToken?: () => string | null | undefined;
}

export interface LoginResponse {
  token: string;
  user: User;
}

/** A push either went through or stopped at a mid gap; both carry the applied results. */
export type PushOutcome =
  { kind: 'ok'; body: PushResponse } | { kind: 'gap'; body: PushGapResponse };

export interface ApiClient {
  login(username: string, password: string): Promise<LoginResponse>;
  me(): Promise<{ user: User }>;
  logout(): Promise<void>;
  push(request: PushRequest): Promise<PushOutcome>;
  pull(request: PullRequest): Promise<PullResponse>;
  putBlob(sha256: string, data: Blob): Promise<void>;
}

export const DEFAULT_TIMEOUT_MS = 20_000;

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  const fetchImpl: FetchLike = options.fetchImpl ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function request(
    method: string,
    path: string,
    body?: unknown,
    rawBody?: Blob,
  ): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    const token = options.getToken?.();
    if (token) headers.authorization = `Bearer ${token}`;
    let payload: BodyInit | undefined;
    if (rawBody) {
      // The server keeps the type with the bytes and serves a photo or PDF as what it is.
      headers['content-type'] = rawBody.type || 'application/octet-stream';
      payload = rawBody;
    } else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    // A phone on a weak signal can leave a request hanging for minutes; abort it so the
    // scheduler can back off and try again instead of showing "syncing" forever.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      return await fetchImpl(`${baseUrl}${path}`, {
        method,
        headers,
        body: payload,
        signal: controller.signal,
      });
    } catch {
      throw new ApiError(0, controller.signal.aborted ? 'timeout' : 'offline');
    } finally {
      clearTimeout(timer);
    }
  }

  async function readJson(response: Response): Promise<unknown> {
    try {
      const text = await response.text();
      return text ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      return undefined;
    }
  }

  function errorFrom(response: Response, body: unknown): ApiError {
    const code = (body as { error?: unknown } | undefined)?.error;
    if (typeof code === 'string' && code.length > 0)
      return new ApiError(response.status, code as ApiErrorCode, body);
    if (response.status === 401) return new ApiError(401, 'unauthenticated', body);
    if (response.status === 413) return new ApiError(413, 'too-large', body);
    if (response.status === 429) return new ApiError(429, 'rate-limited', body);
    if (response.status >= 500) return new ApiError(response.status, 'server-error', body);
    return new ApiError(response.status, 'bad-response', body);
  }

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await request(method, path, body);
    const parsed = await readJson(response);
    if (!response.ok) throw errorFrom(response, parsed);
    if (parsed === undefined && response.status !== 204)
      throw new ApiError(response.status, 'bad-response');
    return parsed as T;
  }

  return {
    login: (username, password) =>
      call<LoginResponse>('POST', '/api/auth/login', { username, password }),
    me: () => call<{ user: User }>('GET', '/api/auth/me'),
    async logout() {
      const response = await request('POST', '/api/auth/logout', {});
      if (!response.ok && response.status !== 401)
        throw errorFrom(response, await readJson(response));
    },
    async push(body) {
      const response = await request('POST', '/api/sync/push', body);
      const parsed = await readJson(response);
      if (
        response.status === 409 &&
        (parsed as { error?: unknown } | undefined)?.error === 'mid-gap'
      ) {
        return { kind: 'gap', body: parsed as PushGapResponse };
      }
      if (!response.ok) throw errorFrom(response, parsed);
      if (parsed === undefined) throw new ApiError(response.status, 'bad-response');
      return { kind: 'ok', body: parsed as PushResponse };
    },
    pull: (body) => call<PullResponse>('POST', '/api/sync/pull', body),
    async putBlob(sha256, data) {
      const response = await request(
        'PUT',
        `/api/blobs/${encodeURIComponent(sha256)}`,
        undefined,
        data,
      );
      if (!response.ok) throw errorFrom(response, await readJson(response));
    },
  };
}
