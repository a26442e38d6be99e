// Pinyin of a person's name, computed when a payout line is saved (or imported) so that
// residents and cadres can find 曾国华 by typing 曾, zeng, zgh — or cgh, because many
// people (and many keyboards) read a polyphonic surname the common way. Stored on the
// line as `namePinyin`: full spellings and initials for each reading of the surname,
// joined by `|`, e.g. "zeng guo hua|zgh|ceng guo hua|cgh". Search compares lower-case
// ASCII only, so it stays a plain string scan over tens of thousands of lines.
// pinyin-pro carries a large dictionary: import this module lazily on the phone (the
// save path of lines, the import worker), never from the first screen.
import { pinyin, polyphonic } from 'pinyin-pro';

const MAX_LENGTH = 200;
const MAX_READINGS = 3;

function syllables(name: string): string[] {
  return pinyin(name, { toneType: 'none', type: 'array', surname: 'head' })
    .map((s) => s.toLowerCase())
    .filter((s) => /^[a-zü]+$/.test(s))
    .map((s) => s.replace(/ü/g, 'v'));
}

/** Pinyin search text of a name: "zeng guo hua|zgh|ceng guo hua|cgh". Empty for non-Han names. */
export function namePinyin(name: string): string {
  // Only Han characters have a pinyin; letters, digits and the · of minority names do not.
  const trimmed = name.replace(/[^\p{Script=Han}]/gu, '');
  if (trimmed === '') return '';
  const main = syllables(trimmed);
  if (main.length === 0) return '';
  const readings: string[][] = [main];
  // Other readings of the first character (the surname), e.g. 曾 zeng/ceng, 单 shan/dan.
  const first = trimmed[0] ?? '';
  const alternatives = polyphonic(first, { toneType: 'none', type: 'array' })[0] ?? [];
  for (const reading of alternatives) {
    const spelled = reading.toLowerCase().replace(/ü/g, 'v');
    if (readings.length >= MAX_READINGS) break;
    if (!/^[a-z]+$/.test(spelled) || spelled === main[0]) continue;
    readings.push([spelled, ...main.slice(1)]);
  }
  const parts = readings.flatMap((r) => [r.join(' '), r.map((s) => s[0]).join('')]);
  let out = '';
  for (const part of parts) {
    const next = out === '' ? part : `${out}|${part}`;
    if (next.length > MAX_LENGTH) break;
    out = next;
  }
  return out;
}

/**
 * Does a typed query (lower-cased, spaces ignored) match this pinyin search text? A query
 * matches the initials from their start ("zg" finds zgh) or the full spelling from its
 * start, with or without spaces ("zeng", "zengguo", "zeng guo").
 */
export function matchesPinyin(namePinyinText: string, query: string): boolean {
  const q = query.toLowerCase().replace(/\s+/g, '');
  if (q === '' || !/^[a-z]+$/.test(q)) return false;
  for (const part of namePinyinText.split('|')) {
    if (part.replace(/ /g, '').startsWith(q)) return true;
  }
  return false;
}
