// Sign-in and sync against the real township server, as the two people it connects meet
// them. A cadre in 小松村 signs in once, loses the signal, saves a batch draft and reopens
// the app with no network: still signed in, the draft still there and "1 条待同步". When
// the signal returns the draft goes out by itself. The township reviewer, on another
// device, sees it exactly once under 小松村, and still exactly once after the server was
// restarted on the same data.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { wcagViolations } from './helpers/axe-violations';
import { launchBrowser } from './helpers/launch-browser';
import { t } from './helpers/locale-text';
import { startServer, type RunningServer } from './helpers/start-server';
import { LoginPage } from './pages/login-page';
import { ReviewPage } from './pages/review-page';
import { DEMO_PASSWORD, SYNC_WAIT_MS, waitUntilSynced } from './pages/staff-session';
import { VillagePage } from './pages/village-page';

const VILLAGE_CODE = '360735101200';
const VILLAGE_NAME = '小松村委会';
const CADRE = `cadre-${VILLAGE_CODE}`;
// An item the demo data does not have, so "exactly once" counts only this draft.
const DRAFT = { year: '2025', item: '退耕还林补助', unit: '亩', rateText: '125元/亩' };

function isPullAnswer(url: string, status: number): boolean {
  return new URL(url).pathname === '/api/sync/pull' && status === 200;
}

describe('sign-in and sync with the township server', () => {
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function newPage(): Promise<Page> {
    const context = await browser.newContext();
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    // Made here, not by the helper, so a restarted server finds the same data.
    dataDir = await mkdtemp(path.join(tmpdir(), 'cunwu-e2e-sync-'));
    server = await startServer({ dataDir, env: { DEMO_PASSWORD } });
    browser = await launchBrowser();
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('a wrong password is refused in words and nobody is signed in', async () => {
    const login = new LoginPage(await newPage(), server.url);
    await login.openLogin();
    await login.signIn(`supervisor-${VILLAGE_CODE}`, 'not-the-password');
    await login.formAlert.filter({ hasText: t('errors.bad-credentials') }).waitFor();
    expect(await login.formAlert.textContent()).toBe(t('errors.bad-credentials'));
    expect(await login.accountStatus.count()).toBe(0);
    expect(new URL(login.page.url()).pathname).toBe('/login');
  });

  it('a draft saved offline reaches the reviewer exactly once, also after a server restart', async () => {
    // --- the cadre, in the village ---
    const cadrePage = await newPage();
    const cadreContext = cadrePage.context();
    const login = new LoginPage(cadrePage, server.url);
    await login.openLogin();
    await login.signIn(CADRE, DEMO_PASSWORD);
    const village = new VillagePage(cadrePage, server.url);
    await village.saveDraftButton.waitFor();
    expect(new URL(cadrePage.url()).pathname).toBe(`/village/${VILLAGE_CODE}`);
    await login.signedInAs(CADRE, 'village-cadre').waitFor();
    await village.waitUntilReadyOffline();
    await waitUntilSynced(cadrePage, 0);

    await cadreContext.setOffline(true);
    await village.saveDraft(DRAFT);
    await village.reload();

    // Opened with no network: still signed in, the draft is there and waits to be sent.
    await login.signedInAs(CADRE, 'village-cadre').waitFor();
    await village.listedBatch(DRAFT).waitFor();
    expect(await village.listedBatch(DRAFT).count()).toBe(1);
    await village.syncSummary(1).waitFor();
    expect(
      await cadrePage.getByRole('contentinfo').getByText(t('sync.phase.offline')).count(),
    ).toBe(1);

    await cadreContext.setOffline(false);
    await waitUntilSynced(cadrePage, 0);
    await village.listedBatch(DRAFT).waitFor();
    expect(await village.listedBatch(DRAFT).count()).toBe(1);

    // --- the township reviewer, on another device ---
    const reviewerPage = await newPage();
    const review = new ReviewPage(reviewerPage, server.url);
    await review.openLogin();
    await review.signIn('reviewer', DEMO_PASSWORD);
    await reviewerPage.getByRole('heading', { level: 1, name: t('review.title') }).waitFor();
    expect(new URL(reviewerPage.url()).pathname).toBe('/review');
    await waitUntilSynced(reviewerPage, 0);
    const title = t('batch.title', DRAFT);
    await review.listedItems(VILLAGE_NAME, title).first().waitFor();
    expect(await review.listedItems(VILLAGE_NAME, title).count()).toBe(1);
    expect(await reviewerPage.getByText(title, { exact: true }).count()).toBe(1);
    // The signed-in header and the filled list meet WCAG 2.2 AA too.
    expect(await wcagViolations(reviewerPage)).toEqual([]);

    // --- the server restarts on the same data ---
    await cadreContext.close();
    const port = Number(new URL(server.url).port);
    await server.stop();
    server = await startServer({ dataDir, port, env: { DEMO_PASSWORD } });
    expect(server.url).toBe(review.baseUrl);

    const pulled = reviewerPage.waitForResponse(
      (response) => isPullAnswer(response.url(), response.status()),
      { timeout: SYNC_WAIT_MS },
    );
    await review.reload();
    await pulled;
    await waitUntilSynced(reviewerPage, 0);
    await review.listedItems(VILLAGE_NAME, title).first().waitFor();
    expect(await review.listedItems(VILLAGE_NAME, title).count()).toBe(1);
    expect(await reviewerPage.getByText(title, { exact: true }).count()).toBe(1);
    await review.signedInAs('reviewer', 'township-reviewer').waitFor();
  }, 150_000);
});
