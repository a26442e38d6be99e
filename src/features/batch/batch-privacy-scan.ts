// The privacy check run before a batch is submitted (保密审查, DOMAIN.md §5), placed so the
// screen can point at each finding: which header field, or which row and field of a line.
// Scans what the server scans on submit (item, basis, every remark and adjustment reason)
// plus the other free-text header fields; the ID and account columns are meant to hold
// numbers and are never published. The hotline is a published service number by design.
// Replace with the shared domain scan of reviewable items once it exists.
import type { PayoutBatch, PayoutLine } from '../../domain/payout';
import { scanPersonalData, type Finding } from '../../domain/privacy-scan';

export const SCANNED_HEADER_FIELDS = [
  'item',
  'basis',
  'rateText',
  'department',
  'publisher',
] as const;
export type ScannedHeaderField = (typeof SCANNED_HEADER_FIELDS)[number];
export type ScannedLineField = 'remark' | 'adjustReason';

export type PlacedFinding =
  | { where: 'header'; field: ScannedHeaderField; finding: Finding }
  | {
      where: 'line';
      lineId: string;
      /** 1-based position in the batch, as the list numbers its rows */
      row: number;
      name: string;
      field: ScannedLineField;
      finding: Finding;
    };

export function scanBatchForSubmit(
  batch: PayoutBatch,
  lines: readonly PayoutLine[],
): PlacedFinding[] {
  const found: PlacedFinding[] = [];
  for (const field of SCANNED_HEADER_FIELDS) {
    for (const finding of scanPersonalData(batch[field]))
      found.push({ where: 'header', field, finding });
  }
  lines.forEach((line, index) => {
    for (const field of ['remark', 'adjustReason'] as const) {
      // Most lines have no remark: skip the scan instead of running it over ''.
      if (line[field] === '') continue;
      for (const finding of scanPersonalData(line[field])) {
        found.push({
          where: 'line',
          lineId: line.id,
          row: index + 1,
          name: line.name,
          field,
          finding,
        });
      }
    }
  });
  return found;
}
