import { describe, expect, it } from 'vitest';
import { makeFakeIdNumber } from './fixtures-id';
import {
  maskAccount,
  maskBirthDate,
  maskIdNumber,
  maskName,
  maskPhone,
  speakableName,
  surnameOf,
  type Audience,
} from './masking';

describe('maskName on the phone page', () => {
  it.each([
    ['张三', '张*'],
    ['张三华', '张*华'],
    ['张三丰华', '张**华'],
    ['欧阳华', '欧阳*'],
    ['欧阳明华', '欧阳**'],
    ['司马相如', '司马**'],
    ['诸葛亮', '诸葛*'],
    ['上官婉儿', '上官**'],
    ['欧阳', '欧*'], // two characters: a surname and a given name, not a lone compound surname
    ['乐正华', '乐*华'], // 乐 + 正华, not the rare 乐正
    ['张', '张'],
    ['张　三', '张*'], // padding used to align two-character names in printed lists
    [' 曾国华 ', '曾*华'],
    ['买买提·吐尔逊', '买**·***'],
    ['阿依古丽·买买提', '阿***·***'],
    ['买买提.吐尔逊', '买**.***'],
    ['艾力·买买提·吐尔逊', '艾*·***·***'],
    ['𠀀明华', '𠀀*华'], // a character outside the BMP counts once
    ['', ''],
  ])('%j → %j', (name, masked) => {
    expect(maskName(name, 'phone')).toBe(masked);
  });

  it('never shows more than the surname and one more character of a Han name', () => {
    for (const name of ['张三', '张三华', '张三丰华', '欧阳明华', '司马相如东']) {
      const visible = [...maskName(name, 'phone')].filter((ch) => ch !== '*');
      expect(visible.length).toBeLessThanOrEqual(2);
    }
  });

  it('shows the full name when the village turned masking off', () => {
    expect(maskName('张三华', 'phone', { maskOnPhone: false })).toBe('张三华');
  });

  it.each(['kiosk', 'staff'] as const)('shows the full name to %s', (audience) => {
    expect(maskName('欧阳明华', audience)).toBe('欧阳明华');
    expect(maskName('买买提·吐尔逊', audience)).toBe('买买提·吐尔逊');
  });
});

describe('surnameOf', () => {
  it.each([
    ['张三', '张'],
    ['曾国华', '曾'],
    ['欧阳明华', '欧阳'],
    ['令狐冲', '令狐'],
    ['欧阳', '欧'],
    ['买买提·吐尔逊', ''],
    ['', ''],
  ])('%j → %j', (name, surname) => {
    expect(surnameOf(name)).toBe(surname);
  });
});

describe('maskIdNumber', () => {
  const id18 = '36073519900101123X';
  const id15 = '360735900101123';
  const table: [Audience, boolean, string, string | null][] = [
    ['staff', false, id18, '360735********123X'],
    ['staff', false, '360735199001011234', '360735********1234'],
    ['staff', false, id15, '360735******123'],
    ['staff', false, '36073519900101123x', '360735********123X'],
    ['staff', false, '３６０７３５１９９００１０１１２３Ｘ', '360735********123X'],
    ['staff', false, '3607351990', '**********'],
    ['staff', false, '', null],
    ['kiosk', false, id18, null],
    ['kiosk', true, id18, '360735********123X'],
    ['kiosk', true, id15, '360735******123'],
    ['phone', false, id18, null],
    ['phone', true, id18, null],
  ];
  it.each(table)('%s (disambiguate %s) %j → %j', (audience, disambiguate, id, masked) => {
    expect(maskIdNumber(id, audience, { disambiguate })).toBe(masked);
  });

  it('never reveals a digit of the birth date', () => {
    for (const birthDate of ['1950-12-31', '1987-06-15', '2003-09-09']) {
      const id = makeFakeIdNumber('360735', birthDate, 0);
      const masked = maskIdNumber(id, 'staff') ?? '';
      expect(masked.slice(6, 14)).toBe('********');
      expect(masked).toHaveLength(18);
    }
  });
});

describe('maskAccount', () => {
  it.each([
    ['staff', '6217001234567890122', '**** 0122'],
    ['staff', '6217 0012 3456 7890 122', '**** 0122'],
    ['staff', '123', '****'],
    ['staff', '', null],
    ['kiosk', '6217001234567890122', null],
    ['phone', '6217001234567890122', null],
  ] as [Audience, string, string | null][])('%s %j → %j', (audience, account, masked) => {
    expect(maskAccount(account, audience)).toBe(masked);
  });
});

describe('maskPhone', () => {
  it.each([
    ['staff', '13812345678', '138****5678'],
    ['staff', '+86 138-1234-5678', '138****5678'],
    ['staff', '0797-1234567', '079****4567'],
    ['staff', '12345', '*****'],
    ['staff', '', null],
    ['kiosk', '13812345678', null],
    ['phone', '13812345678', null],
  ] as [Audience, string, string | null][])('%s %j → %j', (audience, phone, masked) => {
    expect(maskPhone(phone, audience)).toBe(masked);
  });
});

describe('maskBirthDate', () => {
  it.each([
    ['staff', '1990-01-01', '1990-**-**'],
    ['staff', 'bad', null],
    ['kiosk', '1990-01-01', null],
    ['phone', '1990-01-01', null],
  ] as [Audience, string, string | null][])('%s %j → %j', (audience, date, masked) => {
    expect(maskBirthDate(date, audience)).toBe(masked);
  });
});

describe('speakableName', () => {
  it.each([
    ['张*华', '张某华'],
    ['张*', '张某'],
    ['欧阳**', '欧阳某某'],
    ['张**华', '张某某华'],
    ['买**·***', '买某某 某某某'],
    ['张三华', '张三华'],
    ['张＊华', '张某华'],
  ])('%j is read as %j', (masked, spoken) => {
    expect(speakableName(masked)).toBe(spoken);
  });

  it('reads every phone-masked name without a star', () => {
    for (const name of ['张三', '欧阳明华', '买买提·吐尔逊']) {
      expect(speakableName(maskName(name, 'phone'))).not.toMatch(/[*·]/);
    }
  });
});
