import { describe, expect, it } from 'vitest';
import { dateParts, fingerprintOf, noticePeriodOf, publicBatchUrl } from './print-header';

const SHA = 'a3f29c017be4d5a8' + '0'.repeat(47) + 'f';

describe('noticePeriodOf', () => {
  it('runs 7 working days from the day of publishing in China, skipping 国庆', () => {
    // 2025-09-29 20:00 UTC is already 2025-09-30 in China; 10-01…10-08 are holidays
    // and Saturday 10-11 is a swapped working day: 9-30, 10-9, 10-10, 10-11, 10-13, 10-14, 10-15.
    const publishedAt = Date.UTC(2025, 8, 29, 20, 0);
    expect(noticePeriodOf({ state: 'published', publishedAt })).toEqual({
      start: '2025-09-30',
      end: '2025-10-15',
    });
  });

  it('is not known before publishing', () => {
    expect(noticePeriodOf({ state: 'checked', publishedAt: Date.now() })).toBeNull();
    expect(noticePeriodOf({ state: 'published' })).toBeNull();
  });
});

describe('fingerprintOf', () => {
  it('groups the first 16 hex characters and keeps the full hash', () => {
    expect(fingerprintOf({ state: 'published', publishedSha256: SHA.toUpperCase() })).toEqual({
      grouped: 'a3f2 9c01 7be4 d5a8',
      full: SHA,
    });
  });

  it('prints none for a draft, a missing hash or a malformed one', () => {
    expect(fingerprintOf({ state: 'draft', publishedSha256: SHA })).toBeNull();
    expect(fingerprintOf({ state: 'published' })).toBeNull();
    expect(fingerprintOf({ state: 'published', publishedSha256: 'abc' })).toBeNull();
  });
});

describe('publicBatchUrl and dateParts', () => {
  it('points at the village public page with the batch', () => {
    expect(publicBatchUrl('https://cun.example/', '360735101200', 'b-1')).toBe(
      'https://cun.example/v/360735101200?batch=b-1',
    );
  });

  it('splits an ISO date for the locale pattern', () => {
    expect(dateParts('2025-06-08')).toEqual({ year: 2025, month: 6, day: 8 });
  });
});
