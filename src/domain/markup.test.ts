import { describe, expect, it } from 'vitest';
import { markupToPlainText, parseInline, parseMarkup, type Block } from './markup';

const plain = (text: string) => [{ text, isBold: false }];

describe('parseMarkup', () => {
  it.each<[string, string, Block[]]>([
    [
      'one paragraph per line',
      '一、本月收入\n二、本月支出',
      [
        { kind: 'paragraph', content: plain('一、本月收入') },
        { kind: 'paragraph', content: plain('二、本月支出') },
      ],
    ],
    ['blank lines are skipped', '\n\n甲\n\n', [{ kind: 'paragraph', content: plain('甲') }]],
    [
      'consecutive "- " lines form one list',
      '- 第一组\n- 第二组\n说明',
      [
        { kind: 'list', items: [plain('第一组'), plain('第二组')] },
        { kind: 'paragraph', content: plain('说明') },
      ],
    ],
    [
      'a table with a header row',
      '|项目|金额|\n|---|---|\n|办公费|1,850.50|',
      [
        {
          kind: 'table',
          header: [plain('项目'), plain('金额')],
          rows: [[plain('办公费'), plain('1,850.50')]],
        },
      ],
    ],
    [
      'short rows are padded to the widest row',
      '|甲|乙|\n|丙|',
      [
        {
          kind: 'table',
          header: null,
          rows: [
            [plain('甲'), plain('乙')],
            [plain('丙'), []],
          ],
        },
      ],
    ],
  ])('%s', (_name, source, expected) => {
    expect(parseMarkup(source)).toEqual(expected);
  });

  it('keeps HTML and script as the literal text the cadre typed', () => {
    const source =
      '<script>alert(1)</script>\n- <img src=x onerror=alert(1)>\n|<b>x</b>|javascript:alert(1)|';
    expect(markupToPlainText(source)).toBe(
      '<script>alert(1)</script>\n<img src=x onerror=alert(1)>\n<b>x</b> javascript:alert(1)',
    );
    const blocks = parseMarkup(source);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'table']);
  });
});

describe('parseInline', () => {
  it.each([
    [
      '**公示期**七天',
      [
        { text: '公示期', isBold: true },
        { text: '七天', isBold: false },
      ],
    ],
    ['无加粗', [{ text: '无加粗', isBold: false }]],
    ['未闭合 **粗', [{ text: '未闭合 **粗', isBold: false }]],
    [
      '**甲** 与 **乙**',
      [
        { text: '甲', isBold: true },
        { text: ' 与 ', isBold: false },
        { text: '乙', isBold: true },
      ],
    ],
  ])('%s', (source, expected) => {
    expect(parseInline(source)).toEqual(expected);
  });
});
