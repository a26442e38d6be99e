// One JSON request to the server outside the sync client: the public pages, the staff
// objection calls and the dashboard's device activity. A request left hanging on a weak
// signal is aborted after DEFAULT_TIMEOUT_MS; every failure is a typed ApiError the screen
// turns into words ('offline', 'timeout', the server's own code, 'bad-response').
import { ApiError, DEFAULT_TIMEOUT_MS, type ApiErrorCode, type FetchLike } from './api-client';

export interface JsonRequest {
  method?: 'GET' | 'POST' | 'PUT';
  headers?: Record<string, string>;
  /** sent as JSON; its presence makes the default method POST */
  body?: unknown;
  fetchImpl?: FetchLike;
  /** answer null on 304 instead of failing (the caller sent its own If-None-Match) */
  isNotModifiedExpected?: boolean;
}

export interface JsonAnswer {
  response: Response;
  body: unknown;
}

const defaultFetch: FetchLike = (input, init) => fetch(input, init);

/** Send the request and read its JSON answer; null only for an expected 304. */
export async function requestJson(
  path: string,
  request: JsonRequest & { isNotModifiedExpected: true },
): Promise<JsonAnswer | null>;
export async function requestJson(path: string, request?: JsonRequest): Promise<JsonAnswer>;
export async function requestJson(
  path: string,
  request: JsonRequest = {},
): Promise<JsonAnswer | null> {
  const { body, headers = {}, fetchImpl = defaultFetch } = request;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), DEFAULT_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetchImpl(path, {
      method: request.method ?? (body === undefined ? 'GET' : 'POST'),
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
    });
  } catch {
    throw new ApiError(0, controller.signal.aborted ? 'timeout' : 'offline');
  } finally {
    clearTimeout(timer);
  }
  if (request.isNotModifiedExpected && response.status === 304) return null;
  let answer: unknown;
  try {
    answer = await response.json();
  } catch {
    throw new ApiError(response.status, response.ok ? 'bad-response' : 'server-error');
  }
  if (!response.ok) {
    const code = (answer as { error?: unknown } | null)?.error;
    throw new ApiError(
      response.status,
      typeof code === 'string' ? (code as ApiErrorCode) : 'server-error',
      answer,
    );
  }
  return { response, body: answer };
}
