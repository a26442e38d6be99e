import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { maskAccount, maskIdNumber, maskName } from '../../domain/masking';
import { formatFen } from '../../domain/money';
import type { PayoutLine } from '../../domain/payout';

export interface LineRowProps {
  line: PayoutLine;
  /** 1-based position in the batch */
  row: number;
  /** aria-rowindex: the header row is 1 */
  rowIndex: number;
  isEditable: boolean;
  hasFinding: boolean;
  /** distance from the top of the list, in px */
  start: number;
  measureRef: (node: Element | null) => void;
  onEdit: (line: PayoutLine) => void;
  onDelete: (line: PayoutLine) => void;
}

/**
 * One household in the list, as cadres and reviewers may see it (DOMAIN.md §5): full name,
 * ID as first 6 + last 4, account as its last 4. Memoised on the line object, so typing in
 * the search box redraws only rows that change.
 */
export const LineRow = memo(function LineRow({
  line,
  row,
  rowIndex,
  isEditable,
  hasFinding,
  start,
  measureRef,
  onEdit,
  onDelete,
}: LineRowProps) {
  const { t } = useTranslation();
  const name = maskName(line.name, 'staff');
  const id = maskIdNumber(line.idNumber, 'staff');
  const account = maskAccount(line.account, 'staff');
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      className="line-list__row"
      style={{ transform: `translateY(${start}px)` }}
      ref={measureRef}
      data-index={rowIndex - 2}
    >
      <span role="cell">{row}</span>
      <span role="cell" className="line-list__cell--wide">
        <span className="line-list__name">{name}</span>
        {line.group && <span className="line-list__detail">{line.group}</span>}
        {line.remark && (
          <span className="line-list__detail">
            {t('lines.list.remark', { remark: line.remark })}
          </span>
        )}
        {line.adjusted && (
          <span className="line-list__detail">
            {t('lines.list.adjusted', { reason: line.adjustReason })}
          </span>
        )}
        {hasFinding && (
          <span className="line-list__detail text-error">{t('lines.list.findingMark')}</span>
        )}
      </span>
      <span role="cell" className="line-list__cell--wide">
        {id ?? ''}
        {account && <span className="line-list__detail">{account}</span>}
      </span>
      <span role="cell" className="line-list__amount">
        {formatFen(line.amountFen)}
        <span className="line-list__detail">
          {(line.quantityCenti / 100).toFixed(2)}
          {line.unit} × {formatFen(line.rateFen)}
        </span>
      </span>
      <span role="cell" className="line-list__actions">
        {isEditable && (
          <>
            <button
              type="button"
              className="button button--secondary"
              aria-label={t('lines.list.editNamed', { name })}
              onClick={() => onEdit(line)}
            >
              {t('lines.list.edit')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              aria-label={t('lines.list.deleteNamed', { name })}
              onClick={() => onDelete(line)}
            >
              {t('lines.list.delete')}
            </button>
          </>
        )}
      </span>
    </div>
  );
});
