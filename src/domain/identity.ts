// Resident ID numbers (居民身份证号码, GB 11643), bank / 一卡通 accounts and mobile
// numbers: checks that catch typos and spreadsheet damage at import time. Returns codes;
// the importer turns each into a per-row explanation. An ID that Excel stored as a
// number (3.60735E+17, or 18 digits whose last three became 000) is reported as
// 'excel-mangled' so the cadre learns to format the column as text, and is never
// imported silently.
import { isValidCalendarDate } from './dates';
import { normalizeWidth, stripSpaces } from './text';

export type IdNumberError =
  'empty' | 'bad-format' | 'bad-length' | 'bad-checksum' | 'bad-birthdate' | 'excel-mangled';

export type IdNumberResult =
  | { ok: true; normalized: string; kind: '18' | '15'; birthDate: string }
  | { ok: false; code: IdNumberError };

export type BankAccountError =
  'empty' | 'bad-format' | 'bad-length' | 'bad-checksum' | 'excel-mangled';

export type BankAccountResult =
  { ok: true; normalized: string } | { ok: false; code: BankAccountError };

/** ISO 7064 MOD 11-2 weights for positions 1-17. */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_CHARS = '10X98765432';
const EARLIEST_BIRTH_YEAR = 1900;

/** Scientific notation or a trailing ".0": the value went through a spreadsheet number cell. */
const SPREADSHEET_NUMBER = /^\d+(?:\.\d+)?e\+?\d+$|^\d+\.0+$/i;
/** Spreadsheets keep 15 significant digits: everything after the 15th became zeros. */
const ZEROED_TAIL = /^\d{15}0+$/;

/**
 * Undo what spreadsheets and keyboards do to a code typed as text: full-width digits,
 * spaces, a leading apostrophe ('360…) and the ="360…" formula trick used in CSV files.
 */
function cleanCode(raw: string): string {
  let s = stripSpaces(normalizeWidth(raw));
  const formula = /^="(.*)"$/.exec(s);
  if (formula) s = formula[1] ?? '';
  return s.replace(/^'/, '');
}

/** The check character for the first 17 digits of an ID number ('0'-'9' or 'X'). */
export function idCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('idCheckDigit needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK_CHARS[sum % 11] ?? '';
}

function birthDateOf(yyyy: string, mm: string, dd: string, today?: string): string | null {
  const year = Number(yyyy);
  if (!isValidCalendarDate(year, Number(mm), Number(dd)) || year < EARLIEST_BIRTH_YEAR) return null;
  const iso = `${yyyy}-${mm}-${dd}`;
  return today !== undefined && iso > today ? null : iso;
}

export interface IdValidationOptions {
  /** 'YYYY-MM-DD'; when given, a birth date after it is refused */
  today?: string;
}

/** Validates an 18-digit (or old 15-digit) resident ID number. */
export function validateIdNumber(raw: string, options: IdValidationOptions = {}): IdNumberResult {
  const s = cleanCode(raw);
  if (s.length === 0) return { ok: false, code: 'empty' };
  if (SPREADSHEET_NUMBER.test(s)) return { ok: false, code: 'excel-mangled' };
  if (!/^\d+[Xx]?$/.test(s)) return { ok: false, code: 'bad-format' };
  const normalized = s.toUpperCase();

  if (normalized.length === 15 && !normalized.endsWith('X')) {
    const birthDate = birthDateOf(
      `19${normalized.slice(6, 8)}`,
      normalized.slice(8, 10),
      normalized.slice(10, 12),
      options.today,
    );
    if (!birthDate) return { ok: false, code: 'bad-birthdate' };
    return { ok: true, normalized, kind: '15', birthDate };
  }
  if (normalized.length !== 18) return { ok: false, code: 'bad-length' };

  const isChecksumValid = idCheckDigit(normalized.slice(0, 17)) === normalized[17];
  if (!isChecksumValid && ZEROED_TAIL.test(normalized)) return { ok: false, code: 'excel-mangled' };
  const birthDate = birthDateOf(
    normalized.slice(6, 10),
    normalized.slice(10, 12),
    normalized.slice(12, 14),
    options.today,
  );
  if (!birthDate) return { ok: false, code: 'bad-birthdate' };
  if (!isChecksumValid) return { ok: false, code: 'bad-checksum' };
  return { ok: true, normalized, kind: '18', birthDate };
}

/** An old 15-digit number in today's 18-digit form (inserts "19" and the check digit). */
export function upgradeId15(id15: string): string {
  if (!/^\d{15}$/.test(id15)) throw new RangeError('upgradeId15 needs exactly 15 digits');
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return first17 + idCheckDigit(first17);
}

/** Luhn (mod 10) check over a string of at least two digits. */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  return luhnSum(digits, false) % 10 === 0;
}

/** The digit that makes `payload + digit` Luhn-valid. */
export function luhnCheckDigit(payload: string): string {
  if (!/^\d+$/.test(payload)) throw new RangeError('luhnCheckDigit needs digits');
  return String((10 - (luhnSum(payload, true) % 10)) % 10);
}

/** Sum with every second digit from the right doubled; `isPayload` shifts by one. */
function luhnSum(digits: string, isPayload: boolean): number {
  let sum = 0;
  for (let i = digits.length - 1, pos = isPayload ? 1 : 0; i >= 0; i--, pos++) {
    let d = Number(digits[i]);
    if (pos % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum;
}

/** A bank card / 一卡通 account: 16-19 digits passing the Luhn check. */
export function validateBankAccount(raw: string): BankAccountResult {
  // Cards are printed in groups ("6222 0212 …"); hyphens come from some bank exports.
  const s = cleanCode(raw).replace(/-/g, '');
  if (s.length === 0) return { ok: false, code: 'empty' };
  if (SPREADSHEET_NUMBER.test(s)) return { ok: false, code: 'excel-mangled' };
  if (!/^\d+$/.test(s)) return { ok: false, code: 'bad-format' };
  if (s.length < 16 || s.length > 19) return { ok: false, code: 'bad-length' };
  if (!isLuhnValid(s)) {
    // One trailing zero on a 16-digit card is too weak a sign (one typo in ten ends so).
    const isMangled = s.length >= 17 && ZEROED_TAIL.test(s);
    return { ok: false, code: isMangled ? 'excel-mangled' : 'bad-checksum' };
  }
  return { ok: true, normalized: s };
}

/** A mainland mobile number 1[3-9]xxxxxxxxx, allowing spaces, hyphens and a +86 prefix. */
export function isMobileNumber(s: string): boolean {
  const digits = stripSpaces(normalizeWidth(s))
    .replace(/-/g, '')
    .replace(/^(?:\+86|0086)/, '');
  return /^1[3-9]\d{9}$/.test(digits);
}
