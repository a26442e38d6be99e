import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { usePageTitle } from '../../a11y/usePageTitle';
import { useLocalActorId, useSession } from '../../data';
import { uuidv7 } from '../../domain/uuid';
import { ProofOfPosting } from '../proof/ProofOfPosting';
import { NoticeCorrectionLinks } from './NoticeCorrectionLinks';
import { NoticeDetails } from './NoticeDetails';
import { NoticeEditorForm } from './NoticeEditorForm';
import './notices.css';
import { useNotice } from './useNotice';
import { useNoticeCorrectionLinks } from './useNoticeCorrectionLinks';

/** Roles that act on a submitted notice from the review screen. */
const REVIEWER_ROLES = new Set(['village-supervisor', 'township-reviewer']);

/**
 * One notice of a village: the editor while it is a draft (also brand new ones: "new"
 * becomes a fresh id), the read-only notice with its review state in words afterwards.
 */
export function NoticeEditorPage() {
  const { t } = useTranslation();
  const params = useParams();
  const villageCode = params.villageCode ?? '';
  const noticeId = params.noticeId ?? '';
  const navigate = useNavigate();
  const notice = useNotice(noticeId);
  const authorId = useLocalActorId();
  const session = useSession();
  const links = useNoticeCorrectionLinks(notice ?? null);
  // As for other cadre-only controls: before sign-in the local author works as the cadre.
  const isCadre = session === null || session?.user.role === 'village-cadre';
  const isNew = noticeId === 'new';
  usePageTitle(notice?.title ?? t('notices.editor.newTitle'));

  useEffect(() => {
    // The id is made here, once, so saving twice never creates two notices.
    if (isNew) void navigate(`/village/${villageCode}/notices/${uuidv7()}`, { replace: true });
  }, [isNew, navigate, villageCode]);

  const back = (
    <p>
      <Link to={`/village/${villageCode}/notices`}>{t('notices.editor.backToList')}</Link>
    </p>
  );
  if (isNew || notice === undefined || authorId === undefined) {
    return <p>{t('notices.list.loading')}</p>;
  }
  if (notice && notice.villageCode !== villageCode) {
    return (
      <>
        <h1>{t('notices.editor.notFound')}</h1>
        {back}
      </>
    );
  }
  if (notice && notice.state !== 'draft') {
    const canReview = session ? REVIEWER_ROLES.has(session.user.role) : false;
    return (
      <>
        <h1>{t('notices.editor.viewTitle')}</h1>
        {back}
        <p role="status">{t(`notices.stateSentence.${notice.state}`)}</p>
        {canReview && (
          <p>
            <Link to={`/review/notices/${notice.id}`}>{t('notices.editor.openReview')}</Link>
          </p>
        )}
        {links && (
          <NoticeCorrectionLinks
            notice={notice}
            links={links}
            isCadre={isCadre}
            authorId={authorId}
          />
        )}
        <NoticeDetails notice={notice} />
        {notice.state === 'published' && (
          <ProofOfPosting
            itemKind="notice"
            itemId={notice.id}
            // The server takes the photo from a cadre of the village only.
            canAdd={!session || session.user.role === 'village-cadre'}
          />
        )}
      </>
    );
  }
  return (
    <>
      <h1>{notice ? t('notices.editor.editTitle') : t('notices.editor.newTitle')}</h1>
      {back}
      {notice && links && (
        <NoticeCorrectionLinks
          notice={notice}
          links={links}
          isCadre={isCadre}
          authorId={authorId}
        />
      )}
      <NoticeEditorForm
        key={noticeId}
        noticeId={noticeId}
        villageCode={villageCode}
        notice={notice}
        authorId={authorId}
      />
    </>
  );
}
