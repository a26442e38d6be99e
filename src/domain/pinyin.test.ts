import { describe, expect, it } from 'vitest';
import { matchesPinyin, namePinyin } from './pinyin';

describe('namePinyin', () => {
  it.each([
    ['曾国华', 'zeng guo hua|zgh|ceng guo hua|cgh'],
    ['欧阳娜娜', 'ou yang na na|oynn'],
    ['', ''],
    ['John', ''],
  ])('%s → %s', (name, expected) => {
    expect(namePinyin(name)).toBe(expected);
  });

  it('reads 单 as a surname (shan) and keeps dan as another reading', () => {
    const text = namePinyin('单雄信');
    expect(text.startsWith('shan xiong xin|sxx')).toBe(true);
    expect(text).toContain('dan xiong xin|dxx');
  });

  it('skips the dot of names with ·', () => {
    expect(namePinyin('阿依古丽·买买提').split('|')[1]).toBe('aygl' + 'mmt');
  });
});

describe('matchesPinyin', () => {
  const text = namePinyin('曾国华');
  it.each([
    ['zgh', true],
    ['cgh', true],
    ['zeng', true],
    ['ZENG GUO', true],
    ['zg', true],
    ['guo', false],
    ['wgh', false],
    ['曾', false],
    ['', false],
  ])('%s → %s', (query, expected) => {
    expect(matchesPinyin(text, query)).toBe(expected);
  });
});
