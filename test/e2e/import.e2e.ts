// A cadre imports the township's spreadsheet on the phone with no signal. Signed in once,
// the cadre goes offline, creates the year's draft batch, opens its import and chooses a
// sheet with the usual damage (title rows, merged cells, a wrong check digit, an ID that
// Excel turned into 3.60735E+17, a duplicate, a wrong 合计). Every problem is listed by row
// before anything is saved; the cadre imports only the valid rows and sees them listed.
// Also: a photo renamed .xlsx is refused in words and saves nothing.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as fixtures from '../fixtures/spreadsheets/spreadsheet-fixtures';
import { wcagViolations } from './helpers/axe-violations';
import { launchBrowser } from './helpers/launch-browser';
import { startServer, type RunningServer } from './helpers/start-server';
import { BatchImportPage, importText } from './pages/batch-import-page';
import { DEMO_CADRE, DEMO_PASSWORD, signInAndSync } from './pages/staff-session';
import { VillagePage } from './pages/village-page';

const VILLAGE_CODE = '360735101200';
const DRAFT = { year: '2025', item: '退耕还林补助', unit: '亩', rateText: '112.5元/亩' };

function asFile(fixture: fixtures.SpreadsheetFixture) {
  return {
    name: fixture.name,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(fixture.bytes),
  };
}

describe('importing the township spreadsheet offline', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await startServer({ env: { DEMO_PASSWORD } });
    browser = await launchBrowser();
  });

  afterEach(async () => {
    await context?.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists every problem by row, imports only the valid rows, and lists them', async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    await signInAndSync(page, server.url, DEMO_CADRE);
    const village = new VillagePage(page, server.url);
    await village.saveDraftButton.waitFor();
    await village.waitUntilReadyOffline();

    await context.setOffline(true);
    await village.saveDraft(DRAFT);
    const batchPage = new BatchImportPage(page, server.url);
    const batchId = await batchPage.newestBatchId();
    await batchPage.openBatch(VILLAGE_CODE, batchId);
    await batchPage.openImport();

    await batchPage.fileInput.setInputFiles(asFile(fixtures.quirkyXlsx()));
    await batchPage.previewHeading.waitFor();
    await page
      .getByText(importText('preview.summary', { rows: 9, valid: 3, invalid: 6 }))
      .waitFor();
    expect(await batchPage.problemOfRow(5).textContent()).toContain(
      importText('problems.missing-name'),
    );
    expect(await batchPage.problemOfRow(6).textContent()).toContain(
      importText('problems.id-bad-checksum'),
    );
    expect(await batchPage.problemOfRow(6).textContent()).toContain('D 列“身份证号码”');
    expect(await batchPage.problemOfRow(9).textContent()).toContain(
      importText('problems.id-stored-as-number'),
    );
    expect(await batchPage.problemOfRow(10).textContent()).toContain(
      importText('problems.id-stored-as-number'),
    );
    expect(await batchPage.problemOfRow(8).textContent()).toContain(
      importText('problems.duplicate-in-file', { firstRow: 3 }),
    );
    expect(await batchPage.problemOfRow(12).textContent()).toContain('1.00');

    expect(await wcagViolations(page)).toEqual([]);

    await batchPage.importValidButton(3).click();
    await batchPage.doneStatus(3).waitFor();
    await batchPage.lineTable(3).waitFor();
    for (const n of [0, 1, 8]) {
      await batchPage.lineTable(3).getByText(fixtures.person(n).name).first().waitFor();
    }
    // Still offline: the three lines wait to be sent, with the batch itself.
    await village.syncSummary(4).waitFor();
  });

  it('a photo renamed .xlsx is refused in words and nothing is saved', async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    const village = new VillagePage(page, server.url);
    await village.openVillage(VILLAGE_CODE);
    await village.saveDraft(DRAFT);
    const batchPage = new BatchImportPage(page, server.url);
    await batchPage.openBatch(VILLAGE_CODE, await batchPage.newestBatchId());
    await batchPage.openImport();
    await batchPage.fileInput.setInputFiles(asFile(fixtures.pictureRenamedXlsx()));
    await batchPage.fileError
      .filter({ hasText: importText('fileErrors.not-a-spreadsheet') })
      .waitFor();
    expect(await batchPage.fileError.textContent()).toContain(importText('nothingSaved'));
    await batchPage.emptyLineList.waitFor();
  });
});
