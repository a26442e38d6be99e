// The automatic privacy check run before submitting and before publishing (保密审查,
// DOMAIN.md §5) over every text field and attachment name. A finding blocks submission
// and is highlighted in place, so positions are UTF-16 indices into the original text.
// Precision matters as much as recall: a notice full of amounts (1,234.50), dates and
// the official hotline (0797-1234567) must pass, or cadres learn to ignore the check.
import { idCheckDigit, isLuhnValid } from './identity';
import { isValidCalendarDate } from './dates';
import { isAsciiDigit, normalizeDigits } from './text';

export type FindingKind = 'id-number' | 'bank-account' | 'mobile' | 'keyword-digits';

export interface Finding {
  kind: FindingKind;
  /** UTF-16 index of the first character in the original text */
  start: number;
  /** UTF-16 index just after the last character */
  end: number;
  /** the original text between start and end */
  match: string;
}

/** A maximal run of digits, with a trailing X when it could end an ID number. */
interface Run {
  start: number;
  end: number;
  text: string;
}

/** Most specific first: one place is reported once, under the first kind that fits. */
const PRIORITY: Record<FindingKind, number> = {
  'id-number': 0,
  'bank-account': 1,
  mobile: 2,
  'keyword-digits': 3,
};

/** First two digits of a mainland, Taiwan, Hong Kong or Macao region code. */
const PROVINCES = new Set(
  (
    '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 ' +
    '50 51 52 53 54 61 62 63 64 65 71 81 82'
  ).split(' '),
);
/** Printed card and ID numbers are grouped: "6222 0212 3456 7894", "360735 19900101 123X". */
const GROUP_SEPARATORS = new Set([' ', '\u00a0', '-', '－']);

function digitRuns(norm: string): Run[] {
  const runs: Run[] = [];
  for (const m of norm.matchAll(/\d+/g)) {
    const start = m.index;
    let end = start + m[0].length;
    // An ID's check character X, unless it starts a word ("123Xyz").
    if (/[Xx]/.test(norm[end] ?? '') && !/[A-Za-z0-9]/.test(norm[end + 1] ?? '')) end++;
    const beforeDot = norm[end] === '.' && isAsciiDigit(norm[end + 1]);
    const afterDot = norm[start - 1] === '.' && isAsciiDigit(norm[start - 2]);
    // Either side of a decimal point is an amount or a quantity, never an identifier.
    if (!beforeDot && !afterDot) runs.push({ start, end, text: norm.slice(start, end) });
  }
  return runs;
}

/** Runs separated by exactly one grouping character form a chain. */
function chains(runs: Run[], norm: string): Run[][] {
  const out: Run[][] = [];
  for (const run of runs) {
    const current = out[out.length - 1];
    const prev = current?.[current.length - 1];
    if (
      current &&
      prev &&
      run.start === prev.end + 1 &&
      GROUP_SEPARATORS.has(norm[prev.end] ?? '')
    ) {
      current.push(run);
    } else {
      out.push([run]);
    }
  }
  return out;
}

function isId18(s: string): boolean {
  return (
    /^\d{17}[\dX]$/i.test(s) &&
    idCheckDigit(s.slice(0, 17)) === s[17]?.toUpperCase() &&
    Number(s.slice(6, 10)) >= 1900 &&
    isValidCalendarDate(Number(s.slice(6, 10)), Number(s.slice(10, 12)), Number(s.slice(12, 14)))
  );
}

/** 15-digit IDs have no check digit: require a real province and a valid 19YY date. */
function isId15(s: string): boolean {
  return (
    /^\d{15}$/.test(s) &&
    PROVINCES.has(s.slice(0, 2)) &&
    isValidCalendarDate(
      1900 + Number(s.slice(6, 8)),
      Number(s.slice(8, 10)),
      Number(s.slice(10, 12)),
    )
  );
}

function classify(digits: string): FindingKind | null {
  if (isId18(digits) || isId15(digits)) return 'id-number';
  if (/^\d{13,19}$/.test(digits) && isLuhnValid(digits)) return 'bank-account';
  // Runs are maximal, so a mobile inside a longer number never gets here.
  if (/^1[3-9]\d{9}$/.test(digits)) return 'mobile';
  return null;
}

