// Every screen staff use, each brought into the state that shows the most of it: lists
// filled with the demo village's records, a search typed, a form open with its inline
// error showing, the import preview listing problems, a decision form asking for a
// reason. Each entry says who opens it and how; the accessibility test walks them all.
import type { Page } from 'playwright-core';
import { scientificIdCsv } from '../../fixtures/spreadsheets/spreadsheet-fixtures';
import { t } from '../helpers/locale-text';
import { AppShellPage } from './app-shell-page';
import { BatchImportPage } from './batch-import-page';
import type { DemoRecords } from './demo-records';
import { LoginPage } from './login-page';
import { NoticeEditorPage, ReviewNoticePage } from './notice-pages';

export type StaffAccount = 'cadre' | 'supervisor' | 'reviewer' | 'signed-out';

export interface StaffScreen {
  name: string;
  account: StaffAccount;
  /** opens the screen in page and brings it into the state under test */
  show(page: Page, baseUrl: string, records: DemoRecords): Promise<void>;
}

/** The text of an objection raised before the test, found on the village's list. */
export const OBJECTION_TEXT = '第三组的道路硬化为什么没有包括我家门口这一段？';

async function open(page: Page, baseUrl: string, route: string): Promise<AppShellPage> {
  const shell = new AppShellPage(page, baseUrl);
  await shell.open(route);
  return shell;
}

/**
 * A review page with its decision form asking for the reason: "退回" tapped with the
 * reason left empty. Nothing is decided, so every mode can open the same item again.
 */
async function returnWithoutReason(page: Page, baseUrl: string, route: string): Promise<void> {
  const review = new ReviewNoticePage(page, baseUrl);
  await review.open(route);
  await review.returnButton.click();
  await review.alert.filter({ hasText: t('errors.reason-required') }).waitFor();
}

/** The review queue (/review) with the items synced to this device listed. */
async function showQueue(page: Page, baseUrl: string): Promise<void> {
  await open(page, baseUrl, '/review');
  await page.getByRole('main').getByRole('listitem').first().waitFor();
}

/** Visible and not the hidden template of a virtualised list. */
async function visible(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: true }).first().waitFor();
}

export function staffScreens(villageCode: string): StaffScreen[] {
  const village = `/village/${villageCode}`;
  return [
    {
      name: 'village batch list, with a refused change listed',
      account: 'cadre',
      async show(page, baseUrl) {
        await open(page, baseUrl, village);
        await page
          .getByRole('region', { name: t('batch.list.heading') })
          .getByRole('link')
          .first()
          .waitFor();
        await page.getByRole('heading', { name: t('conflicts.heading') }).waitFor();
      },
    },
    {
      name: 'batch detail: search typed, add-line form open with an inline error',
      account: 'cadre',
      async show(page, baseUrl, records) {
        await open(page, baseUrl, `${village}/batch/${records.draftBatch.id}`);
        await page.getByLabel(t('lines.filter.search')).fill(records.draftBatch.lineName);
        await page
          .getByRole('table')
          .getByRole('row')
          .filter({ hasText: records.draftBatch.lineName })
          .first()
          .waitFor();
        await page.getByRole('button', { name: t('lines.list.add') }).click();
        await page.getByRole('button', { name: t('lines.form.save') }).click();
        await page.locator('[aria-invalid="true"]').first().waitFor();
      },
    },
    {
      name: 'import panel: a CSV chosen, preview listing its problems',
      account: 'cadre',
      async show(page, baseUrl, records) {
        const batch = new BatchImportPage(page, baseUrl);
        await batch.openBatch(villageCode, records.draftBatch.id);
        await batch.openImport();
        const csv = scientificIdCsv();
        await batch.fileInput.setInputFiles({
          name: csv.name,
          mimeType: 'text/csv',
          buffer: Buffer.from(csv.bytes),
        });
        await batch.previewHeading.waitFor();
        await batch.problemList.getByRole('listitem').first().waitFor();
      },
    },
    {
      name: 'batch print page',
      account: 'cadre',
      async show(page, baseUrl, records) {
        await open(page, baseUrl, `${village}/batch/${records.draftBatch.id}/print`);
        await page.getByRole('table').first().waitFor();
      },
    },
    {
      name: 'notices list',
      account: 'cadre',
      async show(page, baseUrl, records) {
        await open(page, baseUrl, `${village}/notices`);
        await visible(page, records.draftNotice.title);
      },
    },
    {
      name: 'notice editor with the title left empty',
      account: 'cadre',
      async show(page, baseUrl, records) {
        const editor = new NoticeEditorPage(page, baseUrl);
        await editor.open(`${village}/notices/${records.draftNotice.id}`);
        await editor.field('notices.editor.title').fill('');
        await page.getByRole('button', { name: t('notices.editor.save'), exact: true }).click();
        await page.getByText(t('notices.editor.titleRequired')).first().waitFor();
      },
    },
    {
      name: 'notice detail of a published notice',
      account: 'cadre',
      async show(page, baseUrl, records) {
        await open(page, baseUrl, `${village}/notices/${records.publishedNotice.id}`);
        await page
          .getByRole('status')
          .filter({ hasText: t('notices.stateSentence.published') })
          .waitFor();
      },
    },
    {
      name: 'objections of the village',
      account: 'cadre',
      async show(page, baseUrl) {
        await open(page, baseUrl, `${village}/objections`);
        await page.getByText(OBJECTION_TEXT).first().waitFor();
      },
    },
    { name: 'review queue of the village committee', account: 'supervisor', show: showQueue },
    {
      name: 'review of a submitted batch, returned without a reason',
      account: 'supervisor',
      show: (page, baseUrl, records) =>
        returnWithoutReason(page, baseUrl, `/review/batches/${records.submittedBatch.id}`),
    },
    { name: 'township review queue', account: 'reviewer', show: showQueue },
    {
      name: 'review of a checked notice, returned without a reason',
      account: 'reviewer',
      show: (page, baseUrl, records) =>
        returnWithoutReason(page, baseUrl, `/review/notices/${records.checkedNotice.id}`),
    },
    {
      name: 'review of a checked batch, returned without a reason',
      account: 'reviewer',
      show: (page, baseUrl, records) =>
        returnWithoutReason(page, baseUrl, `/review/batches/${records.checkedBatch.id}`),
    },
    {
      name: 'township dashboard',
      account: 'reviewer',
      async show(page, baseUrl) {
        await open(page, baseUrl, '/review/dashboard');
        await page.getByRole('main').getByRole('table').first().waitFor();
      },
    },
    {
      name: 'village settings, asking to confirm full names on the phone page',
      account: 'reviewer',
      async show(page, baseUrl) {
        await open(page, baseUrl, `/review/villages/${villageCode}/settings`);
        await page.getByLabel(t('reviewer.villageSettings.phoneNames.full')).check();
        await page.getByRole('button', { name: t('reviewer.villageSettings.save') }).click();
        await page
          .getByRole('heading', { name: t('reviewer.villageSettings.confirm.heading') })
          .waitFor();
      },
    },
    {
      name: 'sign-in page after a wrong password',
      account: 'signed-out',
      async show(page, baseUrl) {
        const login = new LoginPage(page, baseUrl);
        await login.openLogin();
        await login.signIn('reviewer', 'not-the-password');
        await login.formAlert.filter({ hasText: t('errors.bad-credentials') }).waitFor();
      },
    },
  ];
}
