import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { getDatabase } from '../../data/database';
import type { PayoutBatch } from '../../domain/payout';
import type { BatchCorrectionLinks as Links } from '../subsidies/batch-correction-queries';
import { formatDateTime } from '../../ui/format-time';
import { commandErrorKey, type CommandErrorKey } from './command-error-key';

interface Props {
  batch: PayoutBatch;
  links: Links;
  /** a village cadre (or this device's local author before sign-in) */
  isCadre: boolean;
  /** who the new draft belongs to; null while unknown (the button waits for it) */
  authorId: string | null;
}

/**
 * How a payout batch is linked to its corrections (更正, DOMAIN.md §6): a correction names
 * the published batch it replaces; a published batch links to the batch that replaced it
 * or to the correction under way, and otherwise offers the cadre to start one. A
 * published batch is never edited: this is the only way to fix a mistake in it.
 */
export function BatchCorrectionLinks({ batch, links, isCadre, authorId }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [error, setError] = useState<CommandErrorKey | null>(null);
  // Stops a double tap from copying the batch twice while the first copy is written.
  const isBusy = useRef(false);
  const pathOf = (id: string) => `/village/${batch.villageCode}/batch/${id}`;
  const { corrected, correction } = links;

  async function start() {
    if (isBusy.current || !authorId) return;
    isBusy.current = true;
    setError(null);
    try {
      const { startBatchCorrection } = await import('../subsidies/batch-correction-commands');
      const draft = await startBatchCorrection(getDatabase(), batch.id, authorId);
      await navigate(pathOf(draft.id));
    } catch (e) {
      setError(commandErrorKey(e));
    } finally {
      isBusy.current = false;
    }
  }

  const replacedId =
    batch.supersededById ?? (correction?.state === 'published' ? correction.id : null);
  return (
    <>
      {batch.correctsId && (
        <p className="batch-correction__note">
          {corrected ? (
            <>
              {t('lines.correction.replaces')}{' '}
              <Link to={pathOf(corrected.id)}>
                {t('batch.title', { year: corrected.year, item: corrected.item })}
              </Link>
              {corrected.publishedAt &&
                t('lines.correction.publishedOn', {
                  date: formatDateTime(corrected.publishedAt),
                })}
            </>
          ) : (
            t('lines.correction.replacesMissing')
          )}
        </p>
      )}
      {batch.state === 'published' &&
        (replacedId ? (
          <p>
            <Link to={pathOf(replacedId)}>{t('lines.correction.openReplacement')}</Link>
          </p>
        ) : correction ? (
          isCadre && (
            <p>
              <Link to={pathOf(correction.id)}>
                {correction.state === 'draft'
                  ? t('lines.correction.openDraft')
                  : t('lines.correction.openUnderReview')}
              </Link>
            </p>
          )
        ) : (
          isCadre && (
            <div className="batch-correction__start">
              <p>{t('lines.correction.hint')}</p>
              <button
                type="button"
                className="button"
                disabled={!authorId}
                onClick={() => void start()}
              >
                {t('lines.correction.start')}
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
