import { describe, expect, it } from 'vitest';
import {
  cadenceStatus,
  currentCadencePeriod,
  noticeTypeInfo,
  noticeTypesOf,
  subsidyResultsDeadline,
} from './notice-types';

describe('notice type catalogue', () => {
  it('offers each category its own types, finance statements carrying a statement', () => {
    expect(noticeTypesOf('finance').map((t) => t.type)).toContain('finance-statement');
    expect(noticeTypesOf('party').every((t) => t.category === 'party')).toBe(true);
    expect(noticeTypeInfo('finance-statement').hasStatement).toBe(true);
    expect(noticeTypeInfo('party-dues').cadence).toBe('quarterly');
  });

  it('treats an unknown type as an event with the default 7 working days', () => {
    expect(noticeTypeInfo('from-a-newer-app')).toMatchObject({
      cadence: 'event',
      minWorkingDays: 7,
    });
  });
});

describe('cadence', () => {
  it.each([
    ['quarterly', '2025-11-20', { start: '2025-10-01', due: '2025-10-15' }],
    ['monthly', '2025-11-20', { start: '2025-11-01', due: '2025-11-15' }],
    ['yearly', '2025-03-02', { start: '2025-01-01', due: '2025-12-31' }],
  ] as const)('%s period around %s', (cadence, today, expected) => {
    expect(currentCadencePeriod(cadence, today)).toEqual(expected);
  });

  it.each([
    ['published this quarter', '2025-11-20', ['2025-10-14'], 'done'],
    ['only last quarter, past the 15th', '2025-11-20', ['2025-07-15'], 'overdue'],
    ['nothing yet, before the 15th', '2025-10-10', [], 'due'],
  ] as const)('quarterly: %s', (_name, today, starts, expected) => {
    expect(cadenceStatus('quarterly', today, starts)).toBe(expected);
  });

  it('has no due date for event types', () => {
    expect(cadenceStatus('event', '2025-11-20', [])).toBe('none');
  });

  it('puts the subsidy results deadline on 31 December', () => {
    expect(subsidyResultsDeadline(2025)).toBe('2025-12-31');
  });
});
