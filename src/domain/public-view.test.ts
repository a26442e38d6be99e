import { describe, expect, it } from 'vitest';
import { objectionReplyDue } from './objection';
import { isSensitiveItem, isWithinPhoneGrace, periodOf } from './public-view';

describe('periodOf', () => {
  it.each([
    // start, end, today → status, remaining working days
    ['2025-11-20', '2025-11-28', '2025-11-20', 'open', 7],
    ['2025-11-20', '2025-11-28', '2025-11-22', 'open', 5], // a Saturday: Mon-Fri 24-28 left
    ['2025-11-20', '2025-11-28', '2025-11-28', 'open', 1],
    ['2025-11-20', '2025-11-28', '2025-11-29', 'ended', 0],
    ['2025-11-20', '2025-11-28', '2025-11-10', 'open', 7], // posted ahead: the whole period left
    ['2025-09-29', '2025-10-13', '2025-10-01', 'open', 4], // 国庆: 9, 10, 11 (调休), 13 left
  ])('%s to %s on %s: %s, %i left', (start, end, today, status, remaining) => {
    expect(periodOf(start, end, today)).toEqual({
      start,
      end,
      status,
      remainingWorkingDays: remaining,
    });
  });

  it('marks an item published without dates as unknown, never as running', () => {
    expect(periodOf(null, null, '2025-11-20').status).toBe('unknown');
  });
});

describe('isWithinPhoneGrace', () => {
  const period = periodOf('2025-11-20', '2025-11-28', '2025-12-01');
  it.each([
    ['2025-12-28', true],
    ['2025-12-29', false],
  ])('on %s: %s', (today, expected) => {
    expect(isWithinPhoneGrace(period, today)).toBe(expected);
  });

  it.each([
    // grace days (a village setting), today → named rows still on the phone page
    [0, '2025-11-28', true],
    [0, '2025-11-29', false],
    [10, '2025-12-08', true],
    [10, '2025-12-09', false],
    [365, '2026-11-28', true],
  ])('with %i grace days on %s: %s', (graceDays, today, expected) => {
    expect(isWithinPhoneGrace(period, today, graceDays)).toBe(expected);
  });
});

describe('isSensitiveItem', () => {
  it.each([
    ['农村低保', true],
    ['特困供养', true],
    ['残疾人两项补贴', true],
    ['耕地地力保护补贴', false],
  ])('%s: %s', (item, expected) => expect(isSensitiveItem(item)).toBe(expected));
});

describe('objectionReplyDue', () => {
  it('gives 5 working days, skipping the weekend', () => {
    expect(objectionReplyDue('2025-11-21')).toBe('2025-11-28');
  });

  it('follows the village setting: 3 working days from a Friday end on Wednesday', () => {
    expect(objectionReplyDue('2025-11-21', 3)).toBe('2025-11-26');
  });
});
