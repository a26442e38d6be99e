import { describe, expect, it } from 'vitest';
import { addDays, weekdayOf } from './dates';
import {
  addWorkingDays,
  countWorkingDays,
  firstWorkingDayFrom,
  hasOfficialCalendar,
  isWorkingDay,
  noticePeriodEnd,
  workingDaysRemaining,
} from './working-days';

/** The State Council holiday notices for 2025 (Nov 2024) and 2026 (Nov 2025), typed in by hand. */
const PUBLISHED = {
  2025: {
    off: [
      ['2025-01-01', '2025-01-01'], // 元旦
      ['2025-01-28', '2025-02-04'], // 春节
      ['2025-04-04', '2025-04-06'], // 清明
      ['2025-05-01', '2025-05-05'], // 劳动节
      ['2025-05-31', '2025-06-02'], // 端午
      ['2025-10-01', '2025-10-08'], // 国庆 + 中秋
    ],
    work: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
    total: 248,
  },
  2026: {
    off: [
      ['2026-01-01', '2026-01-03'], // 元旦
      ['2026-02-15', '2026-02-23'], // 春节
      ['2026-04-04', '2026-04-06'], // 清明
      ['2026-05-01', '2026-05-05'], // 劳动节
      ['2026-06-19', '2026-06-21'], // 端午
      ['2026-09-25', '2026-09-27'], // 中秋
      ['2026-10-01', '2026-10-07'], // 国庆
    ],
    work: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    total: 248,
  },
} as const;

function expandRanges(ranges: readonly (readonly [string, string])[]): Set<string> {
  const days = new Set<string>();
  for (const [from, to] of ranges) {
    for (let d = from; d <= to; d = addDays(d, 1)) days.add(d);
  }
  return days;
}

describe.each([2025, 2026] as const)('the published %d calendar', (year) => {
  const { off, work, total } = PUBLISHED[year];
  const offDays = expandRanges(off);

  it.each([...offDays])('%s is a holiday', (date) => {
    expect(isWorkingDay(date)).toBe(false);
  });

  it.each(work)('%s is a swapped working day on a weekend', (date) => {
    expect([0, 6]).toContain(weekdayOf(date));
    expect(isWorkingDay(date)).toBe(true);
  });

  it('agrees with the package on every day of the year', () => {
    const disagreements: string[] = [];
    for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) {
      const weekday = weekdayOf(d);
      const expected =
        (work as readonly string[]).includes(d) ||
        (weekday >= 1 && weekday <= 5 && !offDays.has(d));
      if (isWorkingDay(d) !== expected) disagreements.push(d);
    }
    expect(disagreements).toEqual([]);
    expect(countWorkingDays(`${year}-01-01`, `${year}-12-31`)).toBe(total);
  });

  it('is known to the package', () => {
    expect(hasOfficialCalendar(year)).toBe(true);
  });
});

describe('hasOfficialCalendar', () => {
  it('is false for a year the package has no arrangement for', () => {
    expect(hasOfficialCalendar(1990)).toBe(false);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2025-01-02', true], // Thursday
    ['2025-01-04', false], // Saturday
    ['2025-01-05', false], // Sunday
    ['2025-10-09', true],
  ])('%s → %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('refuses a malformed date', () => {
    expect(() => isWorkingDay('2025-02-30')).toThrow(RangeError);
    expect(() => isWorkingDay('2025/01/02')).toThrow(RangeError);
  });
});

describe('noticePeriodEnd', () => {
  it.each([
    // start, working days, end
    ['2025-09-26', 7, '2025-10-11'], // Fri before 国庆: 9/26, 9/28 (Sun, swapped), 9/29, 9/30, 10/9, 10/10, 10/11 (Sat)
    ['2025-10-01', 7, '2025-10-16'], // posted during the holiday: day 1 is 10/9
    ['2025-10-08', 1, '2025-10-09'],
    ['2025-10-09', 1, '2025-10-09'],
    ['2025-01-24', 7, '2025-02-08'], // across 春节 2025: 1/24, 1/26, 1/27, 2/5, 2/6, 2/7, 2/8
    ['2026-02-13', 7, '2026-02-28'], // across 春节 2026, ends on the swapped Saturday
    ['2025-12-31', 7, '2026-01-09'], // across the year boundary and 元旦 2026
    ['2025-12-29', 5, '2026-01-05'], // the swapped Sunday 1/4 counts
    ['2025-11-03', 10, '2025-11-14'],
    ['2025-11-01', 5, '2025-11-07'], // Saturday start
  ])('%s + %d working days ends %s', (start, n, end) => {
    expect(noticePeriodEnd(start, n)).toBe(end);
    expect(countWorkingDays(start, end)).toBe(n);
    expect(isWorkingDay(end)).toBe(true);
  });

  it('refuses a period shorter than one working day', () => {
    expect(() => noticePeriodEnd('2025-11-03', 0)).toThrow(RangeError);
    expect(() => noticePeriodEnd('2025-11-03', 2.5)).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2025-09-26', 7, '2025-10-13'], // the start is not counted
    ['2025-09-26', 1, '2025-09-28'],
    ['2025-09-30', 1, '2025-10-09'],
    ['2025-01-27', 1, '2025-02-05'],
    ['2026-02-13', 2, '2026-02-24'],
    ['2025-12-31', 1, '2026-01-04'],
    ['2025-10-01', 0, '2025-10-09'], // n = 0 on a holiday: the next working day
    ['2025-10-09', 0, '2025-10-09'],
    ['2025-10-09', -1, '2025-09-30'],
    ['2025-02-05', -2, '2025-01-26'],
  ])('%s %+d → %s', (start, n, expected) => {
    expect(addWorkingDays(start, n)).toBe(expected);
  });

  it('is consistent with countWorkingDays for every start in 2025-2026', () => {
    const broken: string[] = [];
    for (let d = '2025-01-01'; d <= '2026-12-31'; d = addDays(d, 7)) {
      for (const n of [1, 5, 7, 20]) {
        const end = addWorkingDays(d, n);
        if (countWorkingDays(addDays(d, 1), end) !== n || !isWorkingDay(end))
          broken.push(`${d}+${n}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('countWorkingDays', () => {
  it.each([
    ['2025-01-20', '2025-02-14', 16], // across 春节 2025 with both swapped weekends
    ['2026-02-09', '2026-03-06', 16], // across 春节 2026
    ['2025-12-29', '2026-01-05', 5], // across the year boundary
    ['2025-10-01', '2025-10-08', 0],
    ['2025-10-11', '2025-10-11', 1],
    ['2025-10-12', '2025-10-11', 0], // reversed range
  ])('%s … %s → %d', (from, to, n) => {
    expect(countWorkingDays(from, to)).toBe(n);
  });
});

describe('firstWorkingDayFrom', () => {
  it('skips a whole holiday week', () => {
    expect(firstWorkingDayFrom('2025-10-04')).toBe('2025-10-09');
    expect(firstWorkingDayFrom('2025-09-28')).toBe('2025-09-28');
  });
});

describe('workingDaysRemaining', () => {
  it.each([
    ['2025-09-26', '2025-10-11', 7], // first day of a 7-day notice
    ['2025-10-01', '2025-10-11', 3], // during 国庆: 10/9, 10/10, 10/11
    ['2025-10-11', '2025-10-11', 1], // the last day still counts
    ['2025-10-12', '2025-10-11', 0], // ended
    ['2026-01-01', '2025-12-31', 0],
  ])('today %s, ends %s → %d', (today, end, n) => {
    expect(workingDaysRemaining(today, end)).toBe(n);
  });
});
