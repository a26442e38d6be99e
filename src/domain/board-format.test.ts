import { describe, expect, it } from 'vitest';
import { boardVillageName, formatQuantity, groupNumber } from './board-format';

describe('boardVillageName', () => {
  it.each([
    ['小松村委会', '小松村'],
    ['大畲村村民委员会', '大畲村'],
    ['城东社区居委会', '城东社区'],
    ['琴江居委会', '琴江社区'],
    ['虚拟社区', '虚拟社区'],
  ])('%s → %s', (official, board) => {
    expect(boardVillageName(official)).toBe(board);
  });
});

describe('groupNumber', () => {
  it.each([
    ['第一组', 1],
    ['第三组', 3],
    ['第十组', 10],
    ['第十二组', 12],
    ['第二十组', 20],
    ['第12组', 12],
    ['３组', 3],
    ['第五村民小组', 5],
    ['五组', 5],
    ['村部', null],
    ['', null],
  ])('%s → %s', (group, expected) => {
    expect(groupNumber(group)).toBe(expected);
  });
});

describe('formatQuantity', () => {
  it.each([
    [325, '亩', '3.25'],
    [300, '亩', '3.00'],
    [100, '人', '1'],
    [250, '头', '2.50'],
    [0, '亩', '0.00'],
  ])('%i hundredths of %s → %s', (centi, unit, expected) => {
    expect(formatQuantity(centi, unit)).toBe(expected);
  });
});
