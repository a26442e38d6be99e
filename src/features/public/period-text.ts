// The words of a notice period, shared by the phone page and the kiosk, and the text
// read aloud for an item: the same sentence on screen and in the voice.
import type { TFunction } from 'i18next';
import { formatFen } from '../../domain/money';
import type { PublicBatch, PublicPeriod } from '../../domain/public-view';

/** "公示中 · 剩余 3 个工作日", "公示结束 · 存档备查" or "已公开". */
export function periodStatusText(t: TFunction, period: PublicPeriod): string {
  if (period.status === 'open')
    return t('publicView.period.open', { count: period.remainingWorkingDays });
  if (period.status === 'ended') return t('publicView.period.ended');
  return t('publicView.period.unknown');
}

/** "公示期 2025-11-20 至 2025-11-28", or '' without a period. */
export function periodRangeText(t: TFunction, period: PublicPeriod): string {
  if (!period.start || !period.end) return '';
  return t('publicView.period.range', { start: period.start, end: period.end });
}

export function yuanText(t: TFunction, amountFen: number): string {
  return t('publicView.money.yuan', { amount: formatFen(amountFen) });
}

/** Quantity in hundredths → "2.5": two decimals at most, none when whole. */
export function quantityText(quantityCenti: number): string {
  return String(Math.round(quantityCenti) / 100);
}

/** The one-sentence summary of a payout batch, shown and read aloud. */
export function batchSummaryText(t: TFunction, batch: PublicBatch): string {
  return t('publicView.batch.summary', {
    count: batch.lineCount,
    amount: formatFen(batch.amountFen),
  });
}
