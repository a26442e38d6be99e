// The shape of what residents may see (DOMAIN.md §5, §7): the answers of the public
// endpoints (phone page, kiosk) and what the kiosk keeps on its device. Every field here
// is public for its audience; nothing else of a record is ever copied into these types.
// Owns the types and the notice-period rules of public views; the server builds them
// (src/server/public/public-views.ts), the client only displays and caches them.
import { addDays, toDayNumber } from './dates';
import type { NoticeCategory } from './notice';
import type { PublicObjectionReply } from './objection';
import type { PhoneNameMode } from './village-settings';
import { workingDaysRemaining } from './working-days';

/**
 * Named rows leave the phone page this many days after the notice period: the default of
 * the per-village setting (village-settings.ts).
 */
export const PHONE_GRACE_DAYS = 30;

/** 'open' = 公示中, 'ended' = 公示结束 · 存档备查, 'unknown' = published without a period. */
export type PeriodStatus = 'open' | 'ended' | 'unknown';

export interface PublicPeriod {
  start: string | null;
  end: string | null;
  status: PeriodStatus;
  /** working days left, counting today while it is a working day; 0 once ended */
  remainingWorkingDays: number;
}

export interface PublicNotice {
  id: string;
  category: NoticeCategory;
  type: string;
  title: string;
  body: string;
  period: PublicPeriod;
  /** a correction (更正) names the notice it replaces */
  correctsId: string | null;
}

export interface GroupTotal {
  group: string;
  lineCount: number;
  amountFen: number;
}

/** 'named' = lines with (masked) names may be listed; 'aggregate' = totals only. */
export type LineDetail = 'named' | 'aggregate';

export interface PublicBatch {
  id: string;
  year: number;
  item: string;
  basis: string;
  rateText: string;
  unit: string;
  department: string;
  paidOn: string | null;
  publisher: string;
  hotline: string;
  period: PublicPeriod;
  lineCount: number;
  amountFen: number;
  quantityCenti: number;
  groups: GroupTotal[];
  lineDetail: LineDetail;
  correctsId: string | null;
}

export interface PublicLine {
  id: string;
  batchId: string;
  group: string;
  /** full on the kiosk, masked (张*华) on the phone */
  name: string;
  quantityCenti: number;
  unit: string;
  rateFen: number;
  amountFen: number;
  paidOn: string | null;
  adjusted: boolean;
  /** kiosk only: pinyin search text of the name, so the kiosk searches without a dictionary */
  namePinyin?: string;
  /** kiosk only, and only when two lines of a batch share a name: 360735********1234 */
  idHint?: string;
}

export interface PublicVillage {
  code: string;
  name: string;
}

/** GET /api/public/villages/:code (phone page). */
export interface PublicVillageResponse {
  village: PublicVillage;
  /** the server's date in China: legal dates never come from the device clock */
  today: string;
  notices: PublicNotice[];
  batches: PublicBatch[];
  /** replies to objections (异议), shown under their item; phone page only */
  objectionReplies?: PublicObjectionReply[];
  /** the village's settings as the phone page applies them; phone page only */
  phoneRules?: PhonePageRules;
}

/**
 * A village's per-village settings that shape the phone page, sent with it so the page can
 * say them in words and so the answer's ETag changes whenever one of them changes.
 */
export interface PhonePageRules {
  names: PhoneNameMode;
  /** days after the notice period's end that named rows stay */
  namedDaysAfterPeriod: number;
  objectionReplyWorkingDays: number;
}

/** GET /api/public/villages/:code/batches/:batchId/lines (phone page). */
export interface PublicBatchLinesResponse {
  batchId: string;
  lineDetail: LineDetail;
  /** empty when lineDetail is 'aggregate' */
  lines: PublicLine[];
  /** how the names in `lines` are shown; present only when lines are listed */
  names?: PhoneNameMode;
}

/** GET /api/public/villages/:code/kiosk (kiosk bearer token): everything the kiosk shows. */
export interface KioskVillageResponse extends PublicVillageResponse {
  lines: PublicLine[];
}

/** The keys each public object may carry; tests and the kiosk cache check against them. */
export const PUBLIC_FIELDS = {
  notice: ['id', 'category', 'type', 'title', 'body', 'period', 'correctsId'],
  batch: [
    'id',
    'year',
    'item',
    'basis',
    'rateText',
    'unit',
    'department',
    'paidOn',
    'publisher',
    'hotline',
    'period',
    'lineCount',
    'amountFen',
    'quantityCenti',
    'groups',
    'lineDetail',
    'correctsId',
  ],
  line: [
    'id',
    'batchId',
    'group',
    'name',
    'quantityCenti',
    'unit',
    'rateFen',
    'amountFen',
    'paidOn',
    'adjusted',
    'namePinyin',
    'idHint',
  ],
} as const satisfies Record<string, readonly string[]>;

/** The status of a period on `today` (both 'YYYY-MM-DD', China dates). */
export function periodOf(start: string | null, end: string | null, today: string): PublicPeriod {
  if (!start || !end) return { start, end, status: 'unknown', remainingWorkingDays: 0 };
  const from = toDayNumber(today) < toDayNumber(start) ? start : today;
  const remaining = workingDaysRemaining(from, end);
  const isOpen = toDayNumber(today) <= toDayNumber(end);
  return { start, end, status: isOpen ? 'open' : 'ended', remainingWorkingDays: remaining };
}

/** True while named rows may stay on the phone page: the period plus the village's grace days. */
export function isWithinPhoneGrace(
  period: PublicPeriod,
  today: string,
  graceDays: number = PHONE_GRACE_DAYS,
): boolean {
  if (!period.end) return false;
  return toDayNumber(today) <= toDayNumber(addDays(period.end, graceDays));
}

/** 低保, 特困, 残疾 lists are sensitive: aggregates on the phone, names on the kiosk only while open. */
export function isSensitiveItem(item: string): boolean {
  return /低保|特困|残疾/.test(item);
}
