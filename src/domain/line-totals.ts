// Totals of a batch's lines, overall and per 村民小组, as the cadre checks them against the
// township's sheet and as the notice prints them. Households are counted as lines (one
// line per household or person, DOMAIN.md §3). Money stays integer 分 throughout.
import { sumFen } from './money';

export interface LineTotal {
  /** number of lines (households or persons) */
  count: number;
  amountFen: number;
  quantityCenti: number;
}

export interface GroupTotal extends LineTotal {
  /** '' for lines without a group */
  group: string;
}

export interface LineTotals {
  overall: LineTotal;
  /** in the order each group first appears among the lines */
  byGroup: GroupTotal[];
}

interface TotalledLine {
  group: string;
  amountFen: number;
  quantityCenti: number;
}

export function totalLines(lines: readonly TotalledLine[]): LineTotals {
  const groups = new Map<string, GroupTotal>();
  for (const line of lines) {
    const group = line.group.trim();
    let total = groups.get(group);
    if (!total) {
      total = { group, count: 0, amountFen: 0, quantityCenti: 0 };
      groups.set(group, total);
    }
    total.count += 1;
    total.amountFen = sumFen([total.amountFen, line.amountFen]);
    total.quantityCenti += line.quantityCenti;
  }
  const byGroup = [...groups.values()];
  return {
    overall: {
      count: lines.length,
      amountFen: sumFen(byGroup.map((g) => g.amountFen)),
      quantityCenti: byGroup.reduce((sum, g) => sum + g.quantityCenti, 0),
    },
    byGroup,
  };
}
