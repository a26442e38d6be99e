import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LineTotals } from '../../domain/line-totals';
import { formatFen } from '../../domain/money';

interface BatchTotalsProps {
  totals: LineTotals;
  unit: string;
}

const quantityText = (centi: number, unit: string) => `${(centi / 100).toFixed(2)}${unit}`;

/** Households and amounts per 村民小组 and for the whole batch, to check against the sheet. */
export function BatchTotals({ totals, unit }: BatchTotalsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="batch-detail__panel">
      <h2 id={headingId}>{t('lines.totals.heading')}</h2>
      <p>
        {t('lines.totals.summary', {
          count: totals.overall.count,
          amount: formatFen(totals.overall.amountFen),
        })}
      </p>
      {totals.byGroup.length > 0 && (
        <table className="batch-detail__table">
          <caption>{t('lines.totals.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('lines.totals.group')}</th>
              <th scope="col" className="num">
                {t('lines.totals.households')}
              </th>
              <th scope="col" className="num">
                {t('lines.totals.quantity')}
              </th>
              <th scope="col" className="num">
                {t('lines.totals.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {totals.byGroup.map((group) => (
              <tr key={group.group}>
                <th scope="row">{group.group || t('lines.totals.noGroup')}</th>
                <td className="num">{group.count}</td>
                <td className="num">{quantityText(group.quantityCenti, unit)}</td>
                <td className="num">{formatFen(group.amountFen)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('lines.totals.overall')}</th>
              <td className="num">{totals.overall.count}</td>
              <td className="num">{quantityText(totals.overall.quantityCenti, unit)}</td>
              <td className="num">{formatFen(totals.overall.amountFen)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