/**
 * Only the ways these numbers are printed may be joined: cards 4-4-4-4(-3), IDs 6-8-4,
 * mobiles 3-4-4. A row of counts ("300 450 600 1200") or years stays apart.
 */
function isPrintedGrouping(groups: Run[]): boolean {
  const lengths = groups.map((g) => g.text.length);
  const shape = lengths.join('-');
  if (groups.every((g) => /^(?:19|20)\d\d$/.test(g.text))) return false;
  if (shape === '6-8-4' || shape === '3-4-4') return true;
  const last = lengths[lengths.length - 1] ?? 0;
  return lengths.slice(0, -1).every((l) => l === 4) && last >= 3 && last <= 4;
}

function numberFindings(norm: string, text: string): Finding[] {
  const found: Finding[] = [];
  for (const chain of chains(digitRuns(norm), norm)) {
    for (let i = 0; i < chain.length; i++) {
      for (let j = i; j < chain.length && j - i < 5; j++) {
        const groups = chain.slice(i, j + 1);
        const digits = groups.map((g) => g.text).join('');
        if (digits.length > 19) break;
        if (/[Xx]./.test(digits)) break; // X only as the very last character
        if (j > i && !isPrintedGrouping(groups)) continue;
        const kind = classify(digits);
        const first = groups[0];
        const last = groups[groups.length - 1];
        if (kind && first && last) found.push(finding(kind, first.start, last.end, text));
      }
    }
  }
  return found;
}

const KEYWORDS =
  /身份证号码|身份证号|身份证|证件号码|证件号|银行卡号|银行卡|一卡通|卡号|账号|账户|手机号码|手机号|手机|电话号码|电话/g;
/** Digits or masked digits (3607351990****1234, 138****5678), grouped or not. */
const VALUE = /[\d*＊×Xx](?:[ -]?[\d*＊×Xx])*/y;
const MAX_GAP = 6;
/** A number followed by a unit is a date, an amount or a count, not an identifier. */
const UNIT_AFTER = /^(?:\.\d|[年月日号元万亩人户个岁次%％])/;

/** Official lines may be printed: landlines with area code, 95xxx/12345 services, 400/800. */
function isPublicServiceNumber(digits: string): boolean {
  return /^0\d{9,11}$/.test(digits) || /^\d{3,6}$/.test(digits) || /^[48]00\d{7}$/.test(digits);
}

function keywordFindings(norm: string, text: string): Finding[] {
  const found: Finding[] = [];
  for (const m of norm.matchAll(KEYWORDS)) {
    const keywordEnd = m.index + m[0].length;
    let pos = keywordEnd;
    // Skip a short gap ("号码为：", "尾号") without crossing into another line or number.
    while (pos < norm.length && pos - keywordEnd < MAX_GAP && !/[\d*＊\n]/.test(norm[pos] ?? '')) {
      pos++;
    }
    VALUE.lastIndex = pos;
    const value = VALUE.exec(norm)?.[0] ?? '';
    const digits = value.replace(/[ -]/g, '');
    const digitCount = (digits.match(/\d/g) ?? []).length;
    if (digits.length < 4 || digitCount === 0) continue;
    if (UNIT_AFTER.test(norm.slice(pos + value.length).trimStart())) continue;
    if (m[0].startsWith('电话') && /^\d+$/.test(digits) && isPublicServiceNumber(digits)) continue;
    found.push(finding('keyword-digits', m.index, pos + value.length, text));
  }
  return found;
}

function finding(kind: FindingKind, start: number, end: number, text: string): Finding {
  return { kind, start, end, match: text.slice(start, end) };
}

/** Every place in `text` that looks like personal data, in text order, without overlaps. */
export function scanPersonalData(text: string): Finding[] {
  const norm = normalizeDigits(text);
  const candidates = [...numberFindings(norm, text), ...keywordFindings(norm, text)].sort(
    (a, b) =>
      PRIORITY[a.kind] - PRIORITY[b.kind] ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const kept: Finding[] = [];
  for (const c of candidates) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
