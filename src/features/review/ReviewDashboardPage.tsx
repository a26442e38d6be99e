import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../a11y/usePageTitle';
import { useSession } from '../../data';
import { chinaDateOf } from '../../domain/dates';
import { divisionName, listVillages } from '../../domain/divisions';
import { TownshipSummaryExportButton } from '../export/TownshipSummaryExportButton';
import { OverdueObjectionsSection } from '../objections/OverdueObjectionsSection';
import { DashboardTable } from './DashboardTable';
import { exportDashboard } from './dashboard-export';
import './review.css';
import { buildVillageDashboard, totalsBy } from './township-dashboard';
import { useDashboardRecords } from './useDashboardRecords';
import { useDeviceActivity } from './useDeviceActivity';
import { useSubsidyStats } from './useSubsidyStats';

// chart.js comes with this chunk only, loaded when the dashboard renders its charts.
const SubsidyCharts = lazy(() =>
  import('./SubsidyCharts').then((m) => ({ default: m.SubsidyCharts })),
);

function TownshipDashboard({
  townshipCode,
  token,
}: {
  townshipCode: string;
  /** null when the session has expired: the server-side counts are then left out */
  token: string | null;
}) {
  const { t } = useTranslation();
  const records = useDashboardRecords(townshipCode);
  const deviceActivity = useDeviceActivity(token);
  // One reading of the clock per visit; legal dates use the China calendar day.
  const [today] = useState(() => chinaDateOf(Date.now()));
  const year = Number(today.slice(0, 4));
  const stats = useSubsidyStats(townshipCode, year);
  const [exportState, setExportState] = useState<'working' | 'done' | 'failed' | null>(null);

  const rows = useMemo(() => {
    if (!records) return undefined;
    const codes = new Set([
      ...listVillages(townshipCode).map((v) => v.code),
      ...records.notices.map((n) => n.villageCode),
      ...records.batches.map((b) => b.villageCode),
    ]);
    return [...codes]
      .sort()
      .map((code) => buildVillageDashboard(code, records.notices, records.batches, today));
  }, [records, townshipCode, today]);

  const charts = useMemo(() => {
    if (!stats) return undefined;
    const counted = stats.filter(
      (s) => s.batch.state === 'published' || s.batch.state === 'checked',
    );
    return {
      byItem: totalsBy(
        counted,
        (s) => s.batch.item,
        (s) => s.amountFen,
      ),
      byVillage: totalsBy(
        counted,
        (s) => divisionName(s.batch.villageCode) ?? s.batch.villageCode,
        (s) => s.amountFen,
      ),
    };
  }, [stats]);

  async function handleExport() {
    if (!rows) return;
    setExportState('working');
    try {
      await exportDashboard(rows, townshipCode, today, t);
      setExportState('done');
    } catch {
      setExportState('failed');
    }
  }

  if (!rows) return <p>{t('review.loading')}</p>;
  return (
    <>
      <p>{t('reviewer.dashboard.today', { date: today })}</p>
      <DashboardTable
        rows={rows}
        deviceActivity={deviceActivity}
        villageLink={(code) => (
          <Link
            to={`/review/villages/${code}/settings`}
            aria-label={t('reviewer.villageSettings.linkLabel', {
              village: divisionName(code) ?? code,
            })}
          >
            {t('reviewer.villageSettings.link')}
          </Link>
        )}
      />
      <p>
        <button type="button" className="button" onClick={() => void handleExport()}>
          {t('reviewer.dashboard.export')}
        </button>
      </p>
      <p role="status">{exportState && t(`reviewer.dashboard.exportState.${exportState}`)}</p>
      <TownshipSummaryExportButton townshipCode={townshipCode} />
      {token && <OverdueObjectionsSection token={token} />}
      <section aria-labelledby="dashboard-charts-heading">
        <h2 id="dashboard-charts-heading">{t('reviewer.charts.heading', { year })}</h2>
        <p>{t('reviewer.charts.intro')}</p>
        {charts && charts.byItem.length === 0 && <p>{t('reviewer.charts.empty')}</p>}
        {charts && charts.byItem.length > 0 && (
          <Suspense fallback={<p>{t('reviewer.charts.loading')}</p>}>
            <SubsidyCharts byItem={charts.byItem} byVillage={charts.byVillage} />
          </Suspense>
        )}
      </section>
    </>
  );
}

/** The township reviewer's overview of every village: what is due, late, running, proven. */
export function ReviewDashboardPage() {
  const { t } = useTranslation();
  usePageTitle(t('reviewer.dashboard.title'));
  const session = useSession();
  const townshipCode = session?.user.regionCode ?? '';
  return (
    <>
      <h1>{t('reviewer.dashboard.title')}</h1>
      <p>
        <Link to="/review">{t('reviewer.item.back')}</Link>
      </p>
      {session === undefined && <p>{t('review.loading')}</p>}
      {session === null && (
        <p>
          {t('review.signInFirst')} <Link to="/login">{t('review.signIn')}</Link>
        </p>
      )}
      {session && townshipCode.length !== 9 && <p>{t('reviewer.dashboard.townshipOnly')}</p>}
      {session && townshipCode.length === 9 && (
        <TownshipDashboard
          townshipCode={townshipCode}
          token={session.state === 'active' ? session.token : null}
        />
      )}
    </>
  );
}
