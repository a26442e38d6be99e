import { useTranslation } from 'react-i18next';
import { entityKeyOf } from '../../data/outbox';
import { recordSyncState } from '../../data/record-sync-state';
import { usePendingEntityKeys } from '../../data/usePendingEntityKeys';
import { useBatches } from '../subsidies/useBatches';

/**
 * The village's batches on this device, each with its review state and its sync state
 * in words (草稿 · 仅本机), so nobody takes a local draft for something the township has.
 */
export function BatchList({ villageCode, headingId }: { villageCode: string; headingId: string }) {
  const { t } = useTranslation();
  const batches = useBatches(villageCode);
  const pendingKeys = usePendingEntityKeys();

  if (batches === undefined) return <p>{t('batch.list.loading')}</p>;
  if (batches.length === 0) return <p>{t('batch.list.empty')}</p>;
  return (
    <ul className="batch-list" aria-labelledby={headingId}>
      {batches.map((batch) => {
        const hasPending = pendingKeys.has(entityKeyOf('batches', batch.id));
        // Conflicts are not tracked per record yet; the sync layer reports them later.
        const syncState = recordSyncState(batch, hasPending, false);
        return (
          <li key={batch.id} className="batch-list__item">
            <p className="batch-list__title">
              {t('batch.title', { year: batch.year, item: batch.item })}
            </p>
            <dl className="batch-list__states">
              <div>
                <dt>{t('batch.list.reviewState')}</dt>
                <dd>{t(`reviewState.${batch.state}`)}</dd>
              </div>
              <div>
                <dt>{t('batch.list.syncState')}</dt>
                <dd>{t(`syncState.${syncState}`)}</dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
