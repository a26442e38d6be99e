import { useTranslation } from 'react-i18next';
import { statementTotals, type FinanceStatement } from '../../domain/finance-statement';
import { formatFen } from '../../domain/money';

/** A finance statement as the board shows it: income, expense, totals and balance in 元. */
export function StatementView({ statement }: { statement: FinanceStatement }) {
  const { t } = useTranslation();
  const totals = statementTotals(statement);
  const sides = [
    { side: 'income', lines: statement.income, totalFen: totals.incomeFen },
    { side: 'expense', lines: statement.expense, totalFen: totals.expenseFen },
  ] as const;
  return (
    <div className="markup__table">
      <table>
        <caption>{t('notices.statement.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('notices.statement.labelColumn')}</th>
            <th scope="col">{t('notices.statement.amountColumn')}</th>
          </tr>
        </thead>
        {sides.map(({ side, lines, totalFen }) => (
          <tbody key={side}>
            <tr>
              <th scope="rowgroup" colSpan={2}>
                {t(`notices.statement.${side}`)}
              </th>
            </tr>
            {lines.map((line) => (
              <tr key={line.id}>
                <td>{line.label}</td>
                <td className="number">{formatFen(line.amountFen)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t(`notices.statement.${side}Total`)}</th>
              <td className="number">{formatFen(totalFen)}</td>
            </tr>
          </tbody>
        ))}
        <tfoot>
          <tr>
            <th scope="row">{t('notices.statement.balance')}</th>
            <td className="number">{formatFen(totals.balanceFen)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
