// Calls to the public endpoints (no sign-in; the kiosk sends its device token). Kept apart
// from api-client.ts because these answers are cacheable: the kiosk sends the ETag of the
// copy it holds and gets 304 when nothing changed, so a village on a weak signal does not
// download the whole board every few minutes. Errors are the same typed ApiError.
import type { ObjectionRequest, PublicObjection } from '../domain/objection';
import type {
  KioskVillageResponse,
  PublicBatchLinesResponse,
  PublicVillageResponse,
} from '../domain/public-view';
import type { User } from '../domain/user';
import { ApiError } from './api-client';
import { requestJson } from './json-request';

export type Fetched<T> = { kind: 'fresh'; body: T; etag: string | null } | { kind: 'not-modified' };

/** GET, or POST when a body is given; the answer is JSON either way. */
async function getJson<T>(
  path: string,
  headers: Record<string, string> = {},
  body?: unknown,
): Promise<Fetched<T>> {
  const answer = await requestJson(path, { headers, body, isNotModifiedExpected: true });
  if (answer === null) return { kind: 'not-modified' };
  return { kind: 'fresh', body: answer.body as T, etag: answer.response.headers.get('etag') };
}

function bodyOf<T>(fetched: Fetched<T>): T {
  // Without our own If-None-Match the browser's cache answers 304 itself, with the body.
  if (fetched.kind !== 'fresh') throw new ApiError(304, 'bad-response');
  return fetched.body;
}

/** The phone page of a village: notices and payout summaries (masked, allow-listed). */
export async function fetchPublicVillage(villageCode: string): Promise<PublicVillageResponse> {
  return bodyOf(await getJson<PublicVillageResponse>(`/api/public/villages/${villageCode}`));
}

/** The lines of one published batch for the phone page, or totals only after the grace. */
export async function fetchPublicBatchLines(
  villageCode: string,
  batchId: string,
): Promise<PublicBatchLinesResponse> {
  return bodyOf(
    await getJson<PublicBatchLinesResponse>(
      `/api/public/villages/${villageCode}/batches/${encodeURIComponent(batchId)}/lines`,
    ),
  );
}

/** Everything the kiosk shows; `etag` of the copy it holds gives 'not-modified' when unchanged. */
export function fetchKioskVillage(
  villageCode: string,
  token: string,
  etag: string | null,
): Promise<Fetched<KioskVillageResponse>> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (etag) headers['if-none-match'] = etag;
  return getJson<KioskVillageResponse>(`/api/public/villages/${villageCode}/kiosk`, headers);
}

/** The village a kiosk token belongs to; refuses a token that is not a kiosk's. */
export async function identifyKiosk(token: string): Promise<{ villageCode: string }> {
  const { user } = bodyOf(
    await getJson<{ user: User }>('/api/auth/me', { authorization: `Bearer ${token}` }),
  );
  if (user.role !== 'kiosk') throw new ApiError(403, 'wrong-role');
  return { villageCode: user.regionCode };
}

/** Raises an objection (异议) against an item in its notice period; no sign-in. */
export async function raiseObjection(
  villageCode: string,
  request: ObjectionRequest,
): Promise<PublicObjection> {
  return bodyOf(
    await getJson<PublicObjection>(`/api/public/villages/${villageCode}/objections`, {}, request),
  );
}
