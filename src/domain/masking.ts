// What each audience may see of a person (DOMAIN.md §5). Public views are built from an
// allow-list of fields; these functions decide the form of the few personal fields
// that may appear at all. `null` means "leave the field out", never "show it empty".
// Owns: names, ID numbers, accounts, phones, birth dates, and how a masked name is read
// aloud. Does not own which rows are public when (notice period, 低保 lists).
import { COMPOUND_SURNAMES } from './compound-surnames';
import { normalizeWidth, stripSpaces } from './text';

/** `staff` = village cadre, supervisor and township reviewer. */
export type Audience = 'kiosk' | 'phone' | 'staff';

export interface MaskNameOptions {
  /** per-village setting; names are masked on the phone page unless a village opts out */
  maskOnPhone?: boolean;
}

export interface MaskIdOptions {
  /** a kiosk list where two residents share a name may show first 6 + last 4 */
  disambiguate?: boolean;
}

const MASK = '*';
/** Separators in transliterated names: 买买提·吐尔逊, also typed as •, ・, ‧ or a dot. */
const NAME_SEPARATOR = /([·•・‧.．\s]+)/;
const HAN_WITH_SPACES = /^[\p{Script=Han}\s]+$/u;

/** Printed lists pad two-character names with an ideographic space; it is not part of the name. */
function cleanName(name: string): string {
  const trimmed = name.trim();
  return HAN_WITH_SPACES.test(trimmed) ? stripSpaces(trimmed) : trimmed;
}

/** Characters by code point, so a rare character outside the BMP counts as one. */
function chars(s: string): string[] {
  return Array.from(s);
}

/**
 * The surname: a listed compound surname (欧阳) or the first character. A name of
 * only two characters is never a compound surname alone. Names with a separator
 * (买买提·吐尔逊) have no surname: returns ''.
 */
export function surnameOf(name: string): string {
  const clean = cleanName(name);
  if (clean.length === 0 || NAME_SEPARATOR.test(clean)) return '';
  const c = chars(clean);
  const firstTwo = c.slice(0, 2).join('');
  if (c.length >= 3 && COMPOUND_SURNAMES.has(firstTwo)) return firstTwo;
  return c[0] ?? '';
}

function maskSingleName(name: string): string {
  const c = chars(name);
  if (c.length <= 1) return name;
  const surname = surnameOf(name);
  const surnameLength = chars(surname).length;
  if (surnameLength === 2 || c.length === 2) {
    return surname + MASK.repeat(c.length - surnameLength);
  }
  // 张*华, 张**华: the surname and the last character, as on printed government lists
  return (c[0] ?? '') + MASK.repeat(c.length - 2) + (c[c.length - 1] ?? '');
}

/** Keeps the first character only; every other part is fully masked: 买**·***. */
function maskSeparatedName(name: string): string {
  return name
    .split(NAME_SEPARATOR)
    .map((part, i) => {
      if (i % 2 === 1) return part; // a separator, kept so the shape stays readable
      const c = chars(part);
      return i === 0
        ? (c[0] ?? '') + MASK.repeat(Math.max(c.length - 1, 0))
        : MASK.repeat(c.length);
    })
    .join('');
}

/** kiosk and staff: full name; phone: masked (张*, 张*华, 欧阳**) unless the village opts out. */
export function maskName(name: string, audience: Audience, options: MaskNameOptions = {}): string {
  const { maskOnPhone = true } = options;
  const clean = cleanName(name);
  if (audience !== 'phone' || !maskOnPhone) return clean;
  return NAME_SEPARATOR.test(clean) ? maskSeparatedName(clean) : maskSingleName(clean);
}

/**
 * 18 digits → 360735********1234, 15 digits → 360735******123: never a digit of the
 * birth date. Anything else (a damaged number) is fully masked, because its digits
 * cannot be placed. Phone: always hidden; kiosk: hidden unless disambiguating.
 */
export function maskIdNumber(
  id: string,
  audience: Audience,
  options: MaskIdOptions = {},
): string | null {
  if (audience === 'phone') return null;
  if (audience === 'kiosk' && !options.disambiguate) return null;
  const s = stripSpaces(normalizeWidth(id)).toUpperCase();
  if (s.length === 0) return null;
  if (s.length === 18) return s.slice(0, 6) + MASK.repeat(8) + s.slice(14);
  if (s.length === 15) return s.slice(0, 6) + MASK.repeat(6) + s.slice(12);
  return MASK.repeat(s.length);
}

/** Bank / 一卡通 account: never public; staff see `**** 1234`. */
export function maskAccount(account: string, audience: Audience): string | null {
  if (audience !== 'staff') return null;
  const s = stripSpaces(normalizeWidth(account)).replace(/-/g, '');
  if (s.length === 0) return null;
  return s.length <= 4 ? MASK.repeat(4) : `${MASK.repeat(4)} ${s.slice(-4)}`;
}

/** Phone numbers: never public; staff see 138****5678 (landlines: 079****4567). */
export function maskPhone(phone: string, audience: Audience): string | null {
  if (audience !== 'staff') return null;
  const s = stripSpaces(normalizeWidth(phone))
    .replace(/-/g, '')
    .replace(/^(?:\+86|0086)/, '');
  if (s.length === 0) return null;
  if (s.length < 8) return MASK.repeat(s.length);
  return s.slice(0, 3) + MASK.repeat(s.length - 7) + s.slice(-4);
}

/** Birth dates ('YYYY-MM-DD'): never public; staff see the year only, 1990-**-**. */
export function maskBirthDate(date: string, audience: Audience): string | null {
  if (audience !== 'staff' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  return `${date.slice(0, 4)}-**-**`;
}

/**
 * A name as read aloud: each masked character becomes 某 (张*华 → 张某华, 欧阳** →
 * 欧阳某某, one 某 per star, as in 张某某), and a name separator becomes a space so the
 * voice pauses instead of reading "点". Full names pass through unchanged.
 */
export function speakableName(maskedOrFull: string): string {
  return maskedOrFull
    .trim()
    .replace(/[*＊∗]/g, '某')
    .replace(/[·•・‧.．]+/g, ' ');
}
