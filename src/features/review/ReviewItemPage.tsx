import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../a11y/usePageTitle';
import { useSession } from '../../data';
import { divisionName } from '../../domain/divisions';
import { NoticeDetails } from '../notices/NoticeDetails';
import { PrivacyFindingList } from '../notices/PrivacyFindingList';
import { scanNoticeDraft } from '../notices/notice-scan';
import '../notices/notices.css';
import { NoticeDiffView } from './NoticeDiffView';
import { ReviewDecisionOrSignIn } from './ReviewDecisionOrSignIn';
import { ReviewHistory } from './ReviewHistory';
import './review.css';
import { seenVersion } from './seen-versions';
import { useReviewItem } from './useReviewItem';

/**
 * The review of one notice: the notice as it will be posted, what changed since the
 * version compared with, the privacy check's findings, the audit trail and the decision.
 */
export function ReviewItemPage() {
  const { t } = useTranslation();
  const noticeId = useParams().noticeId ?? '';
  const data = useReviewItem(noticeId);
  const session = useSession();
  usePageTitle(data?.notice?.title ?? t('reviewer.item.title'));

  const back = (
    <p>
      <Link to="/review">{t('reviewer.item.back')}</Link>
    </p>
  );
  if (data === undefined || session === undefined) return <p>{t('review.loading')}</p>;
  const { notice, corrected, steps } = data;
  if (!notice) {
    return (
      <>
        <h1>{t('reviewer.item.notFound')}</h1>
        {back}
      </>
    );
  }
  const findings = scanNoticeDraft(notice);
  const previous = corrected ?? seenVersion(notice.id);
  const village =
    divisionName(notice.villageCode) ?? t('division.unknown', { code: notice.villageCode });

  return (
    <>
      <h1>{t('reviewer.item.heading', { village })}</h1>
      {back}
      <p role="status">{t(`notices.stateSentence.${notice.state}`)}</p>
      <NoticeDetails notice={notice} />
      <section aria-labelledby="review-diff-heading">
        <h2 id="review-diff-heading">{t('reviewer.diff.heading')}</h2>
        {previous ? (
          <>
            <p>
              {corrected ? t('reviewer.diff.againstCorrected') : t('reviewer.diff.againstReturned')}
            </p>
            <NoticeDiffView before={previous} after={notice} />
          </>
        ) : (
          <p>{t('reviewer.diff.noPrevious')}</p>
        )}
      </section>
      <section aria-labelledby="review-privacy-heading">
        <h2 id="review-privacy-heading">{t('reviewer.privacy.heading')}</h2>
        {findings.length === 0 ? (
          <p>{t('reviewer.privacy.none')}</p>
        ) : (
          <PrivacyFindingList findings={findings} />
        )}
      </section>
      <ReviewHistory steps={steps} />
      <ReviewDecisionOrSignIn
        session={session}
        target={{ kind: 'notice', notice }}
        hasFindings={findings.length > 0}
      />
    </>
  );
}
