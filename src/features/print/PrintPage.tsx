import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../a11y/usePageTitle';
import { boardVillageName } from '../../domain/board-format';
import { divisionName } from '../../domain/divisions';
import { ExportBatchButton } from '../export/ExportBatchButton';
import { toPrintedRows } from './print-rows';
import { PrintSheet } from './PrintSheet';
import { usePrintableBatch } from './usePrintableBatch';
import './print.css';

/**
 * /village/:villageCode/batch/:batchId/print: the paper notice of one payout batch for
 * the village board, with a print button and the cadre's Excel export. Works offline:
 * everything comes from the device's database.
 */
export function PrintPage() {
  const { t } = useTranslation();
  const params = useParams();
  const villageCode = params.villageCode ?? '';
  const batchId = params.batchId ?? '';
  const data = usePrintableBatch(batchId);
  const batch = data && data.batch.villageCode === villageCode ? data.batch : null;
  const lines = data?.lines;
  const rows = useMemo(() => (lines ? toPrintedRows(lines) : []), [lines]);
  const village = boardVillageName(divisionName(villageCode) ?? villageCode);
  const title = batch
    ? t('print.title', { village, year: batch.year, item: batch.item })
    : t('print.featureName');
  usePageTitle(batch ? t('print.pageTitle', { title }) : title);
  const backLink = (
    <Link to={`/village/${villageCode}`} className="print-screen__back">
      {t('print.backToVillage')}
    </Link>
  );

  if (data === undefined) {
    return <p role="status">{t('print.loading')}</p>;
  }
  if (!batch) {
    return (
      <>
        <h1>{t('print.featureName')}</h1>
        <p>{t('print.notFound')}</p>
        {backLink}
      </>
    );
  }
  return (
    <div className="print-screen">
      <div className="print-screen__actions">
        <p>{t('print.printHint')}</p>
        <div className="print-screen__buttons">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('print.printButton')}
          </button>
          <ExportBatchButton batchId={batch.id} />
        </div>
        <p className="print-screen__scroll-hint">{t('print.table.scrollHint')}</p>
        {backLink}
      </div>
      <PrintSheet batch={batch} rows={rows} title={title} origin={window.location.origin} />
    </div>
  );
}
