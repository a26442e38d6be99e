// The print screen as a cadre opens it: the notice's title, header and pages from the
// device's database, the 草稿 mark until the batch is published, the fingerprint once it
// is, and never a full ID number or account anywhere in the page.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase, renderApp, resetAppState } from '../../app/test-render-app';
import { formatFen } from '../../domain/money';
import { FIRST_PAGE_ROWS, ROWS_PER_PAGE } from './print-pagination';
import { testBatch, testLines, TEST_VILLAGE_CODE } from '../../../test/fixtures/print-fixtures';

const TITLE = '小松村2025年耕地地力保护补贴发放结果公示';
const SHA = '3f2a9c017be4d5a8' + 'ab'.repeat(24);

beforeEach(resetAppState);
afterEach(() => vi.restoreAllMocks());

async function openPrint(batch = testBatch(), lineCount = 40) {
  const db = freshDatabase();
  const lines = testLines(batch, lineCount);
  await db.batches.add(batch);
  await db.lines.bulkAdd(lines);
  const app = renderApp(`/village/${TEST_VILLAGE_CODE}/batch/${batch.id}/print`, db);
  await screen.findByRole('heading', { level: 1, name: TITLE });
  return { ...app, batch, lines };
}

function pages(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('.print-page')];
}

// Each test opens the route's lazily loaded screen, which takes seconds on a busy machine.
describe('print screen', { timeout: 30_000 }, () => {
  it('prints a draft with the 草稿 mark on every page, page subtotals and the total', async () => {
    const { container, lines, batch } = await openPrint();
    const printed = pages(container);
    const expectedPages = 1 + Math.ceil((lines.length - FIRST_PAGE_ROWS) / ROWS_PER_PAGE);
    expect(printed).toHaveLength(expectedPages);
    printed.forEach((page, i) => {
      expect(page).toHaveTextContent('草稿：尚未审核发布，不得张贴');
      expect(page).toHaveTextContent(`第 ${i + 1} 页 共 ${expectedPages} 页`);
      // The column headings on every page.
      const headings = within(page)
        .getAllByRole('columnheader')
        .map((th) => th.textContent);
      expect(headings).toEqual(expect.arrayContaining(['序号', '姓名', '金额（元）']));
    });

    // Page 2 holds the next ROWS_PER_PAGE lines in print order; its subtotal is theirs alone.
    const page2Rows = [...printed[1]!.querySelectorAll('tr')];
    const subtotal = page2Rows.find((row) => row.textContent?.startsWith('本页小计'));
    const amounts = page2Rows
      .slice(1, 1 + ROWS_PER_PAGE)
      .map((row) => Number(row.lastElementChild?.textContent?.replace(/,/g, '')) * 100);
    expect(amounts).toHaveLength(ROWS_PER_PAGE);
    expect(subtotal).toHaveTextContent(
      formatFen(Math.round(amounts.reduce((sum, fen) => sum + fen, 0))),
    );

    // The grand total once, on the last page, and in the header's summary.
    const totalFen = lines.reduce((sum, line) => sum + line.amountFen, 0);
    const grand = [...container.querySelectorAll('tr')].filter((row) =>
      row.textContent?.startsWith('合计'),
    );
    expect(grand).toHaveLength(1);
    expect(printed.at(-1)).toContainElement(grand[0]!);
    expect(grand[0]).toHaveTextContent(formatFen(totalFen));
    expect(printed[0]).toHaveTextContent(`共 ${lines.length} 户（人），${formatFen(totalFen)} 元`);

    // Header fields and the QR code to the public page of this batch.
    expect(printed[0]).toHaveTextContent('政策依据：赣财农〔2025〕12号');
    expect(printed[0]).toHaveTextContent('监督举报电话：0797-5712345');
    expect(printed[0]).toHaveTextContent('公示期：发布之日起不少于 7 个工作日，发布后确定');
    expect(
      screen.getByRole('img', {
        name: new RegExp(`/v/${TEST_VILLAGE_CODE}\\?batch=${batch.id}$`),
      }),
    ).toBeInTheDocument();
    expect(container).not.toHaveTextContent('数字指纹');
  });

  it('shows no full ID number, birth date or account anywhere in the page', async () => {
    const { lines } = await openPrint();
    const text = document.body.textContent ?? '';
    expect(text).not.toMatch(/\d{17}[\dX]/);
    for (const line of lines) {
      expect(text).not.toContain(line.idNumber);
      expect(text).not.toContain(line.account);
      expect(text).not.toContain(line.account.slice(-8));
    }
    // Names repeat in this list, so those rows carry first 6 + last 4 only.
    expect(text).toMatch(/360735\*{8}\d{3}[\dX]/);
  });

  it('prints a published batch without the draft mark, with its period and fingerprint', async () => {
    const publishedAt = Date.UTC(2025, 10, 3, 2, 0); // Monday 2025-11-03 in China
    const batch = testBatch({ state: 'published', publishedAt, publishedSha256: SHA });
    const { container } = await openPrint(batch, 5);
    expect(pages(container)).toHaveLength(1);
    expect(container).not.toHaveTextContent('草稿');
    expect(container).toHaveTextContent('公示期：2025年11月3日至2025年11月11日');
    expect(container).toHaveTextContent('数字指纹 3f2a 9c01 7be4 d5a8');
    expect(container).toHaveTextContent(SHA);
  });

  it('prints on the button and says so when the batch is not on this device', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await openPrint(testBatch(), 3);
    await userEvent.setup().click(screen.getByRole('button', { name: '打印' }));
    expect(print).toHaveBeenCalledTimes(1);

    renderApp(`/village/${TEST_VILLAGE_CODE}/batch/not-here/print`);
    expect(
      await screen.findByText('本机没有这个发放批次。它可能还没有同步到这台设备。'),
    ).toBeInTheDocument();
  });
});
