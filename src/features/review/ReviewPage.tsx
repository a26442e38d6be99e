import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../a11y/usePageTitle';
import { useSession } from '../../data';
import { ReviewList } from './ReviewList';
import { useRegionItems } from './useRegionItems';

/** The signed-in person's region, read from this device (works offline). */
function RegionItems({ regionCode }: { regionCode: string }) {
  const groups = useRegionItems(regionCode);
  return <ReviewList groups={groups} />;
}

/**
 * The township's batches and notices as synced to this device, grouped by village: a
 * reviewer sees at a glance what each village has and in which state. The full review
 * queue (approve, return) builds on this later.
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
          <p>{t('review.intro')}</p>
          <RegionItems regionCode={session.user.regionCode} />
        </>
      )}
    </>
  );
}
