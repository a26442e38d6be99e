import { describe, expect, it } from 'vitest';
import { isAsciiDigit, normalizeDigits, normalizeWidth, stripSpaces } from './text';

describe('normalizeDigits', () => {
  it.each([
    ['３６０７３５', '360735'],
    ['ＡＢｘ', 'ABx'],
    ['１２\u3000３', '12 3'],
    ['张三１号', '张三1号'],
    // punctuation stays: in running text `，` is a Chinese comma
    ['１，２．３', '1，2．3'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(normalizeDigits(input)).toBe(output);
  });

  it('keeps every index in place, also around characters outside the BMP', () => {
    const input = '𠀀身份证１２３';
    const out = normalizeDigits(input);
    expect(out.length).toBe(input.length);
    expect(out.indexOf('123')).toBe(input.indexOf('１２３'));
  });
});

describe('normalizeWidth', () => {
  it.each([
    ['１，２３４．５０', '1,234.50'],
    ['￥１２', '¥12'],
    ['－５', '-5'],
    ['ＲＭＢ', 'RMB'],
    ['\u3000', ' '],
  ])('%j → %j', (input, output) => {
    expect(normalizeWidth(input)).toBe(output);
  });
});

describe('stripSpaces', () => {
  it('removes ASCII, no-break, ideographic and zero-width no-break spaces', () => {
    expect(stripSpaces(' 1\u00a02\u30003\ufeff4\t5\n')).toBe('12345');
  });
});

describe('isAsciiDigit', () => {
  it.each([
    ['0', true],
    ['9', true],
    ['a', false],
    ['１', false],
    ['12', false],
    [undefined, false],
  ])('%j → %s', (ch, expected) => {
    expect(isAsciiDigit(ch)).toBe(expected);
  });
});
