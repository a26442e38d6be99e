// The route loader of the public village page. react-router runs a route's loader in
// parallel with its `lazy` import, so the village's notices download together with the
// page's code instead of after it, which was most of the wait for a resident on a weak
// signal. Kept tiny and free of the page's components, so the route can load it on its
// own. The loader does not await the answer: the page renders as soon as its code is
// here and shows the data when it comes. Failures become a state the page shows in
// words, never a thrown route error; revalidation by ETag stays with the browser's HTTP
// cache (public-api.ts).
import type { PublicVillageResponse } from '../../domain/public-view';
import { isApiError, type ApiErrorCode } from '../../sync/api-client';
import { fetchPublicVillage } from '../../sync/public-api';

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; code: ApiErrorCode | 'unknown' };

export function errorCode(error: unknown): ApiErrorCode | 'unknown' {
  return isApiError(error) ? error.code : 'unknown';
}

/** One request for a village's public page; `result` is set once it has settled. */
export interface PublicVillageLoad {
  villageCode: string;
  settled: Promise<Loaded<PublicVillageResponse>>;
  /** null while the request runs; read synchronously, so an answer that came before the code shows in the first render */
  result: Loaded<PublicVillageResponse> | null;
}

/** Starts the request; the promise never rejects. */
export function loadPublicVillage(
  villageCode: string,
  fetchVillage: (code: string) => Promise<PublicVillageResponse> = fetchPublicVillage,
): PublicVillageLoad {
  const load: PublicVillageLoad = {
    villageCode,
    result: null,
    settled: Promise.resolve({ status: 'loading' }),
  };
  load.settled = fetchVillage(villageCode)
    .then(
      (value): Loaded<PublicVillageResponse> => ({ status: 'ready', value }),
      (error: unknown): Loaded<PublicVillageResponse> => ({
        status: 'error',
        code: errorCode(error),
      }),
    )
    .then((result) => {
      load.result = result;
      return result;
    });
  return load;
}

/** Route loader of /v/:villageCode (the code's shape is checked by the route first). */
export function publicVillageLoader({
  params,
}: {
  params: { villageCode?: string };
}): PublicVillageLoad {
  return loadPublicVillage(params.villageCode ?? '');
}
