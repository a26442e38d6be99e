import { describe, expect, it } from 'vitest';
import {
  computeAmountFen,
  formatFen,
  isAmountConsistent,
  parseQuantityCenti,
  parseYuanToFen,
  sumFen,
} from './money';

describe('parseYuanToFen', () => {
  it.each([
    ['1234', 123400],
    ['1,234.5', 123450],
    ['1,234,567.89', 123456789],
    ['１２３４.５０', 123450],
    ['１，２３４．５', 123450],
    ['1234元', 123400],
    ['¥1234', 123400],
    ['￥1,234.00', 123400],
    ['RMB 12', 1200],
    [' 12 . 5 ', 1250],
    ['\u00a0624.00\u3000', 62400],
    ['0.1', 10],
    ['0.2', 20],
    ['0.29', 29],
    ['1.00', 100],
    ['.5', 50],
    ['5.', 500],
    ['007', 700],
    ['12.500', 1250],
    ['0', 0],
    ['-0', 0],
    ['999999999.99', 99999999999],
    ['1 234.50', 123450],
  ])('%j → %d 分', (input, fen) => {
    expect(parseYuanToFen(input)).toEqual({ ok: true, fen });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['元', 'empty'],
    ['abc', 'not-a-number'],
    ['1.2.3', 'not-a-number'],
    ['1,5', 'not-a-number'],
    ['12,34', 'not-a-number'],
    ['1e3', 'not-a-number'],
    ['+5', 'not-a-number'],
    ['.', 'not-a-number'],
    ['-', 'not-a-number'],
    ['十元', 'not-a-number'],
    ['1.234', 'too-many-decimals'],
    ['0.125', 'too-many-decimals'],
    ['-5', 'negative'],
    ['－５', 'negative'],
    ['¥-5', 'negative'],
    ['-¥5.50', 'negative'],
    ['1000000000', 'too-large'],
    ['12345678901234567890', 'too-large'],
  ])('%j → %s', (input, code) => {
    expect(parseYuanToFen(input)).toEqual({ ok: false, code });
  });

  it('adds 0.1 and 0.2 exactly, unlike floating point', () => {
    const a = parseYuanToFen('0.1');
    const b = parseYuanToFen('0.2');
    expect(a.ok && b.ok && a.fen + b.fen).toBe(30);
  });

  it('keeps every digit of amounts that floats round (1234.56, 4.35, 1.15)', () => {
    expect(parseYuanToFen('1234.56')).toEqual({ ok: true, fen: 123456 });
    expect(parseYuanToFen('4.35')).toEqual({ ok: true, fen: 435 });
    expect(parseYuanToFen('1.15')).toEqual({ ok: true, fen: 115 });
  });
});

describe('parseQuantityCenti', () => {
  it.each([
    ['2.5', 250],
    ['２．７５', 275],
    ['3亩', 300],
    ['1,000.01', 100001],
    ['0.01', 1],
  ])('%j → %d', (input, centi) => {
    expect(parseQuantityCenti(input)).toEqual({ ok: true, centi });
  });

  it.each([
    ['', 'empty'],
    ['2.555', 'too-many-decimals'],
    ['-1', 'negative'],
    ['¥3', 'not-a-number'],
    ['3元', 'not-a-number'],
    ['x', 'not-a-number'],
  ])('%j → %s', (input, code) => {
    expect(parseQuantityCenti(input)).toEqual({ ok: false, code });
  });
});

describe('formatFen', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [50, '0.50'],
    [123450, '1,234.50'],
    [100, '1.00'],
    [99999999999, '999,999,999.99'],
    [-123450, '-1,234.50'],
    [-5, '-0.05'],
  ])('%d → %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });

  it('refuses a non-integer, which would mean a float leaked into the money path', () => {
    expect(() => formatFen(1.5)).toThrow(RangeError);
    expect(() => formatFen(Number.NaN)).toThrow(RangeError);
  });

  it('round-trips through parseYuanToFen', () => {
    for (const fen of [0, 1, 99, 100, 123456, 1000000, 99999999999]) {
      expect(parseYuanToFen(formatFen(fen))).toEqual({ ok: true, fen });
    }
  });
});

describe('computeAmountFen', () => {
  it.each([
    // quantityCenti, rateFen, amountFen
    [100, 11250, 11250], // 1 亩 × 112.50
    [250, 11250, 28125], // 2.5 亩 × 112.50
    [333, 11250, 37463], // 3.33 × 112.50 = 374.625 → half up 374.63
    [1, 1, 0], // 0.01 × 0.01 元 = 0.0001 元
    [50, 1, 1], // 0.5 × 1 分 = 0.5 分 → half up
    [49, 1, 0],
    [0, 12345, 0],
    [-250, 11250, -28125],
    [-50, 1, -1], // half away from zero
    [99999999999, 99999, 99998999999000], // past 2^53 before dividing by 100
  ])('%d × %d → %d', (q, r, amount) => {
    expect(computeAmountFen(q, r)).toBe(amount);
  });

  it('refuses non-integer inputs', () => {
    expect(() => computeAmountFen(2.5, 100)).toThrow(RangeError);
  });
});

describe('isAmountConsistent', () => {
  it.each([
    [333, 11250, 37463, true], // exact 37462.5
    [333, 11250, 37462, true], // truncated
    [333, 11250, 37461, false], // 1.5 分 off
    [333, 11250, 37464, false],
    [100, 11250, 11250, true],
    [100, 11250, 11251, true], // within 1 分
    [100, 11250, 11252, false],
    [100, 11250, 11249, true],
    [250, 11250, 2812, false], // a slipped decimal point
  ])('%d × %d vs %d → %s', (q, r, amount, expected) => {
    expect(isAmountConsistent(q, r, amount)).toBe(expected);
  });
});

describe('sumFen', () => {
  it('adds integer 分, including from an iterator', () => {
    expect(sumFen([])).toBe(0);
    expect(sumFen([10, 20, 30])).toBe(60);
    expect(sumFen(new Set([100, -50]))).toBe(50);
  });

  it('refuses a float or an overflowing total', () => {
    expect(() => sumFen([1, 0.5])).toThrow(RangeError);
    expect(() => sumFen([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });
});
