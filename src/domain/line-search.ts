// Finding a household among a batch's lines (or a township's, on the kiosk): by a part of
// the name (曾), by pinyin (zeng, zgh, cgh for a polyphonic surname) or by the last digits
// of the ID number. Pure and synchronous over an in-memory array, so the cadre's screen and
// the kiosk share it and neither needs the pinyin dictionary: the pinyin was computed when
// the line was saved (namePinyin). Matching follows pinyin.ts matchesPinyin exactly (a test
// holds them together), but against one prepared string per line, so a query over 50,000
// lines is one substring test per line instead of a split and a regex.
import { normalizeWidth, stripSpaces } from './text';

/** What search reads of a line; the kiosk's public rows may lack the ID number. */
export interface SearchableLine {
  name: string;
  namePinyin: string;
  idNumber?: string;
}

export type LineQuery =
  | { kind: 'empty' }
  /** Han or mixed text: a part of the name */
  | { kind: 'name'; text: string }
  /** ASCII letters: pinyin from the start of a spelling or of the initials */
  | { kind: 'pinyin'; text: string }
  /** at least 4 digits (the last may be X): the end of the ID number */
  | { kind: 'id-digits'; text: string }
  /** fewer than 4 digits: too few to tell anyone apart, nothing is searched */
  | { kind: 'too-few-digits' };

export const MIN_ID_DIGITS = 4;

/** Reads what a person typed: full-width letters and digits count as ASCII. */
export function parseLineQuery(raw: string): LineQuery {
  const text = stripSpaces(normalizeWidth(raw));
  if (text === '') return { kind: 'empty' };
  if (/^[A-Za-zü]+$/.test(text)) {
    return { kind: 'pinyin', text: text.toLowerCase().replace(/ü/g, 'v') };
  }
  if (/^\d*[\dXx]$/.test(text) && /^\d/.test(text)) {
    return text.length >= MIN_ID_DIGITS
      ? { kind: 'id-digits', text: text.toUpperCase() }
      : { kind: 'too-few-digits' };
  }
  // Names keep their own spaces out: printed lists pad 曾 华 to line up with 曾国华.
  return { kind: 'name', text };
}

/**
 * Lines prepared once (per change of the array) for many queries. Each searchable field of
 * every line is joined into one string, one line per "\n"-terminated record, so a query is
 * a few native indexOf calls over that string instead of a call per line: a rare name is
 * found among 50,000 lines in about a millisecond on a phone.
 */
export interface LineSearchIndex<T extends SearchableLine> {
  readonly lines: readonly T[];
  /** names without spaces */
  readonly names: JoinedField;
  /** "|zengguohua|zgh|cengguohua|cgh": every part of namePinyin without spaces */
  readonly pinyin: JoinedField;
  /** ID numbers, upper-case, without spaces */
  readonly idNumbers: JoinedField;
}

interface JoinedField {
  /** every line's value followed by "\n" */
  readonly text: string;
  /** offset in `text` where each line's value starts */
  readonly starts: Int32Array;
}

const NEEDS_CLEANING = /[\s\uff01-\uff5e]/;
const HAS_LATIN = /[A-Za-z\uff21-\uff3a\uff41-\uff5a]/;

/**
 * The prepared pinyin string of a line. A name written in Latin letters has no pinyin; its
 * own letters take that place, so it is found by typing its start.
 */
export function pinyinSearchKey(namePinyin: string, name = ''): string {
  const latin = HAS_LATIN.test(name)
    ? normalizeWidth(name)
        .toLowerCase()
        .replace(/[^a-z]/g, '')
    : '';
  const parts = namePinyin === '' ? [] : [namePinyin.toLowerCase().replace(/ /g, '')];
  if (latin !== '') parts.push(latin);
  return parts.length === 0 ? '' : `|${parts.join('|')}`;
}

function joinField(values: readonly string[]): JoinedField {
  const starts = new Int32Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    starts[i] = offset;
    offset += (values[i] as string).length + 1;
  }
  return { text: values.length === 0 ? '' : `${values.join('\n')}\n`, starts };
}

// Most values are already clean: test before paying for a character-by-character rewrite.
const clean = (s: string): string => (NEEDS_CLEANING.test(s) ? stripSpaces(normalizeWidth(s)) : s);

export function buildLineSearchIndex<T extends SearchableLine>(
  lines: readonly T[],
): LineSearchIndex<T> {
  const names: string[] = new Array<string>(lines.length);
  const pinyin: string[] = new Array<string>(lines.length);
  const idNumbers: string[] = new Array<string>(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as T;
    names[i] = NEEDS_CLEANING.test(line.name) ? stripSpaces(line.name) : line.name;
    pinyin[i] = pinyinSearchKey(line.namePinyin, line.name);
    idNumbers[i] = clean(line.idNumber ?? '').toUpperCase();
  }
  return {
    lines,
    names: joinField(names),
    pinyin: joinField(pinyin),
    idNumbers: joinField(idNumbers),
  };
}

/** The last line whose value starts at or before `offset` (binary search from `from`). */
function lineAt(starts: Int32Array, offset: number, from: number): number {
  let low = from;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Lines whose joined value contains `needle` (which holds no "\n"), in order, each once. */
function findInField(field: JoinedField, needle: string): number[] {
  const found: number[] = [];
  const { text, starts } = field;
  let line = 0;
  let position = text.indexOf(needle);
  while (position !== -1) {
    line = lineAt(starts, position, line);
    found.push(line);
    line += 1;
    if (line >= starts.length) break;
    // Go on from the next line: one match per line is enough.
    position = text.indexOf(needle, starts[line]);
  }
  return found;
}

/**
 * The indices (into index.lines) of the lines a query finds, in their original order.
 * An empty query finds every line; fewer than 4 digits find none.
 */
export function searchLineIndices<T extends SearchableLine>(
  index: LineSearchIndex<T>,
  query: LineQuery,
): number[] {
  switch (query.kind) {
    case 'empty':
      return Array.from({ length: index.lines.length }, (_, i) => i);
    case 'too-few-digits':
      return [];
    case 'name':
      return findInField(index.names, query.text);
    case 'pinyin':
      // "|" + query: a match must start a spelling or the initials, as in matchesPinyin.
      return findInField(index.pinyin, `|${query.text}`);
    case 'id-digits':
      // "\n" ends each value: the digits must be the last ones of the number.
      return findInField(index.idNumbers, `${query.text}\n`);
  }
}

/** The lines a typed query finds, in their original order. */
export function searchLines<T extends SearchableLine>(
  index: LineSearchIndex<T>,
  rawQuery: string,
): T[] {
  return searchLineIndices(index, parseLineQuery(rawQuery)).map((i) => index.lines[i] as T);
}
