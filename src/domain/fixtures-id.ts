// Fictitious but check-digit-valid ID numbers and bank accounts for fixtures, the demo
// seed and benchmarks. Tests need numbers that pass validation; real people's numbers
// must never appear in the repository. Pure: the same arguments give the same number.
import { parseIsoDate } from './dates';
import { idCheckDigit, luhnCheckDigit } from './identity';

/**
 * An 18-digit ID number for a made-up person: region (6 digits) + birth date + a
 * 3-digit sequence (odd = male, even = female, as on real cards) + check digit.
 */
export function makeFakeIdNumber(regionCode6: string, birthDate: string, seq: number): string {
  if (!/^\d{6}$/.test(regionCode6)) throw new RangeError('regionCode6 must be 6 digits');
  const date = parseIsoDate(birthDate);
  if (!date) throw new RangeError('birthDate must be YYYY-MM-DD');
  if (!Number.isInteger(seq) || seq < 0 || seq > 999) throw new RangeError('seq must be 0-999');
  const first17 = regionCode6 + birthDate.replace(/-/g, '') + String(seq).padStart(3, '0');
  return first17 + idCheckDigit(first17);
}

/**
 * A Luhn-valid account number of `length` digits (16-19): `prefix`, then `seq`
 * zero-padded, then the check digit.
 */
export function makeFakeBankAccount(seq: number, prefix = '620000', length = 19): string {
  if (!/^\d+$/.test(prefix)) throw new RangeError('prefix must be digits');
  if (!Number.isInteger(length) || length < 16 || length > 19) {
    throw new RangeError('length must be 16-19');
  }
  const body = String(seq);
  if (!Number.isInteger(seq) || seq < 0 || prefix.length + body.length > length - 1) {
    throw new RangeError('seq does not fit');
  }
  const payload = prefix + body.padStart(length - 1 - prefix.length, '0');
  return payload + luhnCheckDigit(payload);
}
