// What the township sees per village (DOMAIN.md §4, §7): periodic notices due or overdue
// by cadence (逾期未公开), what is published and waiting, notice periods running, proof
// photos of posted notices, and the year-end subsidy results deadline. Pure: it takes the
// synced records and today's date and returns numbers and type codes, so the screen, the
// export and the tests share one rule.
import type { Notice } from '../../domain/notice';
import { cadenceStatus, noticeTypeInfo, subsidyResultsDeadline } from '../../domain/notice-types';
import type { PayoutBatch } from '../../domain/payout';
import { chinaDateOf } from '../../domain/dates';

/**
 * Periodic types every village owes whether or not it ever used them: the quarterly
 * finance statement and party dues. Other periodic types count once a village used them,
 * so a village without, say, a project under way is not flagged every quarter.
 */
export const ALWAYS_EXPECTED_TYPES = ['finance-statement', 'party-dues'] as const;

export interface VillageDashboard {
  villageCode: string;
  /** periodic types with no notice published in the current period, past the due date */
  overdueTypes: string[];
  /** periodic types still to publish in the current period, before the due date */
  dueTypes: string[];
  publishedCount: number;
  /** submitted or checked: waiting for a reviewer */
  waitingCount: number;
  /** published notices whose notice period includes today */
  runningPeriods: number;
  /** published items with at least one proof photo of the posted paper */
  proofsPresent: number;
  /** published items without one */
  proofsMissing: number;
  /** this year's payout batches not yet published (due by 31 December) */
  subsidyDue: number;
  /** batches of a past year still unpublished after that year's deadline */
  subsidyOverdue: number;
}

type DashboardNotice = Pick<
  Notice,
  | 'villageCode'
  | 'type'
  | 'state'
  | 'periodStart'
  | 'periodEnd'
  | 'updatedAt'
  | 'proofs'
  | 'publishedAt'
>;
type DashboardBatch = Pick<PayoutBatch, 'villageCode' | 'year' | 'state' | 'proofs'>;

function publishedStart(notice: DashboardNotice): string {
  return notice.periodStart ?? chinaDateOf(notice.publishedAt ?? notice.updatedAt);
}

export function buildVillageDashboard(
  villageCode: string,
  notices: readonly DashboardNotice[],
  batches: readonly DashboardBatch[],
  today: string,
): VillageDashboard {
  const own = notices.filter((n) => n.villageCode === villageCode);
  const ownBatches = batches.filter((b) => b.villageCode === villageCode);
  const published = own.filter((n) => n.state === 'published');
  const types = new Set<string>([...ALWAYS_EXPECTED_TYPES, ...own.map((n) => n.type)]);
  const overdueTypes: string[] = [];
  const dueTypes: string[] = [];
  for (const type of [...types].sort()) {
    const starts = published.filter((n) => n.type === type).map(publishedStart);
    const status = cadenceStatus(noticeTypeInfo(type).cadence, today, starts);
    if (status === 'overdue') overdueTypes.push(type);
    if (status === 'due') dueTypes.push(type);
  }
  const publishedItems = [...published, ...ownBatches.filter((b) => b.state === 'published')];
  const withProof = publishedItems.filter((item) => (item.proofs?.length ?? 0) > 0).length;
  const year = Number(today.slice(0, 4));
  const unpublished = ownBatches.filter((b) => b.state !== 'published');
  return {
    villageCode,
    overdueTypes,
    dueTypes,
    publishedCount: publishedItems.length,
    waitingCount: [...own, ...ownBatches].filter(
      (i) => i.state === 'submitted' || i.state === 'checked',
    ).length,
    runningPeriods: published.filter(
      (n) =>
        n.periodStart !== null &&
        n.periodEnd !== null &&
        n.periodStart <= today &&
        today <= n.periodEnd,
    ).length,
    proofsPresent: withProof,
    proofsMissing: publishedItems.length - withProof,
    subsidyDue: unpublished.filter((b) => b.year === year).length,
    subsidyOverdue: unpublished.filter((b) => subsidyResultsDeadline(b.year) < today).length,
  };
}

export interface AmountByKey {
  key: string;
  amountFen: number;
}

/** Sums per key, largest first: for the charts of subsidy totals by item and by village. */
export function totalsBy<T>(
  rows: readonly T[],
  keyOf: (row: T) => string,
  fenOf: (row: T) => number,
): AmountByKey[] {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(keyOf(row), (sums.get(keyOf(row)) ?? 0) + fenOf(row));
  return [...sums]
    .map(([key, amountFen]) => ({ key, amountFen }))
    .sort((a, b) => b.amountFen - a.amountFen || a.key.localeCompare(b.key));
}
