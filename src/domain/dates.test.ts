import { describe, expect, it } from 'vitest';
import {
  addDays,
  chinaDateOf,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  fromDayNumber,
  parseIsoDate,
  toDayNumber,
  weekdayOf,
} from './dates';

describe('parseIsoDate / formatIsoDate', () => {
  it.each([
    ['2025-01-01', { year: 2025, month: 1, day: 1 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['1999-12-31', { year: 1999, month: 12, day: 31 }],
  ])('%s', (iso, parts) => {
    expect(parseIsoDate(iso)).toEqual(parts);
    expect(formatIsoDate(parts)).toBe(iso);
  });

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-1-1',
    '2025/01/01',
    '2025-01-01T00:00:00Z',
    ' 2025-01-01',
    '',
  ])('refuses %j', (iso) => {
    expect(parseIsoDate(iso)).toBeNull();
  });

  it('formatIsoDate refuses an impossible date', () => {
    expect(() => formatIsoDate({ year: 2025, month: 2, day: 29 })).toThrow(RangeError);
  });

  it('daysInMonth knows leap years', () => {
    expect([2023, 2024, 1900, 2000].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29]);
  });
});

describe('day arithmetic', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2025-01-01', 20089],
  ])('%s is day %d', (iso, n) => {
    expect(toDayNumber(iso)).toBe(n);
    expect(fromDayNumber(n)).toBe(iso);
  });

  it('agrees with the UTC calendar on every day from 1899 to 2101', () => {
    const mismatches: number[] = [];
    for (let n = toDayNumber('1899-01-01'); n <= toDayNumber('2101-12-31'); n++) {
      const reference = new Date(n * 86_400_000).toISOString().slice(0, 10);
      if (fromDayNumber(n) !== reference || toDayNumber(reference) !== n) mismatches.push(n);
    }
    expect(mismatches).toEqual([]);
  });

  it.each([
    ['2025-01-31', 1, '2025-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2025-03-01', -366, '2024-02-29'],
  ])('%s %+d days → %s', (from, n, to) => {
    expect(addDays(from, n)).toBe(to);
    expect(daysBetween(from, to)).toBe(n);
  });

  it.each([
    ['2025-01-01', 3], // Wednesday
    ['2025-01-26', 0], // Sunday (a swapped working day)
    ['2025-02-08', 6], // Saturday
    ['2026-02-14', 6],
    ['1970-01-01', 4],
    ['1969-12-28', 0],
  ])('%s is weekday %d', (iso, weekday) => {
    expect(weekdayOf(iso)).toBe(weekday);
  });

  it('refuses malformed input instead of guessing', () => {
    expect(() => toDayNumber('2025-02-30')).toThrow(RangeError);
    expect(() => fromDayNumber(1.5)).toThrow(RangeError);
  });
});

describe('chinaDateOf', () => {
  it.each([
    [Date.UTC(2025, 0, 1, 15, 59, 59), '2025-01-01'], // 23:59:59 in Beijing
    [Date.UTC(2025, 0, 1, 16, 0, 0), '2025-01-02'], // midnight in Beijing
    [Date.UTC(2024, 11, 31, 16, 0, 0), '2025-01-01'],
    [0, '1970-01-01'],
  ])('%d → %s', (ms, iso) => {
    expect(chinaDateOf(ms)).toBe(iso);
  });
});
