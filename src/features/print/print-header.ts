// What the header of the printed notice says beyond the batch's own fields: the village
// name as the board prints it, the notice period (公示期), the fingerprint of the
// published version and the address the QR code opens. Values only; the words around
// them come from the print locale strings.
import { chinaDateOf } from '../../domain/dates';
import type { PayoutBatch } from '../../domain/payout';
import { DEFAULT_NOTICE_WORKING_DAYS, noticePeriodEnd } from '../../domain/working-days';

/**
 * Set by publishing once a batch is published (frozen snapshot, DOMAIN.md §6). Read
 * defensively: records synced before publishing existed carry neither field.
 */
export interface PublishedFields {
  publishedAt?: number | null;
  publishedSha256?: string | null;
}

export type PrintableBatch = PayoutBatch & PublishedFields;

export interface NoticePeriod {
  start: string;
  end: string;
}

export interface Fingerprint {
  /** first 16 hex characters in groups of four: "3f2a 9c01 7be4 d5a8" */
  grouped: string;
  /** all 64 characters, printed small so anyone can compare it with the kiosk */
  full: string;
}

/** True once a batch is published: only then may the notice be posted without the 草稿 mark. */
export function isPublished(batch: Pick<PayoutBatch, 'state'>): boolean {
  return batch.state === 'published';
}

/**
 * The period the notice stays up: from the day of publishing (China's date, whatever the
 * device's zone) for the minimum number of working days. Null before publishing, when
 * the start is not known yet.
 */
export function noticePeriodOf(
  batch: Pick<PrintableBatch, 'state' | 'publishedAt'>,
  minWorkingDays: number = DEFAULT_NOTICE_WORKING_DAYS,
): NoticePeriod | null {
  if (!isPublished(batch) || typeof batch.publishedAt !== 'number') return null;
  const start = chinaDateOf(batch.publishedAt);
  return { start, end: noticePeriodEnd(start, minWorkingDays) };
}

/** The fingerprint of the published snapshot, or null when there is none to print. */
export function fingerprintOf(
  batch: Pick<PrintableBatch, 'state' | 'publishedSha256'>,
): Fingerprint | null {
  const sha = batch.publishedSha256?.trim().toLowerCase();
  if (!isPublished(batch) || !sha || !/^[0-9a-f]{64}$/.test(sha)) return null;
  return { grouped: sha.slice(0, 16).replace(/(.{4})(?!$)/g, '$1 '), full: sha };
}

/** The public page of the batch, which the QR code on the paper opens. */
export function publicBatchUrl(origin: string, villageCode: string, batchId: string): string {
  return `${origin.replace(/\/+$/, '')}/v/${villageCode}?batch=${encodeURIComponent(batchId)}`;
}

/** 'YYYY-MM-DD' → its parts as numbers, for the locale's date pattern (2025年12月1日). */
export function dateParts(iso: string): { year: number; month: number; day: number } {
  const [year = 0, month = 0, day = 0] = iso.split('-').map(Number);
  return { year, month, day };
}
