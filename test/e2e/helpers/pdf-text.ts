// The text of a PDF that Chromium printed, page by page, as a reader would copy it out.
// pdfjs-dist (legacy build, runs in Node) reads each page's text layer.
//
// Noto CJK, the Chinese font on the test machine, draws some ideographs and their radical
// forms with one glyph, and Chromium's text layer then names the radical: 页 comes out as
// ⻚ (CJK Radicals Supplement) or 小 as ⼩ (Kangxi Radicals). foldPdfText maps those back
// (NFKC covers the Kangxi block; the supplement has no decomposition, hence the table,
// from Unicode's EquivalentUnifiedIdeograph.txt), so tests compare what a reader sees.

const RADICAL_EQUIVALENTS: Record<string, string> = {
  '\u2e9f': '母',
  '\u2ea0': '民',
  '\u2eae': '竹',
  '\u2ec4': '西',
  '\u2ec5': '见',
  '\u2ec6': '角',
  '\u2ec9': '贝',
  '\u2ecb': '车',
  '\u2ed3': '长',
  '\u2ed4': '门',
  '\u2ed8': '青',
  '\u2ed9': '韦',
  '\u2eda': '页',
  '\u2edb': '风',
  '\u2edc': '飞',
  '\u2edd': '食',
  '\u2ee2': '马',
  '\u2ee4': '鬼',
  '\u2ee5': '鱼',
  '\u2ee6': '鸟',
  '\u2ee7': '卤',
  '\u2ee8': '麦',
  '\u2ee9': '黄',
  '\u2eec': '齐',
  '\u2eee': '齿',
  '\u2ef0': '龙',
  '\u2ef3': '龟',
  // One glyph in the SC font for both; the board prints the simplified 户.
  '\u6236': '户',
};

/** NFKC, radical forms back to their ideographs, and no whitespace (runs split anywhere). */
export function foldPdfText(text: string): string {
  return Array.from(text.normalize('NFKC'), (c) => RADICAL_EQUIVALENTS[c] ?? c)
    .join('')
    .replace(/\s+/g, '');
}

/** The text of each page, text runs joined by a space (so numbers in separate cells stay apart). */
export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false })
    .promise;
  const texts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return texts;
}
