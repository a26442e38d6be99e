import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicBatch } from '../../domain/public-view';
import { BatchFacts } from './BatchFacts';
import { LinesWithObjection } from './LinesWithObjection';
import { usePublicBatchLines } from './usePublicVillage';

interface PublicBatchItemProps {
  villageCode: string;
  batch: PublicBatch;
  /** shown under the list, e.g. the objection form while the period runs */
  children?: ReactNode;
}

/** A payout batch on the phone page; its (masked) list loads only when asked for. */
export function PublicBatchItem({ villageCode, batch, children }: PublicBatchItemProps) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const lines = usePublicBatchLines(villageCode, batch.id, isOpen && batch.lineDetail === 'named');
  const title = t('publicView.batch.title', { year: batch.year, item: batch.item });
  return (
    <li>
      <BatchFacts batch={batch} headingLevel={3} />
      {batch.lineDetail === 'aggregate' ? (
        <p className="public-item__note">{t('publicView.lines.aggregateOnly')}</p>
      ) : (
        <button
          type="button"
          className="button"
          aria-expanded={isOpen}
          onClick={() => setOpen((open) => !open)}
        >
          {t(isOpen ? 'publicView.lines.hide' : 'publicView.lines.show')}
        </button>
      )}
      {isOpen && (
        <div role="status">
          {lines?.status === 'loading' && <p>{t('publicView.loading')}</p>}
          {lines?.status === 'error' && <p>{t('publicView.loadFailed')}</p>}
          {lines?.status === 'ready' && (
            <>
              {/* A village that chose full names (a village setting) gets no "partly hidden" note. */}
              {lines.value.names !== 'full' && <p>{t('publicView.lines.maskedNote')}</p>}
              <LinesWithObjection
                villageCode={villageCode}
                batch={batch}
                lines={lines.value.lines}
                caption={title}
              />
            </>
          )}
        </div>
      )}
      {children}
    </li>
  );
}
