import { useTranslation } from 'react-i18next';
import { formatFen } from '../../domain/money';
import { DEFAULT_NOTICE_WORKING_DAYS } from '../../domain/working-days';
import type { Totals } from './print-pagination';
import {
  dateParts,
  type Fingerprint,
  type NoticePeriod,
  type PrintableBatch,
} from './print-header';

interface PrintHeaderFieldsProps {
  batch: PrintableBatch;
  period: NoticePeriod | null;
  grandTotal: Totals;
  fingerprint: Fingerprint | null;
}

/**
 * The header block of the first page (DOMAIN.md §3): item, basis, rate, department,
 * payment date, notice period, hotline, publisher and the total, so a resident sees
 * what was paid and whom to call before reading the list.
 */
export function PrintHeaderFields({
  batch,
  period,
  grandTotal,
  fingerprint,
}: PrintHeaderFieldsProps) {
  const { t } = useTranslation();
  const orNotSet = (value: string | null) => (value?.trim() ? value : t('print.notSet'));
  const date = (iso: string) => t('print.date', dateParts(iso));
  const fields: [string, string][] = [
    [t('print.fields.item'), batch.item],
    [t('print.fields.basis'), orNotSet(batch.basis)],
    [t('print.fields.rate'), orNotSet(batch.rateText)],
    [t('print.fields.department'), orNotSet(batch.department)],
    [t('print.fields.paidOn'), batch.paidOn ? date(batch.paidOn) : t('print.notSet')],
    [
      t('print.fields.period'),
      period
        ? t('print.periodRange', { start: date(period.start), end: date(period.end) })
        : t('print.periodPending', { days: DEFAULT_NOTICE_WORKING_DAYS }),
    ],
    [t('print.fields.hotline'), orNotSet(batch.hotline)],
    [t('print.fields.publisher'), orNotSet(batch.publisher)],
    [
      t('print.fields.summary'),
      t('print.summaryText', {
        households: grandTotal.households,
        amount: formatFen(grandTotal.amountFen),
      }),
    ],
  ];
  return (
    <div className="print-fields">
      <dl className="print-fields__list">
        {fields.map(([label, value]) => (
          <div key={label} className="print-fields__item">
            <dt>{t('print.fieldLabel', { label })}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {fingerprint && (
        <p className="print-fields__fingerprint">
          <span className="print-fields__fingerprint-label">{t('print.fingerprint')}</span>{' '}
          <span className="print-fields__fingerprint-short">{fingerprint.grouped}</span>
          <span className="print-fields__fingerprint-full">{fingerprint.full}</span>
        </p>
      )}
    </div>
  );
}
