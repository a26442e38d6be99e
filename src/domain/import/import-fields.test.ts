import { describe, expect, it } from 'vitest';
import { normalizeHeader, recognizeHeader } from './import-fields';

describe('recognizeHeader: the names township sheets use', () => {
  it.each([
    ['姓名', 'name'],
    ['户主姓名', 'name'],
    ['农户姓名', 'name'],
    ['户主', 'name'],
    [' 姓　名 ', 'name'],
    ['身份证号', 'idNumber'],
    ['身份证号码', 'idNumber'],
    ['证件号码', 'idNumber'],
    ['面积', 'quantity'],
    ['补贴面积（亩）', 'quantity'],
    ['补贴面积(亩)', 'quantity'],
    ['计税面积', 'quantity'],
    ['标准', 'rate'],
    ['补贴标准（元/亩）', 'rate'],
    ['金额', 'amount'],
    ['补贴金额（元）', 'amount'],
    ['发放金额', 'amount'],
    ['组别', 'group'],
    ['村民小组', 'group'],
    ['一卡通账号', 'account'],
    ['银行卡号', 'account'],
    ['社保卡号', 'account'],
    ['备注', 'remark'],
    ['序号', 'ignore'],
    ['联系电话', 'ignore'],
  ] as const)('%s → %s', (header, use) => {
    expect(recognizeHeader(header)).toBe(use);
  });

  it.each(['2025年耕地地力保护补贴发放清册', '金额合计', '', '单位：元'])(
    'does not take %j for a column name',
    (header) => {
      expect(recognizeHeader(header)).toBeNull();
    },
  );

  it('normalises width, spaces and a bracketed unit', () => {
    expect(normalizeHeader('补 贴 标 准（元／亩）')).toBe('补贴标准');
    expect(normalizeHeader('姓名：')).toBe('姓名');
  });
});
