// The rows of one batch's Excel export for the cadre and the township (DOMAIN.md §5,
// "cadre & reviewer" column): every field of every line, the ID number as first 6 +
// last 4 and the account as its last 4 digits, because a file leaves the app and a full
// number in it is exactly the leak §5 is about. Amounts are numbers in 元.
import type { TFunction } from 'i18next';
import { maskAccount, maskIdNumber, maskName } from '../../domain/masking';
import type { PayoutLine } from '../../domain/payout';
import { sumFen } from '../../domain/money';
import { orderLinesForPrint } from '../print/print-rows';
import type { PrintableBatch } from '../print/print-header';
import { fenToYuan, QUANTITY_FORMAT, YUAN_FORMAT, type Cell, type SheetSpec } from './xlsx-writer';

const STAFF = 'staff';

/** Column indexes of the lines sheet that hold numbers. */
const QUANTITY_COL = 6;
const RATE_COL = 8;
const AMOUNT_COL = 9;

export function batchLineSheet(lines: readonly PayoutLine[], t: TFunction): SheetSpec {
  const header: Cell[] = [
    t('print.export.columns.seq'),
    t('print.export.columns.group'),
    t('print.export.columns.name'),
    t('print.export.columns.idNumber'),
    t('print.export.columns.account'),
    t('print.export.columns.unit'),
    t('print.export.columns.quantity'),
    t('print.export.columns.paidOn'),
    t('print.export.columns.rate'),
    t('print.export.columns.amount'),
    t('print.export.columns.adjusted'),
    t('print.export.columns.adjustReason'),
    t('print.export.columns.remark'),
  ];
  const ordered = orderLinesForPrint(lines);
  const rows: Cell[][] = ordered.map((line, index) => [
    index + 1,
    line.group,
    maskName(line.name, STAFF),
    maskIdNumber(line.idNumber, STAFF),
    maskAccount(line.account, STAFF),
    line.unit,
    line.quantityCenti / 100,
    line.paidOn,
    fenToYuan(line.rateFen),
    fenToYuan(line.amountFen),
    line.adjusted ? t('print.export.yes') : null,
    line.adjustReason || null,
    line.remark || null,
  ]);
  const units = new Set(ordered.map((line) => line.unit));
  const totalQuantity =
    units.size === 1 ? ordered.reduce((sum, line) => sum + line.quantityCenti, 0) / 100 : null;
  // Summed in 分, then converted: adding 元 as floating point could be off by a 分.
  const totalRow: Cell[] = [
    t('print.export.total'),
    null,
    null,
    null,
    null,
    null,
    totalQuantity,
    null,
    null,
    fenToYuan(sumFen(ordered.map((line) => line.amountFen))),
    null,
    null,
    null,
  ];
  return {
    name: t('print.export.sheets.lines'),
    rows: [header, ...rows, totalRow],
    numberFormats: {
      [QUANTITY_COL]: QUANTITY_FORMAT,
      [RATE_COL]: YUAN_FORMAT,
      [AMOUNT_COL]: YUAN_FORMAT,
    },
    widths: [6, 10, 10, 22, 14, 6, 10, 12, 10, 12, 10, 20, 20],
  };
}

export function batchInfoSheet(
  batch: PrintableBatch,
  villageName: string,
  t: TFunction,
): SheetSpec {
  const rows: Cell[][] = [
    [t('print.export.columns.field'), t('print.export.columns.value')],
    [t('print.export.fields.village'), villageName],
    [t('print.export.fields.year'), batch.year],
    [t('print.fields.item'), batch.item],
    [t('print.fields.basis'), batch.basis],
    [t('print.fields.rate'), batch.rateText],
    [t('print.fields.department'), batch.department],
    [t('print.fields.paidOn'), batch.paidOn],
    [t('print.fields.publisher'), batch.publisher],
    [t('print.fields.hotline'), batch.hotline],
    [t('print.export.fields.state'), t(`reviewState.${batch.state}`)],
  ];
  if (batch.state === 'published' && batch.publishedSha256) {
    rows.push([t('print.export.fields.fingerprint'), batch.publishedSha256]);
  }
  return { name: t('print.export.sheets.info'), rows, widths: [20, 70] };
}
