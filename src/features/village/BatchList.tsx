import { useTranslation } from 'react-i18next';
import { useBatchListItems } from '../subsidies/useBatchListItems';
import { BatchListRow } from './BatchListRow';

/**
 * The village's batches on this device, each with its review state and its sync state
 * in words (草稿 · 仅本机), so nobody takes a local draft for something the township has.
 */
export function BatchList({ villageCode, headingId }: { villageCode: string; headingId: string }) {
  const { t } = useTranslation();
  const items = useBatchListItems(villageCode);

  if (items === undefined) return <p>{t('batch.list.loading')}</p>;
  if (items.length === 0) return <p>{t('batch.list.empty')}</p>;
  return (
    <ul className="batch-list" aria-labelledby={headingId}>
      {items.map((item) => (
        <BatchListRow key={item.id} {...item} />
      ))}
    </ul>
  );
}
