import { describe, expect, it } from 'vitest';
import { makeFakeBankAccount, makeFakeIdNumber } from './fixtures-id';
import { validateBankAccount, validateIdNumber } from './identity';

describe('makeFakeIdNumber', () => {
  it.each([
    ['360735', '1990-01-01', 123, '36073519900101123X'],
    ['360783', '1985-03-15', 2, '360783198503150025'],
    ['360735', '2000-02-29', 0, '360735200002290002'],
    ['360735', '1949-10-01', 999, '36073519491001999X'],
  ] as [string, string, number, string][])('%s %s #%d', (region, birthDate, seq, expected) => {
    const id = makeFakeIdNumber(region, birthDate, seq);
    expect(id).toBe(expected);
    expect(validateIdNumber(id)).toEqual({ ok: true, normalized: id, kind: '18', birthDate });
    expect(id.startsWith(region)).toBe(true);
  });

  it('gives a different valid number for each sequence', () => {
    const ids = new Set(
      Array.from({ length: 1000 }, (_, seq) => makeFakeIdNumber('360735', '1970-06-30', seq)),
    );
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(validateIdNumber(id).ok).toBe(true);
  });

  it.each([
    ['36073', '1990-01-01', 1],
    ['360735', '1990-02-30', 1],
    ['360735', '1990-01-01', 1000],
    ['360735', '1990-01-01', -1],
    ['360735', '1990-01-01', 1.5],
  ])('refuses %s %s #%d', (region, birthDate, seq) => {
    expect(() => makeFakeIdNumber(region, birthDate, seq)).toThrow(RangeError);
  });
});

describe('makeFakeBankAccount', () => {
  it.each([16, 17, 18, 19])('makes valid %d-digit accounts', (length) => {
    for (const seq of [0, 1, 42, 99999]) {
      const account = makeFakeBankAccount(seq, '620000', length);
      expect(account).toHaveLength(length);
      expect(validateBankAccount(account)).toEqual({ ok: true, normalized: account });
    }
  });

  it('refuses lengths and sequences that do not fit', () => {
    expect(() => makeFakeBankAccount(1, '620000', 15)).toThrow(RangeError);
    expect(() => makeFakeBankAccount(1e12, '620000', 16)).toThrow(RangeError);
    expect(() => makeFakeBankAccount(1, '62a', 16)).toThrow(RangeError);
  });
});
