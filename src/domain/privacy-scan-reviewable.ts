// The privacy gate of the review chain (DOMAIN.md §5) over a whole reviewable item: every
// free-text field of a notice (title, body, attachment names, finance statement labels) or
// of a payout batch (header and every line's free text). The server refuses a submit or an
// approval with findings; the phone runs the same function first so the cadre sees each
// finding in place. A line's ID number and account columns are not scanned: they are
// meant to hold those numbers and never reach a public view (public-view allow-lists).
import type { Notice } from './notice';
import type { PayoutBatch, PayoutLine } from './payout';
import { scanPersonalData, type FindingKind } from './privacy-scan';

/** Where a finding is: the record (the item itself or one of its lines) and the field. */
export interface ReviewableFinding {
  kind: FindingKind;
  recordKind: 'notice' | 'batch' | 'line';
  /** id of the notice, the batch or the line */
  recordId: string;
  /**
   * Field name, or a dotted path inside the record: 'body', 'remark',
   * 'attachments.2.name', 'statement.income.<entryId>.label'.
   */
  field: string;
  /** UTF-16 indices into that field's text, as privacy-scan.ts reports them */
  start: number;
  end: number;
}

/** A conflict keeps the first findings only: enough to fix them, small enough to sync. */
export const MAX_CONFLICT_FINDINGS = 200;

/** Header fields of a batch a cadre types freely. `hotline` is a public number by design. */
export const BATCH_SCANNED_FIELDS = [
  'item',
  'basis',
  'rateText',
  'unit',
  'department',
  'publisher',
] as const;
/** Free text of a line; not `idNumber` or `account`, which hold those numbers on purpose. */
export const LINE_SCANNED_FIELDS = ['group', 'name', 'unit', 'remark', 'adjustReason'] as const;

export type ScannableNotice = Pick<Notice, 'id' | 'title' | 'body' | 'attachments' | 'statement'>;
export type ScannableBatch = Pick<PayoutBatch, 'id' | (typeof BATCH_SCANNED_FIELDS)[number]>;
export type ScannableLine = Pick<PayoutLine, 'id' | (typeof LINE_SCANNED_FIELDS)[number]>;

export type ReviewableContent =
  | { kind: 'notice'; notice: ScannableNotice }
  | { kind: 'batch'; batch: ScannableBatch; lines: readonly ScannableLine[] };

type Location = Omit<ReviewableFinding, 'kind' | 'start' | 'end'>;

function scanField(out: ReviewableFinding[], at: Location, text: string): void {
  if (text.length === 0) return;
  for (const f of scanPersonalData(text))
    out.push({ ...at, kind: f.kind, start: f.start, end: f.end });
}

function scanNotice(notice: ScannableNotice, out: ReviewableFinding[]): void {
  const at = (field: string): Location => ({ recordKind: 'notice', recordId: notice.id, field });
  scanField(out, at('title'), notice.title);
  scanField(out, at('body'), notice.body);
  notice.attachments.forEach((a, i) => scanField(out, at(`attachments.${i}.name`), a.name));
  for (const side of ['income', 'expense'] as const) {
    for (const entry of notice.statement?.[side] ?? []) {
      scanField(out, at(`statement.${side}.${entry.id}.label`), entry.label);
    }
  }
}

/**
 * Every finding in the item, in reading order: the header (or notice) first, then the
 * lines in the order given. An empty list means the item may be submitted.
 */
export function scanReviewable(content: ReviewableContent): ReviewableFinding[] {
  const out: ReviewableFinding[] = [];
  if (content.kind === 'notice') {
    scanNotice(content.notice, out);
    return out;
  }
  const { batch, lines } = content;
  for (const field of BATCH_SCANNED_FIELDS) {
    scanField(out, { recordKind: 'batch', recordId: batch.id, field }, batch[field]);
  }
  for (const line of lines) {
    for (const field of LINE_SCANNED_FIELDS) {
      scanField(out, { recordKind: 'line', recordId: line.id, field }, line[field]);
    }
  }
  return out;
}
