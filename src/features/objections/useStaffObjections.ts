import { useCallback, useEffect, useState } from 'react';
import type { ObjectionStaffState, StaffObjection } from '../../domain/objection';
import { isApiError, type ApiErrorCode } from '../../sync';
import { fetchObjections } from '../../sync/objections-api';

export type StaffObjectionsState =
  | { status: 'loading' }
  | { status: 'ready'; today: string; objections: StaffObjection[] }
  | { status: 'error'; code: ApiErrorCode | 'unknown' };

/**
 * The objections of one village, fetched from the server (they are not kept on the
 * phone). Keyed by village and filter, so a switched filter never shows the old list;
 * `replace` puts a just-answered objection in place without another round trip.
 */
export function useStaffObjections(
  token: string | null,
  villageCode: string,
  state: ObjectionStaffState | undefined,
): { result: StaffObjectionsState; replace: (objection: StaffObjection) => void } {
  const key = token ? `${villageCode}/${state ?? 'all'}` : null;
  const [loaded, setLoaded] = useState<{ key: string; result: StaffObjectionsState } | null>(null);

  useEffect(() => {
    if (key === null || token === null) return;
    let isCurrent = true;
    fetchObjections(token, { villageCode, state }).then(
      (response) =>
        isCurrent &&
        setLoaded({
          key,
          result: { status: 'ready', today: response.today, objections: response.objections },
        }),
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
  }, [key, token, villageCode, state]);

  const replace = useCallback((objection: StaffObjection) => {
    setLoaded((current) => {
      if (current?.result.status !== 'ready') return current;
      const objections = current.result.objections.map((o) =>
        o.id === objection.id ? objection : o,
      );
      return { key: current.key, result: { ...current.result, objections } };
    });
  }, []);

  const result: StaffObjectionsState =
    loaded && loaded.key === key ? loaded.result : { status: 'loading' };
  return { result, replace };
}
