import { useTranslation } from 'react-i18next';
import type { PublicBatch } from '../../domain/public-view';
import { ReadAloudButton } from '../read-aloud/ReadAloudButton';
import { batchSummaryText, periodRangeText, periodStatusText, yuanText } from './period-text';
import { PeriodStatus } from './PeriodStatus';

interface BatchFactsProps {
  batch: PublicBatch;
  headingLevel: 2 | 3;
}

/**
 * A payout batch as the paper board heads it: item, basis, rate, department, period,
 * totals per group, hotline. Totals are public in every audience and after every period.
 */
export function BatchFacts({ batch, headingLevel }: BatchFactsProps) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const title = t('publicView.batch.title', { year: batch.year, item: batch.item });
  const facts: [string, string][] = [
    [t('publicView.batch.basis'), batch.basis],
    [t('publicView.batch.rate'), batch.rateText],
    [t('publicView.batch.department'), batch.department],
    [t('publicView.batch.paidOn'), batch.paidOn ?? ''],
    [t('publicView.batch.publisher'), batch.publisher],
    [t('publicView.batch.hotline'), batch.hotline],
  ];
  const shown = facts.filter(([, value]) => value !== '');
  const summary = batchSummaryText(t, batch);
  return (
    <article className="public-item">
      <p className="public-item__category">{t('publicView.category.subsidy')}</p>
      <Heading className="public-item__title">{title}</Heading>
      {batch.correctsId && <p className="public-item__note">{t('publicView.correction')}</p>}
      <PeriodStatus period={batch.period} />
      <p>{summary}</p>
      <ReadAloudButton
        label={title}
        parts={() => [
          title,
          periodStatusText(t, batch.period),
          periodRangeText(t, batch.period),
          summary,
          ...shown.map(([label, value]) => `${label}：${value}`),
          ...batch.groups.map((g) =>
            t('publicView.batch.groupLine', {
              group: g.group,
              count: g.lineCount,
              amount: yuanText(t, g.amountFen),
            }),
          ),
        ]}
      />
      <dl className="public-facts">
        {shown.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {batch.groups.length > 0 && (
        <div className="public-table-wrap">
          <table className="public-table">
            <caption>{t('publicView.batch.groupsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('publicView.lines.group')}</th>
                <th scope="col">{t('publicView.batch.count')}</th>
                <th scope="col">{t('publicView.lines.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {batch.groups.map((g) => (
                <tr key={g.group}>
                  <th scope="row" data-label={t('publicView.lines.group')}>
                    {g.group}
                  </th>
                  <td data-label={t('publicView.batch.count')}>{g.lineCount}</td>
                  <td data-label={t('publicView.lines.amount')}>{yuanText(t, g.amountFen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
