import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchListItem } from '../subsidies/batch-queries';
import { useBatchListItems } from '../subsidies/useBatchListItems';
import { BatchListRow } from './BatchListRow';
import { withJustSaved } from './just-saved';

interface BatchListProps {
  villageCode: string;
  headingId: string;
  /** the batch the form has just saved (committed), until the live read has it */
  justSaved?: BatchListItem | null;
  /** the live read now has `justSaved`: the page can let go of it */
  onJustSavedListed?: () => void;
}

/**
 * The village's batches on this device, each with its review state and its sync state
 * in words (草稿 · 仅本机), so nobody takes a local draft for something the township has.
 */
export function BatchList({
  villageCode,
  headingId,
  justSaved = null,
  onJustSavedListed,
}: BatchListProps) {
  const { t } = useTranslation();
  const read = useBatchListItems(villageCode);
  const isJustSavedRead =
    justSaved !== null && read !== undefined && read.some((item) => item.id === justSaved.id);
  useEffect(() => {
    if (isJustSavedRead) onJustSavedListed?.();
  }, [isJustSavedRead, onJustSavedListed]);

  if (read === undefined) return <p>{t('batch.list.loading')}</p>;
  const items = withJustSaved(read, justSaved);
  if (items.length === 0) return <p>{t('batch.list.empty')}</p>;
  return (
    <ul className="batch-list" aria-labelledby={headingId}>
      {items.map((item) => (
        <BatchListRow key={item.id} {...item} />
      ))}
    </ul>
  );
}
