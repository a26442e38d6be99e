// The Excel files as the township finance office opens them: read back with SheetJS, the
// header row in Chinese, amounts as numbers in 元 with two decimals, a totals row, ID
// numbers and accounts masked for staff, and the township summary adding up per village
// and item without counting a corrected batch twice.
import * as XLSX from '@e965/xlsx';
import i18next from 'i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, resetAppState } from '../../app/test-render-app';
import { uuidv7 } from '../../domain/uuid';
import {
  testBatch,
  testLines,
  TEST_TOWNSHIP_CODE,
  TEST_VILLAGE_CODE,
} from '../../../test/fixtures/print-fixtures';
import { buildBatchXlsx, buildTownshipSummaryXlsx } from './xlsx-export';

beforeEach(resetAppState);

function sheetRows(bytes: ArrayBuffer, index: number) {
  const workbook = XLSX.read(new Uint8Array(bytes), { type: 'array', cellNF: true });
  const name = workbook.SheetNames[index] ?? '';
  const sheet = workbook.Sheets[name]!;
  return {
    name,
    sheet,
    rows: XLSX.utils.sheet_to_json<(string | number | null)[]>(sheet, {
      header: 1,
      defval: null,
    }),
  };
}

describe('batch export', () => {
  it('writes every line with staff masking, amounts in 元 and a totals row', async () => {
    const db = freshDatabase();
    const batch = testBatch();
    const lines = testLines(batch, 25);
    await db.batches.add(batch);
    await db.lines.bulkAdd(lines);

    const file = await buildBatchXlsx(db, batch.id, i18next.t);
    expect(file.fileName).toBe('小松村2025年耕地地力保护补贴发放结果公示（明细）.xlsx');

    const { name, sheet, rows } = sheetRows(file.bytes, 0);
    expect(name).toBe('发放明细');
    expect(rows[0]).toEqual([
      '序号',
      '村民小组',
      '姓名',
      '身份证号（前6位后4位）',
      '一卡通账号（后4位）',
      '单位',
      '数量',
      '发放日期',
      '标准（元）',
      '金额（元）',
      '金额已调整',
      '调整原因',
      '备注',
    ]);
    expect(rows).toHaveLength(1 + lines.length + 1);
    const first = rows[1]!;
    expect(first.slice(0, 10)).toEqual([
      1,
      '第一组',
      '赖国华',
      expect.stringMatching(/^360735\*{8}\d{3}[\dX]$/),
      expect.stringMatching(/^\*{4} \d{4}$/),
      '亩',
      1.25,
      '2025-06-28',
      107.5,
      134.38,
    ]);
    // Numbers, shown with two decimals: 134.38 is a number cell formatted #,##0.00.
    expect(sheet['J2']).toMatchObject({ t: 'n', v: 134.38, z: '#,##0.00' });

    const totalFen = lines.reduce((sum, line) => sum + line.amountFen, 0);
    const totalRow = rows.at(-1)!;
    expect(totalRow[0]).toBe('合计');
    expect(totalRow[9]).toBe(totalFen / 100);
    expect(totalRow[6]).toBe(lines.reduce((sum, line) => sum + line.quantityCenti, 0) / 100);

    const allText = JSON.stringify(rows);
    for (const line of lines) {
      expect(allText).not.toContain(line.idNumber);
      expect(allText).not.toContain(line.account);
    }

    const info = sheetRows(file.bytes, 1);
    expect(info.name).toBe('批次信息');
    expect(info.rows).toContainEqual(['政策依据', '赣财农〔2025〕12号']);
    expect(info.rows).toContainEqual(['审核状态', '草稿']);
  });

  it('refuses a batch this device does not hold', async () => {
    await expect(buildBatchXlsx(freshDatabase(), 'missing', i18next.t)).rejects.toThrow(
      'batch-not-found',
    );
  });
});

describe('township summary export', () => {
  it('adds up households and amounts per village and item, a corrected batch once', async () => {
    const db = freshDatabase();
    const otherVillage = `${TEST_TOWNSHIP_CODE}201`;
    const land = testBatch({ state: 'published' });
    const elderly = testBatch({
      id: uuidv7(1_760_000_000_100),
      item: '高龄津贴',
      unit: '人',
    });
    const original = testBatch({ id: uuidv7(1_760_000_000_200), villageCode: otherVillage });
    const correction = testBatch({
      id: uuidv7(1_760_000_000_300),
      villageCode: otherVillage,
      correctsId: original.id,
    });
    const lastYear = testBatch({ id: uuidv7(1_760_000_000_400), year: 2024 });
    const batches = [land, elderly, original, correction, lastYear];
    const linesByBatch = new Map([
      [land.id, testLines(land, 10)],
      [elderly.id, testLines(elderly, 3, 60000)],
      [original.id, testLines(original, 4)],
      [correction.id, testLines(correction, 5)],
      [lastYear.id, testLines(lastYear, 7)],
    ]);
    await db.batches.bulkAdd(batches);
    await db.lines.bulkAdd([...linesByBatch.values()].flat());
    const fen = (id: string) =>
      (linesByBatch.get(id) ?? []).reduce((sum, line) => sum + line.amountFen, 0);

    const file = await buildTownshipSummaryXlsx(db, TEST_TOWNSHIP_CODE, 2025, i18next.t);
    expect(file.fileName).toBe('小松镇2025年惠民惠农补贴发放汇总.xlsx');
    const { name, rows } = sheetRows(file.bytes, 0);
    expect(name).toBe('分村汇总');
    expect(rows[0]?.[0]).toBe('小松镇2025年惠民惠农补贴发放汇总');
    // Items in pinyin order: 高龄 (gao) before 耕地 (geng).
    expect(rows[1]).toEqual([
      '村（居）',
      '区划代码',
      '高龄津贴',
      null,
      '耕地地力保护补贴',
      null,
      '合计金额（元）',
    ]);
    expect(rows[2]).toEqual([
      null,
      null,
      '户（人）数',
      '金额（元）',
      '户（人）数',
      '金额（元）',
      null,
    ]);

    const row = (code: string) => rows.find((r) => r[1] === code);
    expect(row(TEST_VILLAGE_CODE)).toEqual([
      '小松村委会',
      TEST_VILLAGE_CODE,
      3,
      fen(elderly.id) / 100,
      10,
      fen(land.id) / 100,
      (fen(land.id) + fen(elderly.id)) / 100,
    ]);
    // Only the correction counts, not the list it replaced; last year's batch not at all.
    expect(row(otherVillage)?.slice(2, 6)).toEqual([null, null, 5, fen(correction.id) / 100]);
    const total = rows.at(-1)!;
    expect(total[0]).toBe('合计');
    expect(total.slice(2)).toEqual([
      3,
      fen(elderly.id) / 100,
      15,
      (fen(land.id) + fen(correction.id)) / 100,
      (fen(land.id) + fen(elderly.id) + fen(correction.id)) / 100,
    ]);
    // Every village of the township is listed, also those with nothing on this device.
    expect(rows.length).toBeGreaterThan(3 + 2 + 1);

    const list = sheetRows(file.bytes, 1);
    expect(list.name).toBe('批次清单');
    expect(list.rows).toHaveLength(1 + 3);
    expect(list.rows).toContainEqual([
      '小松村委会',
      TEST_VILLAGE_CODE,
      '耕地地力保护补贴',
      '已公开',
      10,
      fen(land.id) / 100,
    ]);
  });
});
