// Working days on the official Chinese calendar (国务院办公厅 holiday notices, with the
// swapped working weekends 调休), for notice periods (公示期 ≥ 7 working days), the
// 20-working-day publishing deadline and the 5-day objection reply. Dates are
// 'YYYY-MM-DD' strings. The holiday data is the JSON table shipped by the `chinese-days`
// package (2004 to the latest published year, see hasOfficialCalendar); beyond it every
// Monday-Friday counts as a working day, so deadlines in an unpublished year may move
// once the State Council notice appears.
//
// Only the package's data is used, not its functions: they build their tables by
// parsing 'YYYY-M-D' as UTC and formatting in local time, so west of Greenwich every
// holiday shifts one day earlier (a phone with a wrong time zone would get wrong legal dates).
import calendar from 'chinese-days/dist/chinese-days.json';
import { addDays, parseIsoDate, toDayNumber, weekdayOf } from './dates';

export { formatIsoDate, parseIsoDate } from './dates';

/** Default minimum notice period; settable per notice type (some places use 5 or 10). */
export const DEFAULT_NOTICE_WORKING_DAYS = 7;

/** Weekdays off (放假). */
const HOLIDAYS: ReadonlySet<string> = new Set(Object.keys(calendar.holidays));
/** Weekend days worked (调休上班). */
const SWAPPED_WORKDAYS: ReadonlySet<string> = new Set(Object.keys(calendar.workdays));
const COVERED_YEARS: ReadonlySet<number> = new Set(
  [...HOLIDAYS].map((date) => Number(date.slice(0, 4))),
);

/** True on a working day: Monday-Friday outside public holidays, plus swapped weekend days. */
export function isWorkingDay(date: string): boolean {
  if (!parseIsoDate(date)) throw new RangeError(`invalid ISO date: ${date}`);
  if (SWAPPED_WORKDAYS.has(date)) return true;
  const weekday = weekdayOf(date);
  return weekday >= 1 && weekday <= 5 && !HOLIDAYS.has(date);
}

/**
 * True when the holiday arrangement for `year` is known. The UI should warn when a
 * deadline falls in a year without one (the notice for year N appears in autumn of N-1).
 */
export function hasOfficialCalendar(year: number): boolean {
  return COVERED_YEARS.has(year);
}

/** `date` itself when it is a working day, otherwise the next working day. */
export function firstWorkingDayFrom(date: string): string {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/**
 * The n-th working day after `startDate`, not counting `startDate` itself: for n = 1
 * the next working day, so an objection raised on a Friday before 国庆 with a 5-day
 * reply limit is due on the 5th working day after it. n = 0 gives `startDate` when
 * it is a working day, else the next one. A negative n counts backwards.
 */
export function addWorkingDays(startDate: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError('n must be an integer');
  if (n === 0) return firstWorkingDayFrom(startDate);
  const step = n > 0 ? 1 : -1;
  let d = startDate;
  for (let remaining = Math.abs(n); remaining > 0;) {
    d = addDays(d, step);
    if (isWorkingDay(d)) remaining--;
  }
  return d;
}

/** Working days from `from` to `to`, both included; 0 when `to` is before `from`. */
export function countWorkingDays(from: string, to: string): number {
  const days = toDayNumber(to) - toDayNumber(from);
  let count = 0;
  for (let i = 0, d = from; i <= days; i++, d = addDays(d, 1)) {
    if (isWorkingDay(d)) count++;
  }
  return count;
}

/**
 * The last day of a notice period of `minWorkingDays` working days starting on
 * `startDate`. The start counts as day 1 when it is a working day; a notice posted on
 * a holiday starts counting on the next working day.
 */
export function noticePeriodEnd(startDate: string, minWorkingDays: number): string {
  if (!Number.isInteger(minWorkingDays) || minWorkingDays < 1) {
    throw new RangeError('minWorkingDays must be a positive integer');
  }
  return addWorkingDays(firstWorkingDayFrom(startDate), minWorkingDays - 1);
}

/**
 * Working days left in a period ending on `endDate`, counting `today` while it is a
 * working day (the notice is still up all day): 1 on a working last day, 0 once the
 * end has passed, and 0 on a holiday after the last working day.
 */
export function workingDaysRemaining(today: string, endDate: string): number {
  return toDayNumber(today) > toDayNumber(endDate) ? 0 : countWorkingDays(today, endDate);
}
