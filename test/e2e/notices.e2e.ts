// A notice through the review chain, on three devices. The cadre drafts it on a phone with
// no signal and submits it; when the signal returns it syncs. The village supervision
// committee checks it, the township reviewer returns it with a reason, the cadre reads the
// reason, fixes the notice and submits again, the committee checks again, and the reviewer
// sees what changed and approves it only after ticking 已保密审查.
import { AxeBuilder } from '@axe-core/playwright';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './helpers/launch-browser';
import { t } from './helpers/locale-text';
import { startServer, type RunningServer } from './helpers/start-server';
import { NoticeEditorPage, ReviewNoticePage } from './pages/notice-pages';
import { VillagePage } from './pages/village-page';

const DEMO_PASSWORD = 'e2e-demo-pass-2025';
const VILLAGE_CODE = '360735101200';
const SYNC_WAIT_MS = 40_000;
const DRAFT = {
  title: '关于修建村文化广场的村民代表会议决议公开',
  body: '经村民代表会议讨论，同意修建村文化广场。\n- 预算 18 万元\n- 工期 3 个月',
  periodStart: '2026-12-01',
};
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const REASON = '请写明资金来源。';
const FIX = '资金来源为村集体经营收入。';

describe('a notice through the review chain', () => {
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function signedIn(username: string): Promise<Page> {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const login = new VillagePage(page, server.url);
    await login.open('/login');
    await page.getByLabel(t('login.account'), { exact: true }).fill(username);
    await page.getByLabel(t('login.password'), { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: t('login.submit'), exact: true }).click();
    await page.waitForURL((url) => url.pathname !== '/login');
    await login.syncSummary(0).waitFor({ timeout: SYNC_WAIT_MS });
    return page;
  }

  async function expectNoAxeViolations(page: Page): Promise<void> {
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }

  /** Reopen a screen so the device syncs on start, and wait until nothing is pending. */
  async function reopenSynced(page: ReviewNoticePage | NoticeEditorPage): Promise<void> {
    await page.reload();
    await page.syncSummary(0).waitFor({ timeout: SYNC_WAIT_MS });
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'cunwu-e2e-notices-'));
    server = await startServer({ dataDir, env: { DEMO_PASSWORD } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    await browser?.close();
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('drafted offline, returned with a reason, fixed, checked and approved', async () => {
    // --- the cadre, offline in the village ---
    const cadrePage = await signedIn(`cadre-${VILLAGE_CODE}`);
    const cadre = new NoticeEditorPage(cadrePage, server.url);
    const village = new VillagePage(cadrePage, server.url);
    await village.waitUntilReadyOffline();
    await cadrePage.context().setOffline(true);
    await cadrePage.getByRole('link', { name: t('village.noticesLink') }).click();
    await cadrePage.getByRole('link', { name: t('notices.list.new') }).click();
    await cadre.field('notices.editor.title').waitFor();
    await cadre.fillDraft(DRAFT);
    await expectNoAxeViolations(cadrePage);
    await cadre.submitNoticeButton.click();
    await cadre.stateSentence('submitted').waitFor();
    const noticeId = cadre.noticeId();
    await cadre.syncSummary(2).waitFor();

    await cadrePage.context().setOffline(false);
    await cadre.syncSummary(0).waitFor({ timeout: SYNC_WAIT_MS });

    // --- the village supervision committee checks it ---
    const supervisor = new ReviewNoticePage(
      await signedIn(`supervisor-${VILLAGE_CODE}`),
      server.url,
    );
    await supervisor.openNotice(noticeId);
    await supervisor.checkButton.click();
    await supervisor.done('checked').waitFor();
    await supervisor.syncSummary(0).waitFor({ timeout: SYNC_WAIT_MS });

    // --- the township reviewer returns it, and must give a reason ---
    const reviewer = new ReviewNoticePage(await signedIn('reviewer'), server.url);
    await reviewer.openNotice(noticeId);
    await reviewer.page.getByRole('heading', { name: DRAFT.title, exact: true }).waitFor();
    await reviewer.returnButton.click();
    await reviewer.alert.filter({ hasText: t('errors.reason-required') }).waitFor();
    await expectNoAxeViolations(reviewer.page);
    await reviewer.reasonField.fill(REASON);
    await reviewer.returnButton.click();
    await reviewer.done('returned').waitFor();
    await reviewer.syncSummary(0).waitFor({ timeout: SYNC_WAIT_MS });

    // --- the cadre reads the reason, fixes the notice and submits again ---
    await reopenSynced(cadre);
    await cadre.returnedReason(REASON).waitFor();
    await cadre.field('notices.editor.body').fill(`${DRAFT.body}\n${FIX}`);
    await cadre.submitNoticeButton.click();
    await cadre.stateSentence('submitted').waitFor();
    await cadre.syncSummary(0).waitFor({ timeout: SYNC_WAIT_MS });

    await reopenSynced(supervisor);
    await supervisor.checkButton.click();
    await supervisor.done('checked').waitFor();
    await supervisor.syncSummary(0).waitFor({ timeout: SYNC_WAIT_MS });

    // --- the reviewer sees the change and approves only with the tick ---
    await reopenSynced(reviewer);
    await reviewer.diff.getByText(t('reviewer.diff.added', { text: FIX })).waitFor();
    await reviewer.approveButton.click();
    await reviewer.alert.filter({ hasText: t('errors.privacy-check-required') }).waitFor();
    await reviewer.privacyTick.check();
    await reviewer.approveButton.click();
    await reviewer.done('approved').waitFor();
    await reviewer.syncSummary(0).waitFor({ timeout: SYNC_WAIT_MS });
    await reopenSynced(reviewer);
    await reviewer.page
      .getByRole('status')
      .filter({ hasText: t('notices.stateSentence.published') })
      .waitFor();
  }, 240_000);
});
