// The server's record of when each village's devices last synced, fetched once per visit
// of the dashboard. undefined while asking; null when it cannot be had (offline, session
// expired, old server): the dashboard then says "暂无数据" and works on with local records.
import { useEffect, useState } from 'react';
import type { DeviceActivityResponse } from '../../domain/device-activity';
import { fetchDeviceActivity } from '../../sync/review-api';

export function useDeviceActivity(token: string | null): DeviceActivityResponse | null | undefined {
  const [answer, setAnswer] = useState<{ token: string; value: DeviceActivityResponse | null }>();
  useEffect(() => {
    if (token === null) return;
    let isCurrent = true;
    const settle = (value: DeviceActivityResponse | null) => {
      if (isCurrent) setAnswer({ token, value });
    };
    fetchDeviceActivity(token).then(settle, () => settle(null));
    return () => {
      isCurrent = false;
    };
  }, [token]);
  if (token === null) return null;
  return answer?.token === token ? answer.value : undefined;
}
