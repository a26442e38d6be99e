// Width normalisation for text typed on Chinese keyboards or pasted from spreadsheets:
// full-width digits (１２３), letters and the ideographic space turn into their ASCII
// forms. Every mapping is one UTF-16 unit to one UTF-16 unit, so an index into the
// normalised string is also an index into the original (privacy-scan relies on this
// to highlight findings in place).

const FULLWIDTH_OFFSET = 0xfee0; // '０' (U+FF10) - '0' (U+0030)
const IDEOGRAPHIC_SPACE = '\u3000';

function isFullwidthDigitOrLetter(code: number): boolean {
  return (
    (code >= 0xff10 && code <= 0xff19) || // ０-９
    (code >= 0xff21 && code <= 0xff3a) || // Ａ-Ｚ
    (code >= 0xff41 && code <= 0xff5a) // ａ-ｚ
  );
}

/** Full-width digits, Latin letters and the ideographic space → ASCII. Length-preserving. */
export function normalizeDigits(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (isFullwidthDigitOrLetter(code)) out += String.fromCharCode(code - FULLWIDTH_OFFSET);
    else if (s[i] === IDEOGRAPHIC_SPACE) out += ' ';
    else out += s[i];
  }
  return out;
}

/**
 * Every full-width ASCII form (U+FF01-U+FF5E: digits, letters, `．`, `，`, `－`, `＋` …),
 * the full-width yen sign and the ideographic space → ASCII. Length-preserving.
 * For number fields only: in running text `，` is an ordinary Chinese comma.
 */
export function normalizeWidth(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - FULLWIDTH_OFFSET);
    else if (code === 0xffe5) out += '¥';
    else if (s[i] === IDEOGRAPHIC_SPACE) out += ' ';
    else out += s[i];
  }
  return out;
}

/** True for an ASCII digit (after normalisation). */
export function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && ch >= '0' && ch <= '9';
}

/** Removes every kind of white space, including no-break and ideographic spaces. */
export function stripSpaces(s: string): string {
  // JS `\s` covers U+00A0, U+3000 and U+FEFF, which Excel and IMEs leave in cells.
  return s.replace(/\s+/g, '');
}
