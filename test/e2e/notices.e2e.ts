// A notice through the review chain, on three devices. The cadre drafts it on a phone with
// no signal, attaches a photo of the board, is stopped by the privacy check for an ID number
// left in the body, removes it and submits; when the signal returns it syncs, photo
// included. The village supervision committee checks it, the township reviewer returns it
// with a reason, the cadre reads the reason, fixes the notice and submits again, the
// committee checks again, and the reviewer sees what changed and approves it only after
// ticking 已保密审查. A resident who opens the village's page without signing in then finds
// it there with its notice period.
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDateOf } from '../../src/domain/dates';
import { makeFakeIdNumber } from '../../src/domain/fixtures-id';
import { workingDaysRemaining } from '../../src/domain/working-days';
import { wcagViolations } from './helpers/axe-violations';
import { launchBrowser } from './helpers/launch-browser';
import { t } from './helpers/locale-text';
import { startServer, type RunningServer } from './helpers/start-server';
import { NoticeEditorPage, ReviewNoticePage, type PickedFile } from './pages/notice-pages';
import { PublicVillageScreen } from './pages/resident-pages';
import { DEMO_PASSWORD, signedInPage, SYNC_WAIT_MS } from './pages/staff-session';
import { VillagePage } from './pages/village-page';

const VILLAGE_CODE = '360735101200';
/** Today in China, where the notice period runs, whatever the test machine's zone. */
const chinaToday = (): string => chinaDateOf(Date.now());
const DRAFT = {
  title: '关于修建村文化广场的村民代表会议决议公开',
  body: '经村民代表会议讨论，同意修建村文化广场。\n- 预算 18 万元\n- 工期 3 个月',
  // Posted today, so the resident's page shows it in its period ("公示中 · 剩余 N 个工作日").
  periodStart: chinaToday(),
};
/** A (fictitious, check-digit-valid) ID number a cadre pasted in from the meeting minutes. */
const LEAKED_ID = makeFakeIdNumber('360735', '1968-03-14', 27);
const LEAKY_BODY = `${DRAFT.body}\n联系人身份证 ${LEAKED_ID}`;
const REASON = '请写明资金来源。';
const FIX = '资金来源为村集体经营收入。';

describe('a notice through the review chain', () => {
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function signedIn(username: string): Promise<Page> {
    const page = await signedInPage(browser, server.url, username);
    contexts.push(page.context());
    return page;
  }

  /** A real PNG photo of the board drawn on a canvas, so the phone can decode and shrink it. */
  async function boardPhoto(page: Page): Promise<PickedFile> {
    const dataUrl = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 640;
      canvas.height = 480;
      const context = canvas.getContext('2d');
      if (!context) return '';
      context.fillStyle = '#2f6b3a';
      context.fillRect(0, 0, 640, 480);
      context.fillStyle = '#f4f1e8';
      for (let i = 0; i < 6; i++) context.fillRect(40 + i * 95, 60, 80, 360);
      context.fillStyle = '#b22222';
      context.font = '48px sans-serif';
      context.fillText('公开栏', 240, 50);
      return canvas.toDataURL('image/png');
    });
    const buffer = Buffer.from(dataUrl.split(',')[1] ?? '', 'base64');
    expect(buffer.subarray(1, 4).toString('latin1')).toBe('PNG');
    return { name: '公开栏照片.png', mimeType: 'image/png', buffer };
  }

  /** GET /api/blobs/:sha256 as the signed-in cadre, the way another device of the village would. */
  async function fetchBlobAs(username: string, sha256: string): Promise<Response> {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    return fetch(`${server.url}/api/blobs/${sha256}`, {
      headers: { authorization: `Bearer ${token}` },
    });
  }

  async function expectNoAxeViolations(page: Page): Promise<void> {
    expect(await wcagViolations(page)).toEqual([]);
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

  it('drafted offline with a photo, returned, fixed, approved and shown to residents', async () => {
    // --- the cadre, offline in the village ---
    const cadreUsername = `cadre-${VILLAGE_CODE}`;
    const cadrePage = await signedIn(cadreUsername);
    const cadre = new NoticeEditorPage(cadrePage, server.url);
    const village = new VillagePage(cadrePage, server.url);
    await village.waitUntilReadyOffline();
    await cadrePage.context().setOffline(true);
    await cadrePage.getByRole('link', { name: t('village.noticesLink') }).click();
    await cadrePage.getByRole('link', { name: t('notices.list.new') }).click();
    await cadre.field('notices.editor.title').waitFor();
    await cadre.fillDraft(DRAFT);
    const periodEnd = await cadre.field('notices.period.end').inputValue();
    expect(periodEnd >= DRAFT.periodStart).toBe(true);

    // The photo is shrunk and kept on the phone, with no signal.
    await cadre.attach(await boardPhoto(cadrePage));
    await cadre.listedAttachment('公开栏照片.jpg').waitFor();

    // An ID number left in the body stops the submission, and the check says where.
    await cadre.field('notices.editor.body').fill(LEAKY_BODY);
    await cadre.submitNoticeButton.click();
    await cadre.finding('body', 'id-number', LEAKED_ID).waitFor();
    expect(await cadre.stateSentence('submitted').count()).toBe(0);
    await expectNoAxeViolations(cadrePage);

    await cadre.field('notices.editor.body').fill(DRAFT.body);
    await cadre.submitNoticeButton.click();
    await cadre.stateSentence('submitted').waitFor();
    expect(await cadre.findings.count()).toBe(0);
    const noticeId = cadre.noticeId();
    await cadre.syncSummary(2).waitFor();
    const [photo, ...others] = await cadre.localAttachments(noticeId);
    expect(others).toEqual([]);
    expect(photo?.mime).toBe('image/jpeg');

    await cadrePage.context().setOffline(false);
    await cadre.syncSummary(0).waitFor({ timeout: SYNC_WAIT_MS });

    // The server now holds the very bytes the phone kept, under their hash.
    const served = await fetchBlobAs(cadreUsername, photo?.sha256 ?? '');
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    const servedBytes = Buffer.from(await served.arrayBuffer());
    expect(servedBytes.equals(Buffer.from(photo?.base64 ?? '', 'base64'))).toBe(true);
    expect(createHash('sha256').update(servedBytes).digest('hex')).toBe(photo?.sha256);

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

    // --- a resident opens the village's page from the QR code, without signing in ---
    const residentContext = await browser.newContext();
    contexts.push(residentContext);
    const resident = new PublicVillageScreen(await residentContext.newPage(), server.url);
    await resident.openVillage(VILLAGE_CODE);
    const published = resident.openSection
      .getByRole('article')
      .filter({ has: resident.notice(DRAFT.title) });
    await published.waitFor();
    const remaining = workingDaysRemaining(chinaToday(), periodEnd);
    expect(remaining).toBeGreaterThan(0);
    await published.getByText(t('publicView.period.open', { count: remaining })).waitFor();
    await published
      .getByText(t('publicView.period.range', { start: DRAFT.periodStart, end: periodEnd }))
      .waitFor();
    await expectNoAxeViolations(resident.page);
  }, 300_000);
});
