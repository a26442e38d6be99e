// A payout batch through the review chain, on three devices. The cadre enters a household
// and submits the batch; the village supervision committee opens it from its queue and
// checks it; the township reviewer opens it, is refused until 已保密审查 is ticked, and
// approves it. Each step syncs through the real server, which re-decides it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFakeIdNumber } from '../../src/domain/fixtures-id';
import { wcagViolations } from './helpers/axe-violations';
import { launchBrowser } from './helpers/launch-browser';
import { t } from './helpers/locale-text';
import { startServer, type RunningServer } from './helpers/start-server';
import { ReviewBatchPage } from './pages/batch-review-page';
import { ReviewPage } from './pages/review-page';
import { DEMO_PASSWORD, signedInPage, SYNC_WAIT_MS } from './pages/staff-session';
import { VillagePage } from './pages/village-page';

const VILLAGE_CODE = '360735101200';
const VILLAGE_NAME = '小松村委会';
const DRAFT = { year: '2025', item: '耕地地力保护补贴', unit: '亩', rateText: '112.5元/亩' };

describe('a payout batch through the review chain', () => {
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function signedIn(username: string): Promise<Page> {
    const page = await signedInPage(browser, server.url, username);
    contexts.push(page.context());
    return page;
  }

  async function expectNoAxeViolations(page: Page): Promise<void> {
    expect(await wcagViolations(page)).toEqual([]);
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'cunwu-e2e-batch-review-'));
    server = await startServer({ dataDir, env: { DEMO_PASSWORD } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    await browser?.close();
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('submitted by the cadre, checked by the committee, approved with 已保密审查', async () => {
    // --- the cadre enters one household and submits the batch ---
    const cadrePage = await signedIn(`cadre-${VILLAGE_CODE}`);
    const village = new VillagePage(cadrePage, server.url);
    await village.openVillage(VILLAGE_CODE);
    await village.saveDraft(DRAFT);
    await village.batchList.getByRole('link', { name: t('batch.title', DRAFT) }).click();
    await cadrePage.getByRole('heading', { level: 1, name: t('batch.title', DRAFT) }).waitFor();
    const batchId = new URL(cadrePage.url()).pathname.split('/').pop() ?? '';
    await cadrePage.getByRole('button', { name: t('lines.list.add') }).click();
    await cadrePage.getByLabel(t('lines.form.fields.name'), { exact: true }).fill('曾国华');
    await cadrePage
      .getByLabel(t('lines.form.fields.idNumber'), { exact: true })
      .fill(makeFakeIdNumber('360735', '1968-03-12', 113));
    await cadrePage.getByLabel(t('lines.form.fields.quantity', { unit: '亩' })).fill('3');
    await cadrePage.getByLabel(t('lines.form.fields.rate', { unit: '亩' })).fill('112.5');
    await cadrePage.getByRole('button', { name: t('lines.form.save') }).click();
    await cadrePage.getByText(t('lines.form.saved', { name: '曾国华' })).waitFor();
    await cadrePage.getByRole('button', { name: t('lines.submit.button'), exact: true }).click();
    await cadrePage.getByText(t('lines.submit.submitted')).waitFor();
    await village.syncSummary(0).waitFor({ timeout: SYNC_WAIT_MS });

    // --- the village supervision committee opens it from its queue and checks it ---
    const supervisorPage = await signedIn(`supervisor-${VILLAGE_CODE}`);
    const queue = new ReviewPage(supervisorPage, server.url);
    await queue.openReview();
    await queue
      .villageSection(VILLAGE_NAME)
      .getByRole('link', { name: t('batch.title', DRAFT), exact: true })
      .click();
    const supervisor = new ReviewBatchPage(supervisorPage, server.url);
    await supervisor.stateSentence('submitted').waitFor();
    expect(new URL(supervisorPage.url()).pathname).toBe(`/review/batches/${batchId}`);
    expect(await supervisor.approveButton.count()).toBe(0);
    await supervisor.checkButton.click();
    await supervisor.done('checked').waitFor();
    await supervisor.syncSummary(0).waitFor({ timeout: SYNC_WAIT_MS });

    // --- the township reviewer approves it, only with the tick ---
    const reviewer = new ReviewBatchPage(await signedIn('reviewer'), server.url);
    await reviewer.openBatch(batchId);
    await reviewer.stateSentence('checked').waitFor();
    await reviewer.totals
      .getByText(t('lines.totals.summary', { count: 1, amount: '337.50' }))
      .waitFor();
    await reviewer.privacyRegion.getByText(t('reviewer.privacy.none')).waitFor();
    await reviewer.approveButton.click();
    await reviewer.alert.filter({ hasText: t('errors.privacy-check-required') }).waitFor();
    await expectNoAxeViolations(reviewer.page);
    await reviewer.privacyTick.check();
    await reviewer.approveButton.click();
    await reviewer.done('approved').waitFor();
    await reviewer.syncSummary(0).waitFor({ timeout: SYNC_WAIT_MS });

    // The server accepted it: after a fresh sync the batch is still published.
    await reviewer.page.reload();
    await reviewer.syncSummary(0).waitFor({ timeout: SYNC_WAIT_MS });
    await reviewer.stateSentence('published').waitFor();
    await reviewer.page
      .getByRole('region', { name: t('reviewer.history.heading') })
      .getByText(new RegExp(t('reviewer.history.action.approve')))
      .waitFor();
  });
});
