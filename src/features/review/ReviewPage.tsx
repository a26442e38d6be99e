import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { usePageTitle } from '../../a11y/usePageTitle';
import { useSession } from '../../data';
import { listVillages } from '../../domain/divisions';
import { ReviewFilters } from './ReviewFilters';
import { ReviewList } from './ReviewList';
import {
  DEFAULT_FILTERS,
  filterQueue,
  filtersFromParams,
  filtersToParams,
  type QueueFilters,
} from './review-queue';
import './review.css';
import { useRegionItems } from './useRegionItems';

/** The queue of the signed-in person's region, read from this device (works offline). */
function RegionQueue({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation();
  const groups = useRegionItems(regionCode);
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  // One clock reading per visit: waiting days do not change while the page is open.
  const [now] = useState(() => Date.now());
  const villageCodes = useMemo(() => {
    const known = listVillages(regionCode).map((v) => v.code);
    const synced = (groups ?? []).map((g) => g.villageCode);
    return [...new Set([...known, ...synced])].sort();
  }, [regionCode, groups]);
  const shown = groups && filterQueue(groups, filters, now);
  const count = shown?.reduce((n, g) => n + g.items.length, 0) ?? 0;
  const isFiltered =
    filtersToParams(filters).toString() !== filtersToParams(DEFAULT_FILTERS).toString();

  const change = (next: QueueFilters) => setParams(filtersToParams(next), { replace: true });

  return (
    <>
      <ReviewFilters filters={filters} villageCodes={villageCodes} onChange={change} />
      <p role="status">{shown && t('reviewer.queue.count', { count })}</p>
      <ReviewList groups={shown} now={now} isFiltered={isFiltered} />
    </>
  );
}

/**
 * The review queue: the township's batches and notices as synced to this device, grouped
 * by village, filtered by type, village, state and waiting days. A notice opens its item
 * view (diff, privacy findings, approve or return).
 */
export function ReviewPage() {
  const { t } = useTranslation();
  usePageTitle(t('review.title'));
  const session = useSession();
  return (
    <>
      <h1>{t('review.title')}</h1>
      {session === undefined && <p>{t('review.loading')}</p>}
      {session === null && (
        <p>
          {t('review.signInFirst')} <Link to="/login">{t('review.signIn')}</Link>
        </p>
      )}
      {session && (
        <>
          <p>{t('reviewer.queue.intro')}</p>
          {session.user.role === 'township-reviewer' && (
            <p>
              <Link to="/review/dashboard">{t('reviewer.dashboard.link')}</Link>
            </p>
          )}
          <RegionQueue regionCode={session.user.regionCode} />
        </>
      )}
    </>
  );
}
