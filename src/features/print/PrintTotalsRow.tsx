import { useTranslation } from 'react-i18next';
import { formatFen } from '../../domain/money';
import type { Totals } from './print-pagination';
import { formatQuantity } from '../../domain/board-format';

/** A subtotal or total row: households, quantity when the units agree, and amount. */
export function PrintTotalsRow({
  label,
  totals,
  unit,
  hasIdColumn,
  className,
}: {
  label: string;
  totals: Totals;
  unit: string | null;
  hasIdColumn: boolean;
  className: string;
}) {
  const { t } = useTranslation();
  return (
    <tr className={className}>
      <th scope="row" colSpan={2}>
        {label}
      </th>
      <td colSpan={hasIdColumn ? 2 : 1}>
        {t('print.table.households', { households: totals.households })}
      </td>
      <td className="print-table__number">
        {totals.quantityCenti === null ? '' : formatQuantity(totals.quantityCenti, unit ?? '')}
      </td>
      <td />
      <td className="print-table__number">{formatFen(totals.amountFen)}</td>
    </tr>
  );
}
