import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../a11y/usePageTitle';
import { ConflictList } from '../sync-conflicts/ConflictList';
import { BatchDraftForm } from './BatchDraftForm';
import { BatchList } from './BatchList';
import type { JustSavedBatch } from './just-saved';
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
  // The form's last save, shown in the list at once (see just-saved.ts).
  const [justSaved, setJustSaved] = useState<JustSavedBatch | null>(null);
  const forgetJustSaved = useCallback(() => setJustSaved(null), []);

  useEffect(() => {
    storeLastVillageCode(villageCode);
  }, [villageCode]);

  return (
    <>
      <h1>{title}</h1>
      <p>
        <Link to={`/village/${villageCode}/notices`}>{t('village.noticesLink')}</Link>
      </p>
      <p>
        <Link to={`/village/${villageCode}/objections`}>{t('village.objectionsLink')}</Link>
      </p>
      <section aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId}>{t('batch.list.heading')}</h2>
        <BatchList
          villageCode={villageCode}
          headingId={listHeadingId}
          justSaved={justSaved?.villageCode === villageCode ? justSaved.item : null}
          onJustSavedListed={forgetJustSaved}
        />
      </section>
      <ConflictList villageCode={villageCode} />
      <section aria-labelledby={formHeadingId}>
        <h2 id={formHeadingId}>{t('village.newBatch')}</h2>
        <p>{t('village.newBatchHint')}</p>
        <BatchDraftForm villageCode={villageCode} onSaved={setJustSaved} />
      </section>
    </>
  );
}
