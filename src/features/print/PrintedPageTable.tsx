import { useTranslation } from 'react-i18next';
import { formatFen } from '../../domain/money';
import type { PrintedPageData, Totals } from './print-pagination';
import { formatQuantity } from '../../domain/board-format';
import type { PrintedRow } from './print-rows';
import { PrintTotalsRow } from './PrintTotalsRow';

interface PrintedPageTableProps {
  page: PrintedPageData<PrintedRow>;
  /** only on the last page */
  grandTotal: Totals | null;
  /** the batch's unit when every line shares it, for the quantity heading */
  unit: string | null;
  hasIdColumn: boolean;
}

/**
 * One printed page of lines. Its own header row (repeated by the browser too, should a
 * printer squeeze the page), its subtotal, and on the last page the grand total.
 */
export function PrintedPageTable({ page, grandTotal, unit, hasIdColumn }: PrintedPageTableProps) {
  const { t } = useTranslation();
  return (
    <table className={`print-table${hasIdColumn ? ' print-table--with-id' : ''}`}>
      <colgroup>
        <col className="print-table__col-seq" />
        <col className="print-table__col-group" />
        <col className="print-table__col-name" />
        {hasIdColumn && <col className="print-table__col-id" />}
        <col className="print-table__col-quantity" />
        <col className="print-table__col-rate" />
        <col className="print-table__col-amount" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('print.table.seq')}</th>
          <th scope="col">{t('print.table.group')}</th>
          <th scope="col">{t('print.table.name')}</th>
          {hasIdColumn && <th scope="col">{t('print.table.idHint')}</th>}
          <th scope="col">
            {unit ? t('print.table.quantity', { unit }) : t('print.table.quantityMixed')}
          </th>
          <th scope="col">{t('print.table.rate')}</th>
          <th scope="col">{t('print.table.amount')}</th>
        </tr>
      </thead>
      <tbody>
        {page.rows.map((row) => (
          <tr key={row.seq}>
            <td className="print-table__number">{row.seq}</td>
            <td>{row.group}</td>
            <td>{row.name}</td>
            {hasIdColumn && <td>{row.idHint ?? ''}</td>}
            <td className="print-table__number">
              {formatQuantity(row.quantityCenti, row.unit)}
              {unit ? '' : ` ${row.unit}`}
            </td>
            <td className="print-table__number">{formatFen(row.rateFen)}</td>
            <td className="print-table__number">{formatFen(row.amountFen)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <PrintTotalsRow
          className="print-table__page-total"
          label={t('print.table.pageTotal')}
          totals={page.totals}
          unit={unit}
          hasIdColumn={hasIdColumn}
        />
        {grandTotal && (
          <PrintTotalsRow
            className="print-table__grand-total"
            label={t('print.table.grandTotal')}
            totals={grandTotal}
            unit={unit}
            hasIdColumn={hasIdColumn}
          />
        )}
      </tfoot>
    </table>
  );
}
