import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../a11y/usePageTitle';
import { useSession } from '../../data/session-store';
import { useLocalActorId } from '../../data/useLocalActorId';
import type { TransitionRequest } from '../../domain/review';
import { useBatchCorrectionLinks } from '../subsidies/useBatchCorrectionLinks';
import { useBatchDetail } from '../subsidies/useBatchDetail';
import { ProofOfPosting } from '../proof/ProofOfPosting';
import { BatchCorrectionLinks } from './BatchCorrectionLinks';
import { BatchDetailView } from './BatchDetailView';
import './batch-detail.css';

/**
 * /village/:villageCode/batch/:batchId — loads the batch and its lines from this device
 * (offline too) and who is working, then hands plain values to BatchDetailView.
 */
export function BatchDetailPage() {
  const { t } = useTranslation();
  const params = useParams();
  const villageCode = params.villageCode ?? '';
  const batchId = params.batchId ?? '';
  const detail = useBatchDetail(batchId);
  const session = useSession();
  const localActorId = useLocalActorId();
  const batch = detail?.batch?.villageCode === villageCode ? detail.batch : null;
  const correctionLinks = useBatchCorrectionLinks(batch);
  usePageTitle(
    batch
      ? t('lines.pageTitle', { title: t('batch.title', { year: batch.year, item: batch.item }) })
      : t('lines.featureName'),
  );

  if (detail === undefined || session === undefined) return <p>{t('lines.loading')}</p>;
  if (!batch) {
    return (
      <>
        <h1>{t('lines.featureName')}</h1>
        <p>{t('lines.notFound')}</p>
        <Link to={`/village/${villageCode}`}>{t('lines.back')}</Link>
      </>
    );
  }
  // Before anyone signed in on this device, drafts belong to the local author id, who
  // works as the village's cadre; the server checks the real account when it syncs.
  const actor: TransitionRequest['actor'] | null = session
    ? session.user
    : localActorId
      ? { id: localActorId, role: 'village-cadre', regionCode: batch.villageCode }
      : null;
  return (
    <>
      <BatchDetailView
        batch={batch}
        lines={detail.lines}
        hasReviewerActed={detail.hasReviewerActed}
        actor={actor}
        correction={
          correctionLinks && (
            <BatchCorrectionLinks
              batch={batch}
              links={correctionLinks}
              isCadre={actor?.role === 'village-cadre'}
              authorId={actor?.id ?? null}
            />
          )
        }
      />
      {batch.state === 'published' && (
        <ProofOfPosting
          itemKind="batch"
          itemId={batch.id}
          // The server takes the photo from a cadre of the village only.
          canAdd={actor?.role === 'village-cadre'}
        />
      )}
    </>
  );
}
