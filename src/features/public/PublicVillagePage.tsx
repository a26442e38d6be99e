import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageTitle } from '../../a11y/usePageTitle';
import { useDivisionName } from '../village/useDivisionName';

/** Placeholder for the public page a resident opens from the QR code on the paper board. */
export function PublicVillagePage() {
  const { t } = useTranslation();
  const name = useDivisionName(useParams().villageCode ?? '');
  const title = t('public.title', { name });
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p>{t('public.placeholder')}</p>
    </>
  );
}
