// The call-back number as the kiosk shows it while it is tapped in: grouped 3-4-4 the way
// Chinese mobile numbers are read out, never more than 11 digits, and nothing but digits.
import { describe, expect, it } from 'vitest';
import { appendDigit, groupMobileDigits } from './kiosk-objection';

describe('groupMobileDigits', () => {
  it.each([
    ['', ''],
    ['138', '138'],
    ['1381', '138 1'],
    ['1381234', '138 1234'],
    ['13812345', '138 1234 5'],
    ['13812345678', '138 1234 5678'],
  ])('%s → "%s"', (digits, shown) => {
    expect(groupMobileDigits(digits)).toBe(shown);
  });
});

describe('appendDigit', () => {
  it.each([
    ['', '1', '1'],
    ['1381234567', '8', '13812345678'],
    ['13812345678', '9', '13812345678'],
    ['138', 'x', '138'],
    ['138', '12', '138'],
  ])('%s + %s → %s', (digits, digit, result) => {
    expect(appendDigit(digits, digit)).toBe(result);
  });
});
