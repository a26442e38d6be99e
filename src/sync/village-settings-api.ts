// Staff calls for a village's settings (names on the phone page, grace days, objection
// reply days). The settings live on the server, not in the phone's store, so these calls
// need the network; a failure is a typed ApiError ('offline', 'timeout', 'stale-version',
// the server's own code) that the screen turns into words while keeping what was typed.
import {
  villageSettingsResponseSchema,
  type VillageSettingsResponse,
  type VillageSettingsUpdate,
} from '../domain/village-settings';
import { ApiError, type FetchLike } from './api-client';
import { requestJson } from './json-request';

const defaultFetch: FetchLike = (input, init) => fetch(input, init);

async function settingsCall(
  token: string,
  villageCode: string,
  fetchImpl: FetchLike,
  body?: VillageSettingsUpdate,
): Promise<VillageSettingsResponse> {
  const { response, body: answer } = await requestJson(
    `/api/villages/${encodeURIComponent(villageCode)}/settings`,
    {
      method: body === undefined ? 'GET' : 'PUT',
      headers: { authorization: `Bearer ${token}` },
      body,
      fetchImpl,
    },
  );
  const parsed = villageSettingsResponseSchema.safeParse(answer);
  if (!parsed.success) throw new ApiError(response.status, 'bad-response', answer);
  return parsed.data;
}

/** The settings in force, the defaults and the recent changes of one village. */
export function fetchVillageSettings(
  token: string,
  villageCode: string,
  fetchImpl: FetchLike = defaultFetch,
): Promise<VillageSettingsResponse> {
  return settingsCall(token, villageCode, fetchImpl);
}

/** Saves a change; 'stale-version' when someone else saved since `baseVersion`. */
export function saveVillageSettings(
  token: string,
  villageCode: string,
  update: VillageSettingsUpdate,
  fetchImpl: FetchLike = defaultFetch,
): Promise<VillageSettingsResponse> {
  return settingsCall(token, villageCode, fetchImpl, update);
}
