import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BatchQrCode } from './BatchQrCode';
import {
  fingerprintOf,
  isPublished,
  noticePeriodOf,
  publicBatchUrl,
  type PrintableBatch,
} from './print-header';
import { paginateRows } from './print-pagination';
import type { PrintedRow } from './print-rows';
import { PrintedPageTable } from './PrintedPageTable';
import { PrintHeaderFields } from './PrintHeaderFields';

interface PrintSheetProps {
  batch: PrintableBatch;
  rows: PrintedRow[];
  title: string;
  /** where the app is served, for the QR code's address */
  origin: string;
}

/**
 * The notice as it goes on the board: one <section> per printed A4 page, each with the
 * running title, page number, column headings and subtotal; the first page carries the
 * header fields and QR code, the last the grand total. A batch that is not published
 * carries the 草稿 mark on every page, so an unreviewed list is never posted by mistake.
 */
export function PrintSheet({ batch, rows, title, origin }: PrintSheetProps) {
  const { t } = useTranslation();
  const { pages, grandTotal } = useMemo(() => paginateRows(rows), [rows]);
  const isDraft = !isPublished(batch);
  const fingerprint = fingerprintOf(batch);
  const period = noticePeriodOf(batch);
  const url = publicBatchUrl(origin, batch.villageCode, batch.id);
  const units = new Set(rows.map((row) => row.unit));
  const unit = units.size === 1 ? ([...units][0] ?? null) : units.size === 0 ? batch.unit : null;
  const hasIdColumn = rows.some((row) => row.idHint !== null);

  return (
    <article className={`print-sheet${isDraft ? ' print-sheet--draft' : ''}`}>
      {pages.map((page) => {
        const isFirst = page.pageNumber === 1;
        const isLast = page.pageNumber === pages.length;
        return (
          <section key={page.pageNumber} className="print-page">
            {isDraft && (
              <p className="print-page__watermark" aria-hidden="true">
                {t('print.draftMark')}
              </p>
            )}
            <div className="print-page__running">
              {isFirst ? (
                <h1 className="print-page__title">{title}</h1>
              ) : (
                <p className="print-page__title-continued">{t('print.continued', { title })}</p>
              )}
              <p className="print-page__number">
                {t('print.pageNumber', { page: page.pageNumber, pages: pages.length })}
              </p>
            </div>
            {isDraft && <p className="print-page__draft-notice">{t('print.draftNotice')}</p>}
            {isFirst && (
              <div className="print-page__header">
                <PrintHeaderFields
                  batch={batch}
                  period={period}
                  grandTotal={grandTotal}
                  fingerprint={fingerprint}
                />
                <figure className="print-qr">
                  <BatchQrCode url={url} label={t('print.qrLabel', { url })} />
                  <figcaption>{t('print.qrCaption')}</figcaption>
                </figure>
              </div>
            )}
            <div
              className="print-table-region"
              role="region"
              aria-label={t('print.table.label', { page: page.pageNumber })}
              // Focusable so a keyboard can scroll a table wider than a 320 px screen.
              // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
              tabIndex={0}
            >
              <PrintedPageTable
                page={page}
                grandTotal={isLast ? grandTotal : null}
                unit={unit}
                hasIdColumn={hasIdColumn}
              />
            </div>
            <p className="print-page__footer">
              {fingerprint && (
                <span>
                  {t('print.fingerprint')} {fingerprint.grouped}
                </span>
              )}
              <span>{t('print.objectionNote')}</span>
            </p>
          </section>
        );
      })}
    </article>
  );
}
