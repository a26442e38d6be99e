import { useEffect, useState } from 'react';
import type { PublicBatchLinesResponse, PublicVillageResponse } from '../../domain/public-view';
import { fetchPublicBatchLines } from '../../sync/public-api';
import { errorCode, type Loaded, type PublicVillageLoad } from './public-village-loader';

export type { Loaded } from './public-village-loader';

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

/**
 * The public page of a village from the request the route loader started: already
 * 'ready' in the first render when the answer came before the page's code, 'loading'
 * until it settles otherwise. A new load (another village, a retry) starts as 'loading'.
 */
export function usePublicVillage(load: PublicVillageLoad): Loaded<PublicVillageResponse> {
  const [settled, setSettled] = useState<{
    load: PublicVillageLoad;
    loaded: Loaded<PublicVillageResponse>;
  } | null>(null);
  useEffect(() => {
    // Subscribe even when load.result is already set: the answer can arrive after the
    // first render read null and before this effect runs, and nothing else would render
    // again, leaving the resident on "正在读取" for good.
    let isCurrent = true;
    void load.settled.then((loaded) => isCurrent && setSettled({ load, loaded }));
    return () => {
      isCurrent = false;
    };
  }, [load]);
  if (load.result) return load.result;
  return settled?.load === load ? settled.loaded : { status: 'loading' };
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
