// The import from file bytes to preview, on generated sheets with each quirk township
// sheets have. Runs the same functions the worker runs, without the worker.
import { describe, expect, it } from 'vitest';
import type { ColumnMapping, ImportContext } from '../../domain/import/import-types';
import * as fixtures from '../../../test/fixtures/spreadsheets/spreadsheet-fixtures';
import { analyseFile, previewSheet, type AnalysisResult } from './import-analysis';

const CONTEXT: ImportContext = {
  batchRateFen: 11250,
  duplicates: { inThisBatch: new Set(), inOtherBatches: new Map() },
  today: '2026-01-01',
};

function analyse(
  fixture: fixtures.SpreadsheetFixture,
  remembered: Record<string, ColumnMapping> = {},
) {
  return analyseFile(fixture.name, fixture.bytes, { remembered, context: CONTEXT });
}

function previewOf(result: AnalysisResult) {
  if (result.kind !== 'preview')
    throw new Error(`expected a preview, got ${JSON.stringify(result)}`);
  return result.preview;
}

describe('a clean township sheet', () => {
  it('reads every household under the title rows, 合计 not imported', () => {
    const preview = previewOf(analyse(fixtures.cleanXlsx(30)).result);
    expect(preview.problems).toEqual([]);
    expect(preview.lines).toHaveLength(30);
    expect(preview.totalRows).toEqual([34]);
    expect(preview.headerRow).toBe(3);
    const first = fixtures.person(0);
    expect(preview.lines[0]).toMatchObject({
      row: 4,
      name: first.name,
      idNumber: first.idNumber,
      amountFen: first.amountFen,
      rateFen: 11250,
    });
    expect(preview.lines[0]?.namePinyin).not.toBe('');
  });

  it('reports a 合计 that does not match the lines', () => {
    const preview = previewOf(analyse(fixtures.cleanXlsx(5, { total: 'wrong' })).result);
    expect(preview.lines).toHaveLength(5);
    expect(preview.problems.map((p) => [p.code, p.row])).toEqual([['total-mismatch', 9]]);
  });
});

describe('CSV encodings', () => {
  it.each([
    ['GBK', fixtures.gbkCsv()],
    ['UTF-8', fixtures.utf8Csv()],
    ['UTF-8 with BOM', fixtures.bomCsv()],
  ])('%s: names and IDs come through intact', (_encoding, fixture) => {
    const preview = previewOf(analyse(fixture).result);
    expect(preview.problems).toEqual([]);
    expect(preview.lines.map((l) => l.name)).toEqual(
      [0, 1, 2, 3, 4].map((n) => fixtures.person(n).name),
    );
    expect(preview.lines[4]?.idNumber).toBe(fixtures.person(4).idNumber);
  });

  it.each([
    ['3.60735E+17', fixtures.scientificIdCsv()],
    ['trailing zeros', fixtures.zeroedIdCsv()],
  ])('IDs damaged by Excel (%s) are never imported', (_what, fixture) => {
    const preview = previewOf(analyse(fixture).result);
    expect(preview.lines).toEqual([]);
    expect(preview.problems.map((p) => p.code)).toEqual(Array(3).fill('id-stored-as-number'));
  });
});

describe('the quirky sheet', () => {
  it('lists every problem by row and column and keeps only the valid rows', () => {
    const preview = previewOf(analyse(fixtures.quirkyXlsx()).result);
    expect(preview.lines.map((l) => l.row)).toEqual(fixtures.QUIRKY_VALID_ROWS);
    expect(preview.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [5, 2, 'missing-name'],
      [6, 3, 'id-bad-checksum'],
      [7, 7, 'amount-mismatch'],
      [8, 3, 'duplicate-in-file'],
      [9, 3, 'id-stored-as-number'],
      [10, 3, 'id-stored-as-number'],
      [12, 7, 'total-mismatch'],
    ]);
  });

  it('fills a merged group and normalises full-width digits and spaces', () => {
    const lines = previewOf(analyse(fixtures.quirkyXlsx()).result).lines;
    expect(lines[1]?.group).toBe(fixtures.person(0).group);
    expect(lines[2]).toMatchObject({
      group: '第2组',
      name: fixtures.person(8).name,
      idNumber: fixtures.person(8).idNumber,
      amountFen: fixtures.person(8).amountFen,
    });
  });
});

describe('files that are refused, saving nothing', () => {
  it.each([
    ['an empty file', fixtures.emptyFile(), 'empty-file'],
    ['a picture renamed .xlsx', fixtures.pictureRenamedXlsx(), 'not-a-spreadsheet'],
    ['a 50 MB file', fixtures.hugeFile(), 'too-large'],
    [
      'a sheet without any column we know',
      fixtures.noKnownColumnsXlsx(),
      'no-recognisable-columns',
    ],
    ['a CSV with 100,000 rows', fixtures.hundredThousandRowsCsv(), 'too-many-rows'],
  ])('%s', (_what, fixture, code) => {
    const { result, sheet } = analyse(fixture);
    expect(result).toMatchObject({ kind: 'file-error', code });
    expect(sheet).toBeNull();
  });

  it('an .xlsx with 100,000 rows', () => {
    expect(analyse(fixtures.hundredThousandRowsXlsx()).result).toMatchObject({
      kind: 'file-error',
      code: 'too-many-rows',
    });
  }, 30_000);
});

describe('the mapping step', () => {
  it('asks about columns it does not know, then previews with the answer', () => {
    const { result, sheet } = analyse(fixtures.unknownColumnXlsx());
    expect(result).toMatchObject({
      kind: 'needs-mapping',
      question: { suggested: ['name', 'idNumber', null, null], missing: ['amount'] },
    });
    const mapping: ColumnMapping = ['name', 'idNumber', 'amount', 'ignore'];
    const preview = previewOf(previewSheet(sheet!, mapping, CONTEXT));
    expect(preview.lines).toHaveLength(3);
    expect(preview.problems).toEqual([]);
  });

  it('uses a remembered mapping for the same headers without asking', () => {
    const first = analyse(fixtures.unknownColumnXlsx()).result;
    if (first.kind !== 'needs-mapping') throw new Error('expected a question');
    const remembered = {
      [first.question.signature]: ['name', 'idNumber', 'amount', 'ignore'] as ColumnMapping,
    };
    expect(previewOf(analyse(fixtures.unknownColumnXlsx(), remembered).result).lines).toHaveLength(
      3,
    );
  });
});
