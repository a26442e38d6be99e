// The small safe markup of notice bodies: paragraphs (one per line), "- " lists,
// "|a|b|" tables and **bold**. Parsed into a tiny tree that the board, the phone and
// the print view render as elements, never as HTML: whatever a cadre types ("<script>",
// "<img onerror=…>") stays visible text, so a notice can never run code on a kiosk.
// Owns parsing and plain-text extraction; rendering lives with each screen.

export interface Inline {
  text: string;
  isBold: boolean;
}

export type Block =
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  | { kind: 'table'; header: Inline[][] | null; rows: Inline[][][] };

/** More columns than a phone or an A4 board can show is a mistake, not a table. */
export const MAX_TABLE_COLUMNS = 12;

const LIST_ITEM = /^\s*[-－]\s+(.*)$/;
const TABLE_ROW = /^\s*\|(.*)\|\s*$/;
const SEPARATOR_CELL = /^\s*:?-{3,}:?\s*$/;

/** "**a** b" → bold "a", plain " b". An unclosed ** stays as written. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const parts = text.split('**');
  // An odd number of parts means every ** is paired; otherwise the last one is literal.
  const isPaired = parts.length % 2 === 1;
  parts.forEach((part, i) => {
    const isLastUnpaired = !isPaired && i === parts.length - 1;
    const isBold = i % 2 === 1 && !isLastUnpaired;
    const piece = isLastUnpaired && i > 0 ? `**${part}` : part;
    if (piece.length === 0) return;
    const last = out[out.length - 1];
    if (last && last.isBold === isBold) last.text += piece;
    else out.push({ text: piece, isBold });
  });
  return out;
}

function splitCells(inner: string): string[] {
  return inner.split('|').map((cell) => cell.trim());
}

/** Parse a notice body. Never throws; any input gives some blocks of plain text. */
export function parseMarkup(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.trim().length === 0) {
      i++;
      continue;
    }
    if (LIST_ITEM.test(line)) {
      const items: Inline[][] = [];
      while (i < lines.length && LIST_ITEM.test(lines[i] ?? '')) {
        items.push(parseInline(LIST_ITEM.exec(lines[i] ?? '')?.[1] ?? ''));
        i++;
      }
      blocks.push({ kind: 'list', items });
      continue;
    }
    if (TABLE_ROW.test(line)) {
      const rows: string[][] = [];
      while (i < lines.length && TABLE_ROW.test(lines[i] ?? '')) {
        rows.push(splitCells(TABLE_ROW.exec(lines[i] ?? '')?.[1] ?? ''));
        i++;
      }
      blocks.push(toTable(rows));
      continue;
    }
    blocks.push({ kind: 'paragraph', content: parseInline(line.trim()) });
    i++;
  }
  return blocks;
}

function toTable(rows: string[][]): Block {
  const hasHeader = rows.length >= 2 && (rows[1] ?? []).every((c) => SEPARATOR_CELL.test(c));
  const header = hasHeader ? (rows[0] ?? []) : null;
  const body = (hasHeader ? rows.slice(2) : rows).filter(
    (row) => !row.every((c) => SEPARATOR_CELL.test(c)),
  );
  const width = Math.min(
    MAX_TABLE_COLUMNS,
    Math.max(header?.length ?? 0, ...body.map((row) => row.length)),
  );
  // Every row gets the same number of cells, so a screen reader announces columns right.
  const pad = (row: string[]) => Array.from({ length: width }, (_, c) => parseInline(row[c] ?? ''));
  return { kind: 'table', header: header ? pad(header) : null, rows: body.map(pad) };
}

function inlineText(content: Inline[]): string {
  return content.map((piece) => piece.text).join('');
}

/** The words of a body without markup, e.g. for read-aloud or a list summary. */
export function markupToPlainText(source: string): string {
  return parseMarkup(source)
    .map((block) => {
      switch (block.kind) {
        case 'paragraph':
          return inlineText(block.content);
        case 'list':
          return block.items.map(inlineText).join('\n');
        case 'table':
          return [...(block.header ? [block.header] : []), ...block.rows]
            .map((row) => row.map(inlineText).join(' '))
            .join('\n');
      }
    })
    .join('\n');
}
