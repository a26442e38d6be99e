import { useEffect, useState } from 'react';
import type { PublicBatchLinesResponse, PublicVillageResponse } from '../../domain/public-view';
import { isApiError, type ApiErrorCode } from '../../sync';
import { fetchPublicBatchLines, fetchPublicVillage } from '../../sync/public-api';

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; code: ApiErrorCode | 'unknown' };

function errorCode(error: unknown): ApiErrorCode | 'unknown' {
  return isApiError(error) ? error.code : 'unknown';
}

/**
 * A fetch keyed by `key`: until the answer for this very key arrives the result is
 * 'loading', so a page switched to another village never shows the previous one.
 */
function useKeyedFetch<T>(key: string | null, load: () => Promise<T>): Loaded<T> | null {
  const [result, setResult] = useState<{ key: string; loaded: Loaded<T> } | null>(null);
  useEffect(() => {
    if (key === null) return;
    let isCurrent = true;
    load().then(
      (value) => isCurrent && setResult({ key, loaded: { status: 'ready', value } }),
      (error: unknown) =>
        isCurrent && setResult({ key, loaded: { status: 'error', code: errorCode(error) } }),
    );
    return () => {
      isCurrent = false;
    };
    // `load` is a new closure each render; the key says when to fetch again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (key === null) return null;
  return result?.key === key ? result.loaded : { status: 'loading' };
}

/** The public page of a village (the browser revalidates it by ETag). */
export function usePublicVillage(villageCode: string): Loaded<PublicVillageResponse> {
  return useKeyedFetch(villageCode, () => fetchPublicVillage(villageCode)) ?? { status: 'loading' };
}

/** Lines of one batch, loaded once `isWanted` turns true (the resident asked for the list). */
export function usePublicBatchLines(
  villageCode: string,
  batchId: string,
  isWanted: boolean,
): Loaded<PublicBatchLinesResponse> | null {
  return useKeyedFetch(isWanted ? `${villageCode}/${batchId}` : null, () =>
    fetchPublicBatchLines(villageCode, batchId),
  );
}
