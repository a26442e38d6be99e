// Staff calls for objections (异议): list those of a village or township, reply to one,
// and the township's overdue count per village. They need the network (an objection
// lives on the server, not in the phone's store), so a failure is a typed ApiError the
// screen turns into words: 'offline' and 'timeout' included.
import type {
  ObjectionReplyRequest,
  ObjectionStaffState,
  OverdueCountsResponse,
  StaffObjection,
  StaffObjectionsResponse,
} from '../domain/objection';
import { requestJson } from './json-request';

async function authedJson<T>(
  token: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<T> {
  const answer = await requestJson(path, {
    method,
    headers: { authorization: `Bearer ${token}` },
    body,
  });
  return answer.body as T;
}

export interface ObjectionsQuery {
  villageCode?: string;
  state?: ObjectionStaffState;
}

/** Objections the signed-in cadre, supervisor or township reviewer may see, newest first. */
export function fetchObjections(
  token: string,
  query: ObjectionsQuery = {},
): Promise<StaffObjectionsResponse> {
  const params = new URLSearchParams();
  if (query.villageCode) params.set('villageCode', query.villageCode);
  if (query.state) params.set('state', query.state);
  const search = params.toString();
  return authedJson(token, 'GET', `/api/objections${search ? `?${search}` : ''}`);
}

/**
 * Publishes the reply to one objection. A reply holding a personal number is refused
 * with code 'personal-data-found'; the error body's `findings` say where.
 */
export function replyToObjection(
  token: string,
  objectionId: string,
  request: ObjectionReplyRequest,
): Promise<StaffObjection> {
  return authedJson(
    token,
    'POST',
    `/api/objections/${encodeURIComponent(objectionId)}/reply`,
    request,
  );
}

/** Unanswered objections past their due date, per village of the reviewer's township. */
export function fetchOverdueObjectionCounts(token: string): Promise<OverdueCountsResponse> {
  return authedJson(token, 'GET', '/api/objections/overdue-counts');
}
