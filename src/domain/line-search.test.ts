import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeFakeIdNumber } from './fixtures-id';
import { buildLineSearchIndex, parseLineQuery, searchLines } from './line-search';
import { matchesPinyin, namePinyin } from './pinyin';

function line(name: string, idNumber = '') {
  return { name, namePinyin: namePinyin(name), idNumber };
}

const ZENG = line('曾国华', makeFakeIdNumber('360735', '1968-03-12', 113));
const lines = [
  line('张三', makeFakeIdNumber('360735', '1970-01-01', 21)),
  ZENG,
  line('欧阳娜娜', makeFakeIdNumber('360735', '1980-05-05', 42)),
  line('单雄信', makeFakeIdNumber('360735', '1955-07-09', 7)),
  line('阿依古丽·买买提'),
  line('曾 华'),
];
const index = buildLineSearchIndex(lines);
const names = (query: string) => searchLines(index, query).map((l) => l.name);

describe('searchLines', () => {
  it.each([
    ['zgh', ['曾国华']],
    ['cgh', ['曾国华']],
    ['zeng', ['曾国华', '曾 华']],
    ['曾', ['曾国华', '曾 华']],
    ['曾华', ['曾 华']],
    ['国华', ['曾国华']],
    ['ZENG GUO', ['曾国华']],
    ['ｚｇｈ', ['曾国华']],
    ['zg', ['曾国华']],
    ['guo', []],
    ['oynn', ['欧阳娜娜']],
    ['dxx', ['单雄信']],
    ['shan', ['单雄信']],
    ['ayg', ['阿依古丽·买买提']],
    ['买买提', ['阿依古丽·买买提']],
    ['王', []],
  ])('%s finds %j', (query, expected) => {
    expect(names(query)).toEqual(expected);
  });

  it('finds a household by the last four or more digits of the ID number, X included', () => {
    const id = ZENG.idNumber;
    expect(names(id.slice(-4))).toEqual(['曾国华']);
    expect(names(id.slice(-6))).toEqual(['曾国华']);
    expect(names(id)).toEqual(['曾国华']);
    // Only the end of the number: the birth year in the middle finds no one.
    expect(names(id.slice(6, 10))).toEqual([]);
    const withX = { name: '李四', namePinyin: 'li si|ls', idNumber: '36073519900101123X' };
    expect(searchLines(buildLineSearchIndex([withX]), '123x')).toEqual([withX]);
  });

  it('searches nothing for fewer than four digits, and everything for an empty box', () => {
    expect(parseLineQuery('113')).toEqual({ kind: 'too-few-digits' });
    expect(names('113')).toEqual([]);
    expect(names('   ')).toHaveLength(lines.length);
  });

  it('finds each matching line once, also the first and the last', () => {
    const many = ['曾一', '张三', '曾曾', '曾二'].map((n) => line(n));
    expect(searchLines(buildLineSearchIndex(many), '曾').map((l) => l.name)).toEqual([
      '曾一',
      '曾曾',
      '曾二',
    ]);
    expect(searchLines(buildLineSearchIndex([]), '曾')).toEqual([]);
  });

  it('finds a name written in Latin letters by its own letters', () => {
    const latin = { name: 'Ali Tursun', namePinyin: '', idNumber: '' };
    expect(searchLines(buildLineSearchIndex([latin]), 'alit')).toEqual([latin]);
  });

  it('agrees with matchesPinyin for every letter query', () => {
    const pool = ['曾国华', '单雄信', '欧阳娜娜', '张三', '吕小明', '阿依古丽·买买提', '乐嘉'];
    const prepared = buildLineSearchIndex(pool.map((n) => line(n)));
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,8}$/), (query) => {
        const expected = prepared.lines.filter((l) => matchesPinyin(l.namePinyin, query));
        expect(searchLines(prepared, query)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
