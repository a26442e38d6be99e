import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BatchListItem } from '../subsidies/batch-queries';
import { BatchRowTotal } from './BatchRowTotal';

/**
 * One batch in the village's list. Memoised on plain values: a save adds one row, and
 * redrawing every other row with it made each save slower the longer the list grew.
 */
export const BatchListRow = memo(function BatchListRow({
  id,
  year,
  item,
  state,
  syncState,
}: BatchListItem) {
  const { t } = useTranslation();
  return (
    <li className="batch-list__item">
      <p className="batch-list__title">
        {/* Relative to the village route: opens /village/:villageCode/batch/:id. */}
        <Link to={`batch/${id}`}>{t('batch.title', { year, item })}</Link>
      </p>
      <dl className="batch-list__states">
        <BatchRowTotal batchId={id} />
        <div>
          <dt>{t('batch.list.reviewState')}</dt>
          <dd>{t(`reviewState.${state}`)}</dd>
        </div>
        <div>
          <dt>{t('batch.list.syncState')}</dt>
          <dd>{t(`syncState.${syncState}`)}</dd>
        </div>
      </dl>
    </li>
  );
});
