// The township's year at a glance (items × villages): for each village and subsidy item,
// how many households were paid and how much, built from the batches this device holds.
// A batch replaced by a correction (更正) is left out, so a corrected list is not
// counted twice. Pure: the query reads the records, this adds them up.
import type { TFunction } from 'i18next';
import type { PayoutBatch } from '../../domain/payout';
import { fenToYuan, YUAN_FORMAT, type Cell, type SheetSpec } from './xlsx-writer';

export interface BatchStats {
  batch: Pick<PayoutBatch, 'id' | 'villageCode' | 'item' | 'state' | 'correctsId'>;
  households: number;
  amountFen: number;
}

export interface SummaryCell {
  households: number;
  amountFen: number;
}

export interface VillageRef {
  code: string;
  name: string;
}

export interface TownshipSummary {
  /** subsidy items in a stable order (by name) */
  items: string[];
  /** every village of the township, those without data too (the reviewer sees the gaps) */
  villages: VillageRef[];
  /** key `${villageCode}|${item}` */
  cells: Map<string, SummaryCell>;
  itemTotals: Map<string, SummaryCell>;
  villageTotalsFen: Map<string, number>;
  totalFen: number;
  /** the batches counted, for the list sheet */
  counted: BatchStats[];
}

export function cellKey(villageCode: string, item: string): string {
  return `${villageCode}|${item}`;
}

function add(map: Map<string, SummaryCell>, key: string, stats: SummaryCell): void {
  const cell = map.get(key) ?? { households: 0, amountFen: 0 };
  cell.households += stats.households;
  cell.amountFen += stats.amountFen;
  map.set(key, cell);
}

export function summarizeTownship(
  stats: readonly BatchStats[],
  knownVillages: readonly VillageRef[],
): TownshipSummary {
  const replaced = new Set(stats.map((s) => s.batch.correctsId).filter((id) => id !== null));
  const counted = stats.filter((s) => !replaced.has(s.batch.id));
  const cells = new Map<string, SummaryCell>();
  const itemTotals = new Map<string, SummaryCell>();
  const villageTotalsFen = new Map<string, number>();
  let totalFen = 0;
  for (const s of counted) {
    add(cells, cellKey(s.batch.villageCode, s.batch.item), s);
    add(itemTotals, s.batch.item, s);
    villageTotalsFen.set(
      s.batch.villageCode,
      (villageTotalsFen.get(s.batch.villageCode) ?? 0) + s.amountFen,
    );
    totalFen += s.amountFen;
  }
  const villages = [...knownVillages];
  const known = new Set(villages.map((v) => v.code));
  for (const s of counted) {
    if (!known.has(s.batch.villageCode)) {
      known.add(s.batch.villageCode);
      villages.push({ code: s.batch.villageCode, name: s.batch.villageCode });
    }
  }
  const items = [...itemTotals.keys()].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return { items, villages, cells, itemTotals, villageTotalsFen, totalFen, counted };
}

/** Cross table: villages down, two columns (households, amount) per item across, totals. */
export function summarySheet(summary: TownshipSummary, title: string, t: TFunction): SheetSpec {
  const { items, villages } = summary;
  const width = 2 + items.length * 2 + 1;
  const itemRow: Cell[] = [
    t('print.export.columns.village'),
    t('print.export.columns.villageCode'),
  ];
  const measureRow: Cell[] = [null, null];
  for (const item of items) {
    itemRow.push(item, null);
    measureRow.push(t('print.export.columns.households'), t('print.export.columns.amount'));
  }
  itemRow.push(t('print.export.columns.totalAmount'));
  measureRow.push(null);
  const body: Cell[][] = villages.map((village) => {
    const row: Cell[] = [village.name, village.code];
    for (const item of items) {
      const cell = summary.cells.get(cellKey(village.code, item));
      row.push(cell?.households ?? null, cell ? fenToYuan(cell.amountFen) : null);
    }
    const villageFen = summary.villageTotalsFen.get(village.code);
    row.push(villageFen === undefined ? null : fenToYuan(villageFen));
    return row;
  });
  const totalRow: Cell[] = [t('print.export.total'), null];
  for (const item of items) {
    const total = summary.itemTotals.get(item);
    totalRow.push(total?.households ?? 0, fenToYuan(total?.amountFen ?? 0));
  }
  totalRow.push(fenToYuan(summary.totalFen));
  const numberFormats: Record<number, string> = { [width - 1]: YUAN_FORMAT };
  items.forEach((_, i) => (numberFormats[3 + i * 2] = YUAN_FORMAT));
  const merges: [number, number, number, number][] = [[0, 0, 0, width - 1]];
  items.forEach((_, i) => merges.push([1, 2 + i * 2, 1, 3 + i * 2]));
  return {
    name: t('print.export.sheets.summary'),
    rows: [[title], itemRow, measureRow, ...body, totalRow],
    numberFormats,
    merges,
    widths: [16, 14, ...items.flatMap(() => [10, 14]), 16],
  };
}

/** One row per counted batch, with its review state, for checking where a number comes from. */
export function batchListSheet(summary: TownshipSummary, t: TFunction): SheetSpec {
  const names = new Map(summary.villages.map((v) => [v.code, v.name]));
  const rows: Cell[][] = [
    [
      t('print.export.columns.village'),
      t('print.export.columns.villageCode'),
      t('print.export.columns.item'),
      t('print.export.columns.state'),
      t('print.export.columns.households'),
      t('print.export.columns.amount'),
    ],
    ...[...summary.counted]
      .sort(
        (a, b) =>
          a.batch.villageCode.localeCompare(b.batch.villageCode) ||
          a.batch.item.localeCompare(b.batch.item, 'zh-CN'),
      )
      .map((s): Cell[] => [
        names.get(s.batch.villageCode) ?? s.batch.villageCode,
        s.batch.villageCode,
        s.batch.item,
        t(`reviewState.${s.batch.state}`),
        s.households,
        fenToYuan(s.amountFen),
      ]),
  ];
  return {
    name: t('print.export.sheets.detail'),
    rows,
    numberFormats: { 5: YUAN_FORMAT },
    widths: [16, 14, 20, 14, 10, 14],
  };
}
