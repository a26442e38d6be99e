// Staff calls behind the township dashboard that need the server, not the phone's store:
// when the devices of each village last synced (the server's record, since no phone
// holds another phone's sync time). Failures are typed ApiErrors, 'offline' included,
// and the dashboard keeps working without them.
import {
  deviceActivityResponseSchema,
  type DeviceActivityResponse,
} from '../domain/device-activity';
import { ApiError, type FetchLike } from './api-client';
import { requestJson } from './json-request';

const defaultFetch: FetchLike = (input, init) => fetch(input, init);

/** Last sync and device count per village the signed-in user may see. */
export async function fetchDeviceActivity(
  token: string,
  fetchImpl: FetchLike = defaultFetch,
): Promise<DeviceActivityResponse> {
  const { response, body } = await requestJson('/api/review/device-activity', {
    headers: { authorization: `Bearer ${token}` },
    fetchImpl,
  });
  const parsed = deviceActivityResponseSchema.safeParse(body);
  if (!parsed.success) throw new ApiError(response.status, 'bad-response', body);
  return parsed.data;
}
