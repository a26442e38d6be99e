import { useTranslation } from 'react-i18next';
import type { PublicLine } from '../../domain/public-view';
import { quantityText, yuanText } from './period-text';

interface LinesTableProps {
  lines: PublicLine[];
  caption: string;
}

/** Payout lines as public columns only: group, (masked) name, quantity, rate, amount. */
export function LinesTable({ lines, caption }: LinesTableProps) {
  const { t } = useTranslation();
  return (
    <div className="public-table-wrap">
      <table className="public-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('publicView.lines.group')}</th>
            <th scope="col">{t('publicView.lines.name')}</th>
            <th scope="col">{t('publicView.lines.quantity')}</th>
            <th scope="col">{t('publicView.lines.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.id}>
              <td>{line.group}</td>
              <th scope="row">
                {line.name}
                {line.idHint && <span className="public-table__hint"> {line.idHint}</span>}
              </th>
              <td>
                {quantityText(line.quantityCenti)} {line.unit}
              </td>
              <td>{yuanText(t, line.amountFen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
