// Checks on the file itself, made before any parsing so a wrong or huge file is refused
// at once with a sentence the cadre understands, instead of freezing a cheap phone:
// size and row caps, what the bytes really are (a photo renamed .xlsx), and decoding a
// CSV exported by Excel in GBK/GB18030 as well as UTF-8 with or without a BOM.
import type { FileErrorCode } from './import-types';

/** 5,000 rows of a village's year fit in well under 1 MB; 20 MB means something else. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** A township's whole year is 50,000 lines; one batch (one village) stays far below this. */
export const MAX_IMPORT_ROWS = 20_000;

export type SpreadsheetKind = 'xlsx' | 'xls' | 'csv';

export type FileCheck =
  | { ok: true; kind: SpreadsheetKind }
  | { ok: false; code: FileErrorCode; params?: Record<string, string | number> };

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** Control bytes other than tab, line breaks and form feed never occur in a CSV. */
function looksLikeText(head: Uint8Array): boolean {
  return !head.some((b) => b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f);
}

/**
 * What kind of spreadsheet `head` (its first bytes; 512 judge a CSV well) of a file of `size`
 * bytes is, or why it cannot be imported. Judged by content, not only the name.
 */
export function checkFile(fileName: string, size: number, head: Uint8Array): FileCheck {
  if (size === 0) return { ok: false, code: 'empty-file' };
  if (size > MAX_IMPORT_BYTES) {
    return { ok: false, code: 'too-large', params: { limitMb: MAX_IMPORT_BYTES / 1024 / 1024 } };
  }
  const extension = extensionOf(fileName);
  if (startsWith(head, ZIP)) return { ok: true, kind: 'xlsx' };
  if (startsWith(head, OLE)) return { ok: true, kind: 'xls' };
  if (extension === 'xlsx' || extension === 'xls' || extension === 'et' || extension === 'wps') {
    // Named like a workbook but it is not one (a photo, a PDF, a damaged download).
    return { ok: false, code: 'not-a-spreadsheet' };
  }
  if (extension === 'csv' || extension === 'txt' || extension === '') {
    return looksLikeText(head)
      ? { ok: true, kind: 'csv' }
      : { ok: false, code: 'not-a-spreadsheet' };
  }
  return { ok: false, code: 'unsupported-type' };
}

/**
 * CSV bytes → text. UTF-8 (with or without BOM) when the bytes are valid UTF-8,
 * otherwise GB18030, the superset of GBK that Excel on Chinese Windows writes.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    // TextDecoder drops a UTF-8 BOM by itself.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** Lines in a CSV text, counted before parsing it (quoted line breaks count too: a cap). */
export function countLines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return text.length > 0 && !text.endsWith('\n') ? count + 1 : count;
}
