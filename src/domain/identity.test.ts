import { describe, expect, it } from 'vitest';
import {
  idCheckDigit,
  isLuhnValid,
  isMobileNumber,
  luhnCheckDigit,
  upgradeId15,
  validateBankAccount,
  validateIdNumber,
} from './identity';

describe('idCheckDigit (GB 11643, ISO 7064 MOD 11-2)', () => {
  it.each([
    ['11010519491231002', 'X'], // the example printed in GB 11643-1999
    ['44052418800101001', '4'], // its second example
    ['36073519900101123', 'X'],
    ['36073519900101100', '2'],
    ['36078319850315002', '5'],
  ])('%s → %s', (first17, check) => {
    expect(idCheckDigit(first17)).toBe(check);
  });

  it('refuses anything but 17 digits', () => {
    expect(() => idCheckDigit('1234')).toThrow(RangeError);
    expect(() => idCheckDigit('1101051949123100X')).toThrow(RangeError);
  });
});

describe('validateIdNumber', () => {
  it.each([
    ['11010519491231002X', '11010519491231002X', '18', '1949-12-31'],
    ['11010519491231002x', '11010519491231002X', '18', '1949-12-31'],
    ['36073519900101123X', '36073519900101123X', '18', '1990-01-01'],
    ['360783198503150025', '360783198503150025', '18', '1985-03-15'],
    ['３６０７８３１９８５０３１５００２５', '360783198503150025', '18', '1985-03-15'],
    ['36073519900101123Ｘ', '36073519900101123X', '18', '1990-01-01'],
    [' 360783 19850315 0025 ', '360783198503150025', '18', '1985-03-15'],
    ["'360783198503150025", '360783198503150025', '18', '1985-03-15'],
    ['="360783198503150025"', '360783198503150025', '18', '1985-03-15'],
    ['360735900101123', '360735900101123', '15', '1990-01-01'],
    ['360735960229001', '360735960229001', '15', '1996-02-29'],
  ] as [string, string, '18' | '15', string][])(
    '%j is valid (%s)',
    (raw, normalized, kind, birthDate) => {
      expect(validateIdNumber(raw)).toEqual({ ok: true, normalized, kind, birthDate });
    },
  );

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['3.60735E+17', 'excel-mangled'],
    ['3.60735e17', 'excel-mangled'],
    ['360735199001011000', 'excel-mangled'], // last three digits zeroed by a number cell
    ['360783198503150000', 'excel-mangled'],
    ['360783198503150025.0', 'excel-mangled'],
    ['36078319850315002A', 'bad-format'],
    ['3607831985-03150025', 'bad-format'],
    ['X60783198503150025', 'bad-format'],
    ['张三', 'bad-format'],
    ['36078319850315002', 'bad-length'],
    ['3607831985031500251', 'bad-length'],
    ['3607831985031500X', 'bad-length'],
    ['36073590010112X', 'bad-length'], // a 15-digit number never ends in X
    ['360783198503150026', 'bad-checksum'],
    ['360783198503150052', 'bad-checksum'], // two digits swapped
    ['360783198513150029', 'bad-birthdate'], // month 13, checksum fine
    ['360735199002300017', 'bad-birthdate'], // 30 February
    ['360735190002290014', 'bad-birthdate'], // 1900 was not a leap year
    ['440524188001010014', 'bad-birthdate'], // valid checksum, but born 1880
    ['360735901301123', 'bad-birthdate'],
    ['360735950229001', 'bad-birthdate'], // 1995 was not a leap year
  ])('%j → %s', (raw, code) => {
    expect(validateIdNumber(raw)).toEqual({ ok: false, code });
  });

  it('refuses a birth date after `today` when given', () => {
    const id = '360735202501011230';
    expect(idCheckDigit(id.slice(0, 17))).toBe('0');
    expect(validateIdNumber(id, { today: '2024-12-31' })).toEqual({
      ok: false,
      code: 'bad-birthdate',
    });
    expect(validateIdNumber(id, { today: '2025-01-01' }).ok).toBe(true);
  });
});

describe('upgradeId15', () => {
  it('inserts 19 and the check digit, keeping the birth date', () => {
    const upgraded = upgradeId15('360735900101123');
    expect(upgraded).toBe('36073519900101123X');
    expect(validateIdNumber(upgraded)).toMatchObject({ ok: true, birthDate: '1990-01-01' });
  });
});

describe('Luhn', () => {
  it.each([
    ['4111111111111111', true],
    ['6222021234567894', true],
    ['6217001234567890122', true],
    ['6222021234567890', false],
    ['6217001234567890123', false],
    ['0', false],
    ['', false],
    ['6222 0212 3456 7894', false], // callers strip spaces first
  ])('%j → %s', (digits, expected) => {
    expect(isLuhnValid(digits)).toBe(expected);
  });

  it('luhnCheckDigit completes any payload', () => {
    for (const payload of ['622202123456789', '621700123456789012', '7992739871']) {
      expect(isLuhnValid(payload + luhnCheckDigit(payload))).toBe(true);
    }
    expect(luhnCheckDigit('7992739871')).toBe('3'); // the textbook example
  });
});

describe('validateBankAccount', () => {
  it.each([
    ['6222021234567894', '6222021234567894'],
    ['6217001234567890122', '6217001234567890122'],
    ['6222 0212 3456 7894', '6222021234567894'],
    ['6222-0212-3456-7894', '6222021234567894'],
    ['６２２２０２１２３４５６７８９４', '6222021234567894'],
    ['="6217001234567890122"', '6217001234567890122'],
  ])('%j is valid', (raw, normalized) => {
    expect(validateBankAccount(raw)).toEqual({ ok: true, normalized });
  });

  it.each([
    ['', 'empty'],
    ['6.22202E+15', 'excel-mangled'],
    ['6217001234567890000', 'excel-mangled'],
    ['622202123456789X', 'bad-format'],
    ['4111111111111', 'bad-length'], // a 13-digit card is not a 一卡通 account
    ['62170012345678901228', 'bad-length'],
    ['6222021234567890', 'bad-checksum'],
  ])('%j → %s', (raw, code) => {
    expect(validateBankAccount(raw)).toEqual({ ok: false, code });
  });
});

describe('isMobileNumber', () => {
  it.each([
    ['13812345678', true],
    ['19912345678', true],
    ['138 1234 5678', true],
    ['138-1234-5678', true],
    ['+86 138 1234 5678', true],
    ['１３８１２３４５６７８', true],
    ['12812345678', false],
    ['1381234567', false],
    ['138123456789', false],
    ['0797-1234567', false],
    ['', false],
  ])('%j → %s', (s, expected) => {
    expect(isMobileNumber(s)).toBe(expected);
  });
});
