// Money and quantities as integers: amounts in 分 (1/100 元), quantities in hundredths
// of a unit (亩 carries two decimals). Input is parsed digit by digit from the string,
// never through floating point, so "0.1" + "0.2" is exactly 30 分 and "1234.56" never
// becomes 123455. Returns codes, never text: the UI maps each code to a sentence.
import { normalizeWidth, stripSpaces } from './text';

export type DecimalParseError =
  'empty' | 'not-a-number' | 'too-many-decimals' | 'negative' | 'too-large';

export type ParseFenResult = { ok: true; fen: number } | { ok: false; code: DecimalParseError };
export type ParseCentiResult = { ok: true; centi: number } | { ok: false; code: DecimalParseError };

/** At most 9 integer digits (999,999,999.99): far above any line, still exact as a JS number. */
export const MAX_INTEGER_DIGITS = 9;
export const MAX_FEN = 99_999_999_999;

// Thousands separators only in groups of three, so a European "1,5" is refused
// instead of silently read as 15 元.
const DECIMAL = /^(\d+|\d{1,3}(?:,\d{3})+)?(?:\.(\d*))?$/;
const MINUS = /^[-\u2212]/;

type Hundredths = { ok: true; value: number } | { ok: false; code: DecimalParseError };

/** Parses a normalised decimal string into integer hundredths. */
function parseHundredths(raw: string, prefixes: RegExp, suffixes: RegExp): Hundredths {
  let s = stripSpaces(normalizeWidth(raw));
  if (s.length === 0) return { ok: false, code: 'empty' };
  let isNegative = false;
  if (MINUS.test(s)) {
    isNegative = true;
    s = s.slice(1);
  }
  s = s.replace(prefixes, '').replace(suffixes, '');
  if (MINUS.test(s)) {
    // "¥-5" as well as "-¥5"
    isNegative = !isNegative;
    s = s.slice(1);
  }
  if (s.length === 0) return { ok: false, code: isNegative ? 'not-a-number' : 'empty' };
  const match = DECIMAL.exec(s);
  const intPart = (match?.[1] ?? '').replace(/,/g, '');
  const fracPart = match?.[2] ?? '';
  if (!match || (intPart.length === 0 && fracPart.length === 0)) {
    return { ok: false, code: 'not-a-number' };
  }
  // Trailing zeros beyond two places lose nothing ("12.500" from a spreadsheet).
  const fraction = fracPart.replace(/0+$/, '');
  if (fraction.length > 2) return { ok: false, code: 'too-many-decimals' };
  const digits = intPart.replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_INTEGER_DIGITS) return { ok: false, code: 'too-large' };
  const value = Number(digits || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (isNegative && value !== 0) return { ok: false, code: 'negative' };
  return { ok: true, value };
}

const YUAN_PREFIX = /^(?:¥|RMB|CNY|人民币)/i;
const YUAN_SUFFIX = /元$/;

/** `1,234.5`, `１２３４.５０`, `1234元`, `¥1234`, ` 12 ` → integer 分. */
export function parseYuanToFen(input: string): ParseFenResult {
  const r = parseHundredths(input, YUAN_PREFIX, YUAN_SUFFIX);
  return r.ok ? { ok: true, fen: r.value } : r;
}

const NO_PREFIX = /^(?!)/;
const QUANTITY_SUFFIX = /亩$/;

/** A quantity with up to two decimals (亩, heads, persons) → integer hundredths. */
export function parseQuantityCenti(input: string): ParseCentiResult {
  const r = parseHundredths(input, NO_PREFIX, QUANTITY_SUFFIX);
  return r.ok ? { ok: true, centi: r.value } : r;
}

function assertSafeInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be a safe integer`);
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** 123450 → "1,234.50"; -5 → "-0.05". Throws on a non-integer (a bug upstream, not input). */
export function formatFen(fen: number): string {
  assertSafeInteger(fen, 'fen');
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}${groupThousands(String(yuan))}.${cents}`;
}

/** Quantity (hundredths) × rate (分) = the exact amount in hundredths of a 分. */
function exactHundredthFen(quantityCenti: number, rateFen: number): bigint {
  assertSafeInteger(quantityCenti, 'quantityCenti');
  assertSafeInteger(rateFen, 'rateFen');
  // BigInt because 亩 × rate can pass 2^53 before the division by 100.
  return BigInt(quantityCenti) * BigInt(rateFen);
}

/**
 * Amount = quantity × rate, rounded half up to the 分 (half away from zero for a
 * negative product, so a correction mirrors the original line exactly).
 */
export function computeAmountFen(quantityCenti: number, rateFen: number): number {
  const product = exactHundredthFen(quantityCenti, rateFen);
  const abs = product < 0n ? -product : product;
  const rounded = (abs + 50n) / 100n;
  const result = Number(product < 0n ? -rounded : rounded);
  assertSafeInteger(result, 'amount');
  return result;
}

/**
 * True when `amountFen` is within 1 分 of the exact quantity × rate (compared before
 * rounding), so spreadsheets that truncate or round half-even still pass.
 */
export function isAmountConsistent(
  quantityCenti: number,
  rateFen: number,
  amountFen: number,
): boolean {
  assertSafeInteger(amountFen, 'amountFen');
  const diff = BigInt(amountFen) * 100n - exactHundredthFen(quantityCenti, rateFen);
  return (diff < 0n ? -diff : diff) <= 100n;
}

/** Sum of integer 分 values; throws if an input is not an integer or the sum overflows. */
export function sumFen(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) {
    assertSafeInteger(v, 'fen');
    total += v;
    assertSafeInteger(total, 'sum');
  }
  return total;
}
