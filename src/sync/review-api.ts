// Staff calls behind the township dashboard that need the server, not the phone's store:
// when the devices of each village last synced (the server's record, since no phone
// holds another phone's sync time). Failures are typed ApiErrors, 'offline' included,
// and the dashboard keeps working without them.
import {
  deviceActivityResponseSchema,
  type DeviceActivityResponse,
} from '../domain/device-activity';
import { ApiError, DEFAULT_TIMEOUT_MS, type ApiErrorCode, type FetchLike } from './api-client';

const defaultFetch: FetchLike = (input, init) => fetch(input, init);

/** Last sync and device count per village the signed-in user may see. */
export async function fetchDeviceActivity(
  token: string,
  fetchImpl: FetchLike = defaultFetch,
): Promise<DeviceActivityResponse> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), DEFAULT_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetchImpl('/api/review/device-activity', {
      method: 'GET',
      headers: { accept: 'application/json', authorization: `Bearer ${token}` },
      signal: controller.signal,
    });
  } catch {
    throw new ApiError(0, controller.signal.aborted ? 'timeout' : 'offline');
  } finally {
    clearTimeout(timer);
  }
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
  const parsed = deviceActivityResponseSchema.safeParse(answer);
  if (!parsed.success) throw new ApiError(response.status, 'bad-response', answer);
  return parsed.data;
}
