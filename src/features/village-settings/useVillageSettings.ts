import { useCallback, useEffect, useState } from 'react';
import type { VillageSettingsResponse } from '../../domain/village-settings';
import { isApiError, type ApiErrorCode } from '../../sync';
import { fetchVillageSettings } from '../../sync/village-settings-api';

export type VillageSettingsLoad =
  | { status: 'loading' }
  | { status: 'ready'; value: VillageSettingsResponse }
  | { status: 'error'; code: ApiErrorCode | 'unknown' };

/**
 * One village's settings from the server (they are not kept on the phone). `retry` loads
 * again after a failure; `refresh` fetches the latest while the form stays on screen, so
 * what the reviewer typed is never thrown away by a reload; `replace` shows a saved answer.
 */
export function useVillageSettings(
  token: string | null,
  villageCode: string,
): {
  result: VillageSettingsLoad;
  retry: () => void;
  refresh: () => Promise<void>;
  replace: (value: VillageSettingsResponse) => void;
} {
  const [attempt, setAttempt] = useState(0);
  const key = token ? villageCode : null;
  const [loaded, setLoaded] = useState<{ key: string; result: VillageSettingsLoad } | null>(null);

  useEffect(() => {
    if (key === null || token === null) return;
    let isCurrent = true;
    fetchVillageSettings(token, key).then(
      (value) => isCurrent && setLoaded({ key, result: { status: 'ready', value } }),
      (error: unknown) =>
        isCurrent &&
        setLoaded({
          key,
          result: { status: 'error', code: isApiError(error) ? error.code : 'unknown' },
        }),
    );
    return () => {
      isCurrent = false;
    };
  }, [key, token, attempt]);

  const replace = useCallback(
    (value: VillageSettingsResponse) => {
      if (key !== null) setLoaded({ key, result: { status: 'ready', value } });
    },
    [key],
  );

  const refresh = useCallback(async () => {
    if (key === null || token === null) return;
    replace(await fetchVillageSettings(token, key));
  }, [key, token, replace]);

  const retry = useCallback(() => {
    setLoaded(null);
    setAttempt((n) => n + 1);
  }, []);

  const result: VillageSettingsLoad =
    loaded && loaded.key === key ? loaded.result : { status: 'loading' };
  return { result, retry, refresh, replace };
}
