import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, checkFile, countLines, decodeCsv } from './file-checks';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
const TEXT = new TextEncoder().encode('姓名,金额\n');

describe('checkFile', () => {
  it.each([
    ['an empty file', 'a.xlsx', 0, ZIP, 'empty-file'],
    ['a file over the cap', 'a.xlsx', MAX_IMPORT_BYTES + 1, ZIP, 'too-large'],
    ['a picture renamed .xlsx', 'photo.xlsx', 2000, PNG, 'not-a-spreadsheet'],
    ['a picture renamed .csv', 'photo.csv', 2000, PNG, 'not-a-spreadsheet'],
    ['a PDF', 'list.pdf', 2000, new TextEncoder().encode('%PDF-1.4'), 'unsupported-type'],
  ] as const)('refuses %s', (_what, name, size, head, code) => {
    expect(checkFile(name, size, head)).toMatchObject({ ok: false, code });
  });

  it.each([
    ['list.xlsx', ZIP, 'xlsx'],
    ['list.csv', TEXT, 'csv'],
    // A workbook saved with the wrong extension is still read by what it is.
    ['list.csv', ZIP, 'xlsx'],
  ] as const)('accepts %s', (name, head, kind) => {
    expect(checkFile(name, 100, head)).toEqual({ ok: true, kind });
  });
});

describe('decodeCsv', () => {
  it('reads UTF-8 with and without BOM', () => {
    const plain = new TextEncoder().encode('姓名');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeCsv(plain)).toEqual({ text: '姓名', encoding: 'utf-8' });
    expect(decodeCsv(bom)).toEqual({ text: '姓名', encoding: 'utf-8' });
  });

  it('falls back to GB18030 for GBK bytes', () => {
    // 姓名 in GBK
    expect(decodeCsv(new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb]))).toEqual({
      text: '姓名',
      encoding: 'gb18030',
    });
  });

  it('counts lines with or without a final line break', () => {
    expect(countLines('a\nb\n')).toBe(2);
    expect(countLines('a\nb')).toBe(2);
    expect(countLines('')).toBe(0);
  });
});
