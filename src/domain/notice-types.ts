// The catalogue of notice types on the three-affairs board (DOMAIN.md §4) with their
// cadence and minimum notice period (§7). The phone uses it to offer types per category
// and to compute the earliest end date; the township dashboard uses the cadence to say
// what is due and what is overdue (逾期未公开). Names are i18n keys on screen, codes here.
import type { NoticeCategory } from './notice';
import { addDays, parseIsoDate } from './dates';
import { DEFAULT_NOTICE_WORKING_DAYS } from './working-days';

/** 'event': published as it happens (no due date); the others are periodic. */
export type NoticeCadence = 'event' | 'monthly' | 'quarterly' | 'yearly';

export interface NoticeTypeInfo {
  type: string;
  category: NoticeCategory;
  cadence: NoticeCadence;
  /** minimum notice period in working days (settable per type; some places use 5 or 10) */
  minWorkingDays: number;
  /** carries a 财务收支 statement with income and expense lines */
  hasStatement: boolean;
}

const days = DEFAULT_NOTICE_WORKING_DAYS;
const entry = (
  type: string,
  category: NoticeCategory,
  cadence: NoticeCadence,
  hasStatement = false,
): NoticeTypeInfo => ({ type, category, cadence, minWorkingDays: days, hasStatement });

export const NOTICE_TYPES: readonly NoticeTypeInfo[] = [
  entry('party-member-development', 'party', 'event'),
  entry('party-dues', 'party', 'quarterly'),
  entry('party-election', 'party', 'event'),
  entry('party-evaluation', 'party', 'yearly'),
  entry('party-meeting', 'party', 'event'),
  entry('party-decision', 'party', 'event'),
  entry('assembly-resolution', 'village', 'event'),
  entry('resolution-result', 'village', 'event'),
  entry('land-approval', 'village', 'event'),
  entry('relief-distribution', 'village', 'event'),
  entry('project-progress', 'village', 'quarterly'),
  entry('dibao-review', 'village', 'quarterly'),
  entry('subsidy-policy', 'village', 'event'),
  entry('subsidy-results', 'village', 'yearly'),
  entry('village-general', 'village', 'quarterly'),
  entry('finance-statement', 'finance', 'quarterly', true),
  entry('collective-assets', 'finance', 'yearly'),
  entry('project-accounts', 'finance', 'quarterly'),
];

const BY_TYPE = new Map(NOTICE_TYPES.map((info) => [info.type, info]));

/** The catalogue entry; unknown types (from a newer app) get an event cadence and 7 days. */
export function noticeTypeInfo(type: string): NoticeTypeInfo {
  return BY_TYPE.get(type) ?? { ...entry(type, 'village', 'event') };
}

export function noticeTypesOf(category: NoticeCategory): NoticeTypeInfo[] {
  return NOTICE_TYPES.filter((info) => info.category === category);
}

/** Day of the month by which a periodic notice is expected (common: the 15th). */
export const CADENCE_DUE_DAY = 15;

/** The cadence period containing `today` and the date its notice is due. */
export interface CadencePeriod {
  /** first day of the period a notice must cover, YYYY-MM-DD */
  start: string;
  /** the due date inside that period */
  due: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The current period of a periodic cadence: a month, a quarter or a year, due on the
 * 15th of its first month (quarterly finances are commonly published on the 15th of the
 * first month of each quarter); yearly items are due by 31 December. Null for 'event'.
 */
export function currentCadencePeriod(cadence: NoticeCadence, today: string): CadencePeriod | null {
  const date = parseIsoDate(today);
  if (!date) throw new RangeError(`invalid ISO date: ${today}`);
  const { year, month } = date;
  switch (cadence) {
    case 'event':
      return null;
    case 'monthly':
      return { start: `${year}-${pad(month)}-01`, due: `${year}-${pad(month)}-${CADENCE_DUE_DAY}` };
    case 'quarterly': {
      const first = month - ((month - 1) % 3);
      return { start: `${year}-${pad(first)}-01`, due: `${year}-${pad(first)}-${CADENCE_DUE_DAY}` };
    }
    case 'yearly':
      return { start: `${year}-01-01`, due: `${year}-12-31` };
  }
}

export type CadenceStatus = 'done' | 'due' | 'overdue' | 'none';

/**
 * Whether a periodic type is covered in the period containing `today`: 'done' when a
 * notice of it was published (its period starting) on or after the period start,
 * 'overdue' after the due date without one, 'due' before. 'none' for event types.
 */
export function cadenceStatus(
  cadence: NoticeCadence,
  today: string,
  publishedStarts: readonly string[],
): CadenceStatus {
  const period = currentCadencePeriod(cadence, today);
  if (!period) return 'none';
  if (publishedStarts.some((start) => start >= period.start)) return 'done';
  return today > period.due ? 'overdue' : 'due';
}

/** The year-end deadline for a year's subsidy payout results (§7: before 31 December). */
export function subsidyResultsDeadline(year: number): string {
  return addDays(`${year + 1}-01-01`, -1);
}
