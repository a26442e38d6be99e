// Where the shared privacy scan (src/domain/privacy-scan-reviewable.ts) found personal
// data in a payout batch, in the terms a person finds it by: a header field, or the row
// number, name and field of a line. The cadre's batch screen and the reviewer's batch
// view both show findings this way. The scan itself is the one the server runs on
// submit and approve; this module only places its findings, it decides nothing.
import type { PayoutBatch, PayoutLine } from '../../domain/payout';
import type { FindingKind } from '../../domain/privacy-scan';
import {
  scanReviewable,
  type BATCH_SCANNED_FIELDS,
  type LINE_SCANNED_FIELDS,
} from '../../domain/privacy-scan-reviewable';

export type ScannedHeaderField = (typeof BATCH_SCANNED_FIELDS)[number];
export type ScannedLineField = (typeof LINE_SCANNED_FIELDS)[number];

/** What was found; the matched text itself is left out so no screen repeats it. */
export interface FindingSpot {
  kind: FindingKind;
  start: number;
  end: number;
}

export type PlacedFinding =
  | { where: 'header'; field: ScannedHeaderField; finding: FindingSpot }
  | {
      where: 'line';
      lineId: string;
      /** 1-based position in the batch, as the list numbers its rows */
      row: number;
      name: string;
      field: ScannedLineField;
      finding: FindingSpot;
    };

/** Every finding of the batch as it is now, header first, then lines in the order given. */
export function placeBatchFindings(
  batch: PayoutBatch,
  lines: readonly PayoutLine[],
): PlacedFinding[] {
  const findings = scanReviewable({ kind: 'batch', batch, lines });
  if (findings.length === 0) return [];
  const rowOf = new Map(lines.map((line, index) => [line.id, { line, row: index + 1 }]));
  const placed: PlacedFinding[] = [];
  for (const f of findings) {
    const finding: FindingSpot = { kind: f.kind, start: f.start, end: f.end };
    if (f.recordKind === 'batch') {
      placed.push({ where: 'header', field: f.field as ScannedHeaderField, finding });
      continue;
    }
    const at = rowOf.get(f.recordId);
    if (!at) continue;
    placed.push({
      where: 'line',
      lineId: f.recordId,
      row: at.row,
      name: at.line.name,
      field: f.field as ScannedLineField,
      finding,
    });
  }
  return placed;
}
