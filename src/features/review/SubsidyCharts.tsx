// The chart library is imported only here, and this module only through React.lazy from
// the dashboard, so no other screen downloads it.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../domain/money';
import type { AmountByKey } from './township-dashboard';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

function BarChart({ rows, label }: { rows: AmountByKey[]; label: string }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    // No 2D context (a test DOM, a locked-down browser): the table below still says it all.
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const chart = new Chart(context, {
      type: 'bar',
      data: {
        labels: rows.map((r) => r.key),
        datasets: [{ label, data: rows.map((r) => r.amountFen / 100), backgroundColor: '#1d4f91' }],
      },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
      },
    });
    return () => chart.destroy();
  }, [rows, label]);
  return (
    <div style={{ position: 'relative', height: `${Math.max(160, rows.length * 36)}px` }}>
      {/* The picture repeats the table that follows it; screen readers read the table. */}
      <canvas ref={canvasRef} aria-hidden="true" />
    </div>
  );
}

function TotalsTable({
  rows,
  caption,
  keyHeader,
}: {
  rows: AmountByKey[];
  caption: string;
  keyHeader: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="review-table">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyHeader}</th>
            <th scope="col">{t('reviewer.charts.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.key}</th>
              <td>{formatFen(row.amountFen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Subsidy totals of the year by item and by village: a bar chart and the same numbers as a table. */
export function SubsidyCharts({
  byItem,
  byVillage,
}: {
  byItem: AmountByKey[];
  byVillage: AmountByKey[];
}) {
  const { t } = useTranslation();
  const itemHeading = useId();
  const villageHeading = useId();
  return (
    <>
      <section aria-labelledby={itemHeading}>
        <h3 id={itemHeading}>{t('reviewer.charts.byItem')}</h3>
        <BarChart rows={byItem} label={t('reviewer.charts.amount')} />
        <TotalsTable
          rows={byItem}
          caption={t('reviewer.charts.byItem')}
          keyHeader={t('reviewer.charts.item')}
        />
      </section>
      <section aria-labelledby={villageHeading}>
        <h3 id={villageHeading}>{t('reviewer.charts.byVillage')}</h3>
        <BarChart rows={byVillage} label={t('reviewer.charts.amount')} />
        <TotalsTable
          rows={byVillage}
          caption={t('reviewer.charts.byVillage')}
          keyHeader={t('reviewer.charts.village')}
        />
      </section>
    </>
  );
}
