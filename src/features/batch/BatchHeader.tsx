import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PayoutBatch } from '../../domain/payout';
import { BatchHeaderForm, HEADER_FIELDS, type HeaderField } from './BatchHeaderForm';
import type { ScannedHeaderField } from './batch-finding-places';

interface BatchHeaderProps {
  batch: PayoutBatch;
  isEditable: boolean;
  findingErrors: Partial<Record<ScannedHeaderField, string>>;
  /** a field the cadre asked to fix: opens the form with it focused */
  editRequest: { field: HeaderField; at: number } | null;
}

function shownValue(batch: PayoutBatch, field: HeaderField): string {
  const value = field === 'paidOn' ? (batch.paidOn ?? '') : String(batch[field]);
  return value;
}

/** The batch's header as facts, and (for a draft) the form to change them. */
export function BatchHeader({ batch, isEditable, findingErrors, editRequest }: BatchHeaderProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [isEditing, setIsEditing] = useState(false);
  const [status, setStatus] = useState<'saved' | null>(null);
  // A new request to fix a field opens the form, even if the cadre had closed it.
  const [seenRequestAt, setSeenRequestAt] = useState<number | null>(null);
  if (editRequest && editRequest.at !== seenRequestAt && isEditable) {
    setSeenRequestAt(editRequest.at);
    setIsEditing(true);
  }
  const isFormOpen = isEditing && isEditable;

  return (
    <section aria-labelledby={headingId} className="batch-detail__panel">
      <h2 id={headingId}>{t('lines.header.heading')}</h2>
      {isFormOpen ? (
        <BatchHeaderForm
          batch={batch}
          findingErrors={findingErrors}
          focusField={editRequest?.field}
          onDone={(isSaved) => {
            setIsEditing(false);
            setStatus(isSaved ? 'saved' : null);
          }}
        />
      ) : (
        <>
          <dl className="batch-detail__facts">
            {HEADER_FIELDS.map((field) => {
              const value = shownValue(batch, field);
              const finding =
                field in findingErrors ? findingErrors[field as ScannedHeaderField] : undefined;
              return (
                <div key={field} style={{ display: 'contents' }}>
                  <dt>{t(`lines.header.fields.${field}`)}</dt>
                  <dd>
                    {value === '' ? t('lines.header.notFilled') : value}
                    {finding && <span className="batch-detail__finding text-error">{finding}</span>}
                  </dd>
                </div>
              );
            })}
          </dl>
          {isEditable && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setStatus(null);
                setIsEditing(true);
              }}
            >
              {t('lines.header.edit')}
            </button>
          )}
        </>
      )}
      <p className="text-success" role="status">
        {status === 'saved' && t('lines.header.saved')}
      </p>
    </section>
  );
}
