import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageTitle } from '../../a11y/usePageTitle';
import { ConflictList } from '../sync-conflicts/ConflictList';
import { BatchDraftForm } from './BatchDraftForm';
import { BatchList } from './BatchList';
import { storeLastVillageCode } from './last-village';
import { useDivisionName } from './useDivisionName';

/** The cadre's workspace for one village: its batches on this device and a new draft. */
export function VillagePage() {
  const { t } = useTranslation();
  const villageCode = useParams().villageCode ?? '';
  const name = useDivisionName(villageCode);
  const title = t('village.title', { name });
  const listHeadingId = useId();
  const formHeadingId = useId();
  usePageTitle(title);

  useEffect(() => {
    storeLastVillageCode(villageCode);
  }, [villageCode]);

  return (
    <>
      <h1>{title}</h1>
      <section aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId}>{t('batch.list.heading')}</h2>
        <BatchList villageCode={villageCode} headingId={listHeadingId} />
      </section>
      <ConflictList villageCode={villageCode} />
      <section aria-labelledby={formHeadingId}>
        <h2 id={formHeadingId}>{t('village.newBatch')}</h2>
        <p>{t('village.newBatchHint')}</p>
        <BatchDraftForm villageCode={villageCode} />
      </section>
    </>
  );
}
