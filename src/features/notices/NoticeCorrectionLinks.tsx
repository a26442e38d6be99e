import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { getDatabase } from '../../data';
import type { Notice } from '../../domain/notice';
import { formatDateTime } from '../../ui/format-time';
import { startNoticeCorrection } from './notice-commands';
import type { NoticeCorrectionLinks as Links } from './notice-queries';
import { noticeSaveErrorKey, type NoticeSaveErrorKey } from './save-error';

interface Props {
  notice: Notice;
  links: Links;
  /** a village cadre (or this device's local author before sign-in) */
  isCadre: boolean;
  authorId: string;
}

/**
 * How a notice is linked to its corrections (更正, DOMAIN.md §6): a correction names the
 * published version it replaces; a published notice links to the version that replaced
 * it or to the correction under way, and otherwise offers the cadre to start one.
 * A published notice is never edited: this is the only way to fix a mistake in it.
 */
export function NoticeCorrectionLinks({ notice, links, isCadre, authorId }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [error, setError] = useState<NoticeSaveErrorKey | null>(null);
  // Stops a double tap from starting the command twice while the first one runs.
  const isBusy = useRef(false);
  const pathOf = (id: string) => `/village/${notice.villageCode}/notices/${id}`;
  const { corrected, correction } = links;

  async function start() {
    if (isBusy.current) return;
    isBusy.current = true;
    setError(null);
    try {
      const draft = await startNoticeCorrection(getDatabase(), notice.id, authorId);
      await navigate(pathOf(draft.id));
    } catch (e) {
      setError(noticeSaveErrorKey(e));
    } finally {
      isBusy.current = false;
    }
  }

  const replacedId =
    notice.supersededById ?? (correction?.state === 'published' ? correction.id : null);
  return (
    <>
      {notice.correctsId && (
        <p className="notice-correction__note">
          {corrected ? (
            <>
              {t('notices.correction.replaces')}{' '}
              <Link to={pathOf(corrected.id)}>{corrected.title}</Link>
              {corrected.publishedAt &&
                t('notices.correction.publishedOn', {
                  date: formatDateTime(corrected.publishedAt),
                })}
            </>
          ) : (
            t('notices.correction.replacesMissing')
          )}
        </p>
      )}
      {notice.state === 'published' &&
        (replacedId ? (
          <p>
            <Link to={pathOf(replacedId)}>{t('notices.correction.openReplacement')}</Link>
          </p>
        ) : correction ? (
          isCadre && (
            <p>
              <Link to={pathOf(correction.id)}>
                {correction.state === 'draft'
                  ? t('notices.correction.openDraft')
                  : t('notices.correction.openUnderReview')}
              </Link>
            </p>
          )
        ) : (
          isCadre && (
            <div className="notice-correction__start">
              <p>{t('notices.correction.hint')}</p>
              <button type="button" className="button" onClick={() => void start()}>
                {t('notices.correction.start')}
              </button>
            </div>
          )
        ))}
      {error && (
        <p className="text-error" role="alert">
          {t(error)}
        </p>
      )}
    </>
  );
}
