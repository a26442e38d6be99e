// The export buttons as a cadre and a township reviewer use them: one tap builds the file
// from this device's data, hands it to the download manager and says so in words.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase, resetAppState } from '../../app/test-render-app';
import { uuidv7 } from '../../domain/uuid';
import { testBatch, testLines, TEST_TOWNSHIP_CODE } from '../../../test/fixtures/print-fixtures';
import { ExportBatchButton } from './ExportBatchButton';
import { TownshipSummaryExportButton } from './TownshipSummaryExportButton';

let downloads: { name: string; blob: Blob }[] = [];

beforeEach(async () => {
  await resetAppState();
  downloads = [];
  const blobs = new Map<string, Blob>();
  // jsdom has no object URLs; keep the blob so the test can see what was downloaded.
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: () => {},
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ name: this.download, blob: blobs.get(this.href) ?? new Blob() });
  });
});

afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
  vi.restoreAllMocks();
});

// The first export loads the spreadsheet library, which takes seconds on a busy machine.
const EXPORT_WAIT = { timeout: 20_000 };
const SLOW_TEST_MS = 30_000;

describe('export buttons', () => {
  it(
    'downloads the batch as .xlsx and names the file in words',
    async () => {
      const db = freshDatabase();
      const batch = testBatch();
      await db.batches.add(batch);
      await db.lines.bulkAdd(testLines(batch, 3));
      render(<ExportBatchButton batchId={batch.id} />);

      await userEvent.setup().click(screen.getByRole('button', { name: '导出 Excel' }));
      const fileName = '小松村2025年耕地地力保护补贴发放结果公示（明细）.xlsx';
      expect(await screen.findByText(`已导出：${fileName}`, {}, EXPORT_WAIT)).toBeInTheDocument();
      expect(downloads).toHaveLength(1);
      expect(downloads[0]?.name).toBe(fileName);
      expect(downloads[0]?.blob.type).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
    },
    SLOW_TEST_MS,
  );

  it(
    'offers the years on this device, newest first, and exports the chosen one',
    async () => {
      const db = freshDatabase();
      const thisYear = testBatch();
      const lastYear = testBatch({ id: uuidv7(1_760_000_000_500), year: 2024 });
      await db.batches.bulkAdd([thisYear, lastYear]);
      await db.lines.bulkAdd([...testLines(thisYear, 2), ...testLines(lastYear, 2)]);
      render(<TownshipSummaryExportButton townshipCode={TEST_TOWNSHIP_CODE} />);

      const user = userEvent.setup();
      const year = await screen.findByRole('combobox', { name: '汇总年度' });
      expect(year).toHaveValue('2025');
      expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['2025', '2024']);
      await user.selectOptions(year, '2024');
      await user.click(screen.getByRole('button', { name: '导出乡镇汇总表（Excel）' }));
      expect(
        await screen.findByText('已导出：小松镇2024年惠民惠农补贴发放汇总.xlsx', {}, EXPORT_WAIT),
      ).toBeInTheDocument();
      expect(downloads.map((d) => d.name)).toEqual(['小松镇2024年惠民惠农补贴发放汇总.xlsx']);
    },
    SLOW_TEST_MS,
  );

  it('says there is nothing to sum up before the township has synced', async () => {
    freshDatabase();
    render(<TownshipSummaryExportButton townshipCode={TEST_TOWNSHIP_CODE} />);
    expect(await screen.findByText('本机还没有本乡镇的发放批次，请先同步。')).toBeInTheDocument();
  });
});
