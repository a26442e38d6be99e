import { describe, expect, it } from 'vitest';
import { totalLines } from './line-totals';

describe('totalLines', () => {
  it('counts households and adds 分 per group, groups in order of first appearance', () => {
    const totals = totalLines([
      { group: '第三组', amountFen: 33_750, quantityCenti: 300 },
      { group: '第一组', amountFen: 11_250, quantityCenti: 100 },
      { group: '第三组 ', amountFen: 1, quantityCenti: 1 },
      { group: '', amountFen: 5, quantityCenti: 0 },
    ]);
    expect(totals.overall).toEqual({ count: 4, amountFen: 45_006, quantityCenti: 401 });
    expect(totals.byGroup).toEqual([
      { group: '第三组', count: 2, amountFen: 33_751, quantityCenti: 301 },
      { group: '第一组', count: 1, amountFen: 11_250, quantityCenti: 100 },
      { group: '', count: 1, amountFen: 5, quantityCenti: 0 },
    ]);
  });

  it('gives zeros for a batch without lines', () => {
    expect(totalLines([])).toEqual({
      overall: { count: 0, amountFen: 0, quantityCenti: 0 },
      byGroup: [],
    });
  });
});
