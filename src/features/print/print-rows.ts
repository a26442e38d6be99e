// The rows of the paper notice (纸质公示栏), built from an allow-list of fields (DOMAIN.md
// §5): group, name in the board's form, quantity, rate and amount. ID numbers and
// accounts never reach a printed row, except the first 6 + last 4 digits of an ID where
// two recipients in the same list share a name and residents must tell them apart.
// Owns: the order of printed lines and what each printed cell holds. Does not own page
// breaks and totals (print-pagination.ts) or the header (print-header.ts).
import { compareGroups } from '../../domain/board-format';
import { maskIdNumber, maskName } from '../../domain/masking';
import type { PayoutLine } from '../../domain/payout';

/** The paper board shares the kiosk's column of the audience table (DOMAIN.md §5). */
export const PAPER_BOARD_AUDIENCE = 'kiosk';

export type PrintableLine = Pick<
  PayoutLine,
  | 'id'
  | 'createdAt'
  | 'group'
  | 'name'
  | 'idNumber'
  | 'quantityCenti'
  | 'unit'
  | 'rateFen'
  | 'amountFen'
>;

export interface PrintedRow {
  /** 1-based position in the whole list (序号), continuing across pages */
  seq: number;
  group: string;
  name: string;
  /** 360735********1234 for a shared name, otherwise null (no ID on the board) */
  idHint: string | null;
  quantityCenti: number;
  unit: string;
  rateFen: number;
  amountFen: number;
}

/** Lines by group number, then in the order they were entered (as on the cadre's list). */
export function orderLinesForPrint<T extends PrintableLine>(lines: readonly T[]): T[] {
  return [...lines].sort(
    (a, b) =>
      compareGroups(a.group, b.group) ||
      a.createdAt - b.createdAt ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The printed rows, in print order, each cell in the form the paper board may show. */
export function toPrintedRows(lines: readonly PrintableLine[]): PrintedRow[] {
  const ordered = orderLinesForPrint(lines);
  const nameCounts = new Map<string, number>();
  for (const line of ordered) {
    const name = maskName(line.name, PAPER_BOARD_AUDIENCE);
    nameCounts.set(name, (nameCounts.get(name) ?? 0) + 1);
  }
  return ordered.map((line, index) => {
    const name = maskName(line.name, PAPER_BOARD_AUDIENCE);
    const isSharedName = (nameCounts.get(name) ?? 0) > 1;
    return {
      seq: index + 1,
      group: line.group,
      name,
      idHint: isSharedName
        ? maskIdNumber(line.idNumber, PAPER_BOARD_AUDIENCE, { disambiguate: true })
        : null,
      quantityCenti: line.quantityCenti,
      unit: line.unit,
      rateFen: line.rateFen,
      amountFen: line.amountFen,
    };
  });
}
