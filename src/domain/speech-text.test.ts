import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeFakeBankAccount, makeFakeIdNumber } from './fixtures-id';
import { maskIdNumber, maskName } from './masking';
import { toSpeechSentences } from './speech-text';

const ID = makeFakeIdNumber('360735', '1956-03-14', 123);
const ACCOUNT = makeFakeBankAccount(4711);

describe('toSpeechSentences', () => {
  it.each([
    ['money with thousands and 角', '合计 1,850.50 元', ['合计 1850元5角']],
    ['whole yuan', '补贴 624.00元', ['补贴 624元']],
    ['fen only', '差额 0.05 元', ['差额 5分']],
    ['yuan and fen', '12.05元', ['12元零5分']],
    ['dates', '发放日期 2025-06-28', ['发放日期 2025年6月28日']],
    ['quantities lose trailing zeros', '面积 2.50 亩', ['面积 2.5 亩']],
    ['masked names', '曾*华 领取', ['曾某华 领取']],
    ['compound surname', '欧阳** 第三组', ['欧阳某某 第三组']],
    ['hotline kept, read with a pause', '举报电话 0797-5712345', ['举报电话 0797 5712345']],
  ])('%s', (_name, input, expected) => {
    expect(toSpeechSentences(input)).toEqual(expected);
  });

  it('splits text into sentences in reading order, one part per sentence at least', () => {
    expect(toSpeechSentences('标题', '第一句。第二句！\n第三句')).toEqual([
      '标题',
      '第一句。',
      '第二句！',
      '第三句',
    ]);
  });

  it('splits a long sentence at commas so no utterance is cut off', () => {
    const long = `${'村民代表会议讨论通过，'.repeat(10)}现予公示。`;
    const sentences = toSpeechSentences(long);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) expect(s.length).toBeLessThanOrEqual(60);
    expect(sentences.join('')).toBe(long);
  });

  it.each([
    ['a full ID number', `身份证 ${ID} 已核实`],
    ['a masked ID number', `证件 ${maskIdNumber(ID, 'staff') ?? ''}`],
    ['an account', `一卡通 ${ACCOUNT}`],
    ['an account in groups of four', `卡号 ${ACCOUNT.replace(/(\d{4})/g, '$1 ')}`],
    ['a masked account', '卡号 **** 1234'],
    ['a mobile number', '电话 13807971234'],
    ['a masked mobile number', '电话 138****5678'],
    [
      'full-width digits',
      `号码 ${ID.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))}`,
    ],
  ])('never speaks %s', (_name, input) => {
    const spoken = toSpeechSentences(input).join(' ');
    expect(spoken).not.toMatch(/\d{5,}/);
    expect(spoken).not.toMatch(/1234|5678/);
  });

  it('never speaks a run of an ID or account number, whatever surrounds it (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 1, max: 99999 }),
        fc.string({ maxLength: 20 }),
        (before, seq, accountSeq, after) => {
          const id = makeFakeIdNumber('360735', '1970-01-01', seq);
          const account = makeFakeBankAccount(accountSeq);
          const spoken = toSpeechSentences(
            `${before}${id}${after}`,
            `${before} ${account} ${after}`,
          )
            .join('|')
            .replace(/\D/g, '');
          expect(spoken).not.toContain(id.slice(0, 17));
          expect(spoken).not.toContain(id.slice(6, 14));
          expect(spoken).not.toContain(account.slice(-8));
        },
      ),
    );
  });

  it('reads a name masked for the phone with 某, never the stars', () => {
    expect(toSpeechSentences(`${maskName('张建华', 'phone')} 第二组 1,075.00 元`)).toEqual([
      '张某华 第二组 1075元',
    ]);
  });

  it('says nothing for text that is only a starred-out number', () => {
    expect(toSpeechSentences('******************')).toEqual([]);
  });
});
