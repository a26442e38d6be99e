// The server's privacy gate (DOMAIN.md §5): the scan of scanReviewable (shared with the
// phone) over the stored item and, for a batch, every live line. Run on submit and again
// on approve; a finding refuses the step with 'personal-data-found' and the findings go
// into the conflict item so the phone can highlight each one in place.
import type { Notice } from '../../domain/notice';
import type { PayoutBatch, PayoutLine } from '../../domain/payout';
import {
  MAX_CONFLICT_FINDINGS,
  scanReviewable,
  type ReviewableFinding,
} from '../../domain/privacy-scan-reviewable';
import type { ReviewItemKind } from '../../domain/review';
import type { Executor } from '../db/schema';
import { readLinesOfBatch } from '../sync/records';
import { Refusal } from '../sync/handlers/mutation-context';

export function findingsOf(
  kind: ReviewItemKind,
  record: PayoutBatch | Notice,
  lines: readonly PayoutLine[],
): ReviewableFinding[] {
  return kind === 'notice'
    ? scanReviewable({ kind: 'notice', notice: record as Notice })
    : scanReviewable({ kind: 'batch', batch: record as PayoutBatch, lines });
}

/** Refuses with the findings when the item holds personal data; returns the lines read. */
export async function requireNoPersonalData(
  trx: Executor,
  kind: ReviewItemKind,
  record: PayoutBatch | Notice,
): Promise<PayoutLine[]> {
  const lines = kind === 'batch' ? await readLinesOfBatch(trx, record.id) : [];
  const findings = findingsOf(kind, record, lines);
  if (findings.length > 0) {
    throw new Refusal('personal-data-found', {
      findings: findings.slice(0, MAX_CONFLICT_FINDINGS),
      findingCount: findings.length,
    });
  }
  return lines;
}
