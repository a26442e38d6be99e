// The paper notice as it comes out of the printer. A cadre of 小松村 signs in, the demo
// batches sync to the phone, and she prints one that is still under review (about 280
// households). Chromium renders the print route to an A4 landscape PDF, and the text of
// every PDF page is checked the way a resident reads the board: the title, the column
// headings on every sheet, each sheet's subtotal and the grand total, the 草稿 mark (the
// batch is not published), names in the board form and no ID number or account anywhere.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFen } from '../../src/domain/money';
import type { PayoutBatch, PayoutLine } from '../../src/domain/payout';
import { paginateRows } from '../../src/features/print/print-pagination';
import { toPrintedRows } from '../../src/features/print/print-rows';
import { launchBrowser } from './helpers/launch-browser';
import { horizontalOverflowPx } from './helpers/layout-checks';
import { foldPdfText, pdfPageTexts } from './helpers/pdf-text';
import { repoRoot, startServer, type RunningServer } from './helpers/start-server';
import { DEMO_CADRE, DEMO_PASSWORD, signInAndSync } from './pages/staff-session';

const VILLAGE_CODE = '360735101200';
const SYNC_WAIT_MS = 60_000;

type Strings = Record<string, string | Record<string, string>>;
const PRINT = (
  JSON.parse(readFileSync(path.join(repoRoot, 'src/i18n/locales/zh-CN/print.json'), 'utf8')) as {
    print: Strings;
  }
).print;
const TABLE = PRINT.table as Record<string, string>;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

interface LocalBatch {
  batch: PayoutBatch;
  lines: PayoutLine[];
}

/**
 * The village's batches as the phone holds them, read straight from IndexedDB, each with
 * its lines: the test prints what this device would print.
 */
function readLocalBatches(page: Page, villageCode: string): Promise<LocalBatch[]> {
  return page.evaluate(
    (code) =>
      new Promise<LocalBatch[]>((resolve, reject) => {
        const open = indexedDB.open('cunwu');
        // Not created yet: leave it to the app rather than create an empty one.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const db = open.result;
          try {
            const tx = db.transaction(['batches', 'lines'], 'readonly');
            const batchesRequest = tx.objectStore('batches').getAll();
            const linesRequest = tx.objectStore('lines').getAll();
            tx.oncomplete = () => {
              db.close();
              const lines = (linesRequest.result as PayoutLine[]).filter(
                (line) => line.villageCode === code,
              );
              resolve(
                (batchesRequest.result as PayoutBatch[])
                  .filter((batch) => batch.villageCode === code)
                  .map((batch) => ({
                    batch,
                    lines: lines.filter((line) => line.batchId === batch.id),
                  })),
              );
            };
            tx.onerror = () => {
              db.close();
              reject(tx.error);
            };
          } catch {
            db.close();
            resolve([]);
          }
        };
      }),
    villageCode,
  );
}

/** The biggest batch not yet published, once the synced line counts stop changing. */
async function waitForDraftBatch(page: Page): Promise<LocalBatch> {
  const deadline = Date.now() + SYNC_WAIT_MS;
  let previous = -1;
  while (Date.now() < deadline) {
    const unpublished = (await readLocalBatches(page, VILLAGE_CODE))
      .filter((b) => b.batch.state !== 'published')
      .sort((a, b) => b.lines.length - a.lines.length);
    const biggest = unpublished[0];
    const count = biggest?.lines.length ?? 0;
    if (biggest && count >= 150 && count === previous) return biggest;
    previous = count;
    await page.waitForTimeout(1_000);
  }
  throw new Error('the demo batches did not sync to the phone');
}

describe('printing a payout batch for the village board', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ env: { DEMO_PASSWORD } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('prints an A4 landscape notice whose every page reads right', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAndSync(page, server.url, DEMO_CADRE);
    const { batch, lines } = await waitForDraftBatch(page);

    await page.goto(`${server.url}/village/${VILLAGE_CODE}/batch/${batch.id}/print`);
    const title = fill(PRINT.title as string, {
      village: '小松村',
      year: batch.year,
      item: batch.item,
    });
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('button', { name: PRINT.printButton as string }).waitFor();

    // On a 320 px phone the screen view reflows; only the table scrolls, inside its region.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await horizontalOverflowPx(page)).toBe(0);

    const pdf = await page.pdf({ landscape: true, format: 'A4' });
    const texts = await pdfPageTexts(pdf);

    // The pages Chromium printed are exactly the pages the notice computed.
    const rows = toPrintedRows(lines);
    const { pages, grandTotal } = paginateRows(rows);
    expect(pages.length).toBeGreaterThan(5);
    expect(texts).toHaveLength(pages.length);

    expect(foldPdfText(texts[0]!)).toContain(foldPdfText(title));
    texts.forEach((text, i) => {
      const flat = foldPdfText(text);
      const computed = pages[i]!;
      // Column headings, page number and the draft mark on every sheet.
      for (const heading of [TABLE.seq, TABLE.group, TABLE.name, TABLE.rate, TABLE.amount]) {
        expect(flat, `page ${i + 1}`).toContain(foldPdfText(heading!));
      }
      expect(flat).toContain(
        foldPdfText(fill(PRINT.pageNumber as string, { page: i + 1, pages: pages.length })),
      );
      expect(flat).toContain(foldPdfText(PRINT.draftMark as string));
      expect(flat).toContain(foldPdfText(PRINT.draftNotice as string));
      // This sheet's subtotal: its households and its amount.
      expect(flat).toContain(
        foldPdfText(
          `${TABLE.pageTotal}${fill(TABLE.households!, { households: computed.rows.length })}`,
        ),
      );
      expect(flat).toContain(formatFen(computed.totals.amountFen));
      // Each recipient on the sheet by name, as the board shows names.
      for (const row of computed.rows) expect(flat).toContain(foldPdfText(row.name));
      // Never a full ID number (18 digits, or 17 and X) nor an account.
      expect(text).not.toMatch(/\d{17}[\dX]/);
    });

    const all = foldPdfText(texts.join(''));
    for (const line of lines) {
      expect(all).not.toContain(line.idNumber);
      expect(all).not.toContain(line.account);
    }
    // The grand total on the last page only, matching the sum of every line.
    const totalFen = lines.reduce((sum, line) => sum + line.amountFen, 0);
    expect(grandTotal.amountFen).toBe(totalFen);
    const grandRow = foldPdfText(
      `${TABLE.grandTotal}${fill(TABLE.households!, { households: lines.length })}`,
    );
    expect(foldPdfText(texts.at(-1)!)).toContain(grandRow);
    expect(foldPdfText(texts.at(-1)!)).toContain(formatFen(totalFen));
    texts.slice(0, -1).forEach((text) => expect(foldPdfText(text)).not.toContain(grandRow));

    await context.close();
  }, 180_000);
});
