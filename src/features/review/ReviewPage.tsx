import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../a11y/usePageTitle';

/** Placeholder for the review queue (村监委 and 乡镇 steps). */
export function ReviewPage() {
  const { t } = useTranslation();
  usePageTitle(t('review.title'));
  return (
    <>
      <h1>{t('review.title')}</h1>
      <p>{t('review.placeholder')}</p>
    </>
  );
}
