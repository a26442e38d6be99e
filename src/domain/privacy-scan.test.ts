import { describe, expect, it } from 'vitest';
import { scanPersonalData, type FindingKind } from './privacy-scan';

/** [kind, match] pairs, which is what the cadre sees highlighted. */
function kinds(text: string): [FindingKind, string][] {
  return scanPersonalData(text).map((f) => [f.kind, f.match]);
}

describe('scanPersonalData finds', () => {
  it.each([
    ['36073519900101123X', [['id-number', '36073519900101123X']]],
    ['36073519900101123x', [['id-number', '36073519900101123x']]],
    ['户主360783198503150025已核实', [['id-number', '360783198503150025']]],
    ['360783 19850315 0025', [['id-number', '360783 19850315 0025']]],
    ['旧证360735900101123', [['id-number', '360735900101123']]],
    ['请打入6222021234567894', [['bank-account', '6222021234567894']]],
    ['共发放 6222021234566 元', [['bank-account', '6222021234566']]], // with decimals it passes
    ['卡 6217001234567890122 已开', [['bank-account', '6217001234567890122']]],
    ['6222 0212 3456 7894', [['bank-account', '6222 0212 3456 7894']]],
    ['联系13812345678', [['mobile', '13812345678']]],
    ['138-1234-5678', [['mobile', '138-1234-5678']]],
    ['138 1234 5678', [['mobile', '138 1234 5678']]],
    ['身份证号：3607351990****1234', [['keyword-digits', '身份证号：3607351990****1234']]],
    ['身份证号码为 360783198503150026', [['keyword-digits', '身份证号码为 360783198503150026']]],
    ['银行卡尾号1234', [['keyword-digits', '银行卡尾号1234']]],
    ['一卡通账号: 6217 **** **** 0122', [['keyword-digits', '一卡通账号: 6217 **** **** 0122']]],
    ['电话：138****5678', [['keyword-digits', '电话：138****5678']]],
    ['手机 0797-1234567', [['keyword-digits', '手机 0797-1234567']]],
  ] as [string, [FindingKind, string][]][])('%j', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('reads full-width digits and reports positions in the original text', () => {
    const text = '张三，身份证３６０７８３１９８５０３１５００２５。';
    const [f] = scanPersonalData(text);
    expect(f).toMatchObject({ kind: 'id-number', match: '３６０７８３１９８５０３１５００２５' });
    expect(text.slice(f?.start, f?.end)).toBe(f?.match);
    expect(f?.start).toBe(6);
  });

  it('counts UTF-16 units, so a rare character before the number shifts it by two', () => {
    const [f] = scanPersonalData('𠀀13812345678');
    expect(f).toMatchObject({ kind: 'mobile', start: 2, end: 13 });
  });

  it('reports an ID number after its keyword once, as an ID number', () => {
    expect(kinds('身份证号：360783198503150025')).toEqual([['id-number', '360783198503150025']]);
    expect(kinds('手机：13812345678')).toEqual([['mobile', '13812345678']]);
  });

  it('finds several in one remark, in text order', () => {
    const text = '王五 电话13812345678，卡号6222021234567894，身份证36073519900101123X';
    expect(scanPersonalData(text).map((f) => [f.kind, f.start, f.end])).toEqual([
      ['mobile', 5, 16],
      ['bank-account', 19, 35],
      ['id-number', 39, 57],
    ]);
  });
});

describe('scanPersonalData leaves alone', () => {
  it.each([
    ['2025年耕地地力保护补贴'],
    ['补贴标准112.50元/亩，合计1,234.50元'],
    ['金额 1234.50'],
    ['共发放 6222021234566.89 元'], // an amount, even if its digits are Luhn-valid
    ['公示期：2025-09-26 至 2025-10-11'],
    ['监督电话：0797-1234567'],
    ['举报电话 12345'],
    ['咨询电话：400-123-4567'],
    ['0797-1234567'],
    ['360783198503150026'], // bad checksum, no keyword (and not Luhn-valid either)
    ['360783198513150029'], // good checksum, month 13
    ['360735901301123'], // 15 digits, month 13
    ['990735900101123'], // 15 digits, no such province
    ['6222021234567890'], // Luhn fails
    ['138123456789'], // a mobile inside a longer number
    ['2138123456780'],
    ['304 450 600 1200'], // counts in a row, Luhn-valid when glued together
    ['2023 2024 2025 2026'], // years in a row, Luhn-valid when glued together
    ['手机补贴 2025年'],
    ['电话费 300 元'],
    ['账号：****'],
    ['身份证复印件一份'],
    ['第三组 张三 2.50亩 281.25元'],
    [''],
  ])('%j', (text) => {
    expect(scanPersonalData(text)).toEqual([]);
  });
});
