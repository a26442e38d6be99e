// Budget: a phone applies its first pull of 10,000 records within 5 s at 4x CPU slowdown.
// The server holds 10,000 records of one village (100 payout lists of a header and 99
// lines, pushed through the real API); the built app is open on that village's page in
// Chromium, signed in as its cadre (the session stored in IndexedDB by saveSession, as a
// sign-in does), with the CPU throttled through CDP. Timed inside the page from the
// first pull request until the records are in IndexedDB and the sync status reads
// "0 条待同步 · 上次同步 …". If the app starts syncing by itself after the reload, its own
// sync is timed; otherwise the app's sync engine is run in the page (page-sync-entry.ts).
import type { Browser, Page } from 'playwright-core';
import type { TestAccount } from '../../src/server/auth/test-accounts';
import { VILLAGE_A } from '../../src/server/auth/test-accounts';
import { MAX_PUSH_MUTATIONS } from '../../src/sync/protocol';
import { tPattern } from '../../test/e2e/helpers/locale-text';
import { HttpDevice } from './http-device';
import type { PageRecordCounts } from './page-sync-entry';
import { startProfiler, type ProfileEntry } from './page-profile';
import { SYNC_WATCH_GLOBAL, syncWatchScript, type SyncWatch } from './sync-watch-script';

export const INITIAL_PULL_RECORDS = 10_000;
/** How long to wait after the reload for the app to start a sync on its own. */
const APP_SYNC_GRACE_MS = 8_000;
const STATUS_TIMEOUT_MS = 30_000;
const APP_SYNC_TIMEOUT_MS = 120_000;
/** How often the bench asks the page whether the watch script saw the end. */
const WATCH_POLL_MS = 250;
const BUNDLE_PATH = '/__bench/page-sync.js';

export type InitialPullMode = 'app' | 'engine-in-page';

export interface InitialPullResult {
  mode: InitialPullMode;
  cpuSlowdown: number;
  /** first pull request → records in IndexedDB and the status shows 0 pending */
  totalMs: number;
  /** first pull request → last page committed (engine-in-page mode only) */
  recordsInMs: number | null;
  pulls: number;
  /** summed time from each pull request until the server's answer arrived */
  serverWaitMs: number;
  statusText: string;
  counts: PageRecordCounts;
  profile: ProfileEntry[];
}

/** Pushes the village's 10,000 records as its cadre would, 100 mutations at a time. */
export async function seedVillageRecords(baseUrl: string, cadre: TestAccount): Promise<void> {
  const author = new HttpDevice(baseUrl, cadre.token, cadre.user);
  for (let pushed = 0; pushed < INITIAL_PULL_RECORDS; pushed += MAX_PUSH_MUTATIONS) {
    const timing = await author.push(author.newBatchMutations(MAX_PUSH_MUTATIONS));
    if (timing.notApplied > 0) throw new Error('seeding the initial pull was refused');
  }
}

async function waitForStatus(page: Page, pattern: RegExp): Promise<void> {
  await page
    .locator('[role="status"].sync-status')
    .filter({ hasText: pattern })
    .first()
    .waitFor({ timeout: STATUS_TIMEOUT_MS });
}

export interface InitialPullOptions {
  cpuSlowdown: number;
  pageBundle: string;
  /** record a CPU profile of the sync and return its heaviest functions */
  isProfiled: boolean;
}

export async function measureInitialPull(
  browser: Browser,
  baseUrl: string,
  cadre: TestAccount,
  options: InitialPullOptions,
): Promise<InitialPullResult> {
  // A first visit without the service worker: its precache download would compete with
  // the sync for the throttled CPU and make the number depend on the install's timing.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  // Served as a same-origin file: the app's Content Security Policy (script-src 'self')
  // stays in force and still refuses inline scripts.
  await context.route(`${baseUrl}${BUNDLE_PATH}`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: options.pageBundle }),
  );
  // Exactly the summary, with no phase ("· 同步中") after it: the round is over.
  const doneStatus = new RegExp(`^${tPattern('sync.summary', { count: 0 }).source}$`);
  await context.addInitScript({ content: syncWatchScript(doneStatus.source) });
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/village/${VILLAGE_A}`);
    await waitForStatus(page, tPattern('sync.summaryNever', { count: 0 }));
    await page.addScriptTag({ url: BUNDLE_PATH });
    await page.evaluate((session) => window.cunwuBenchSync?.saveSession(session), {
      token: cadre.token,
      user: cadre.user,
    });

    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuSlowdown });
    const profiler = options.isProfiled ? await startProfiler(cdp) : null;
    const appPull = page
      .waitForRequest((request) => request.url().endsWith('/api/sync/pull'), {
        timeout: APP_SYNC_GRACE_MS,
      })
      .catch(() => null);
    // Signed in, the app syncs at start: the reload is the cadre opening the app.
    await page.reload();
    const isAppSyncing = (await appPull) !== null;
    const result = isAppSyncing
      ? await timeAppSync(page)
      : await timeEngineInPage(page, doneStatus);
    const profile = profiler ? await profiler.stop() : [];

    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.addScriptTag({ url: BUNDLE_PATH });
    const counts = await page.evaluate(() => {
      const sync = window.cunwuBenchSync;
      if (!sync) throw new Error('the bench bundle is not loaded');
      return sync.countRecords();
    });
    if (counts.batches + counts.lines !== INITIAL_PULL_RECORDS || counts.outbox !== 0) {
      throw new Error(`IndexedDB holds ${JSON.stringify(counts)} after the pull`);
    }
    return { ...result, counts, profile, cpuSlowdown: options.cpuSlowdown };
  } finally {
    await context.close();
  }
}

type TimedPull = Omit<InitialPullResult, 'counts' | 'profile' | 'cpuSlowdown'>;

/** The app synced by itself: read what the watch script saw once the status says done. */
async function timeAppSync(page: Page): Promise<TimedPull> {
  await page.waitForFunction(
    (name) => {
      const watch = (window as unknown as Record<string, SyncWatch | undefined>)[name];
      return watch?.statusAt != null;
    },
    SYNC_WATCH_GLOBAL,
    { polling: WATCH_POLL_MS, timeout: APP_SYNC_TIMEOUT_MS },
  );
  const watch = await page.evaluate(
    (name) => (window as unknown as Record<string, SyncWatch>)[name],
    SYNC_WATCH_GLOBAL,
  );
  if (!watch || watch.firstPullAt === null || watch.statusAt === null) {
    throw new Error(`the watch script saw no pull: ${JSON.stringify(watch)}`);
  }
  return {
    mode: 'app',
    totalMs: watch.statusAt - watch.firstPullAt,
    recordsInMs: null,
    pulls: watch.pulls.length,
    serverWaitMs: watch.pulls.reduce((sum, pull) => sum + pull.waitMs, 0),
    statusText: watch.statusText,
  };
}

/** The app does not sync by itself: run its sync engine in the page and time that. */
async function timeEngineInPage(page: Page, doneStatus: RegExp): Promise<TimedPull> {
  await page.addScriptTag({ url: BUNDLE_PATH });
  const timing = await page.evaluate(
    ({ pattern, timeoutMs }) => {
      const sync = window.cunwuBenchSync;
      if (!sync) throw new Error('the bench bundle is not loaded');
      return sync.runInitialPull(pattern, timeoutMs);
    },
    { pattern: doneStatus.source, timeoutMs: STATUS_TIMEOUT_MS },
  );
  if (timing.outcome !== 'synced') throw new Error(`sync ended as ${timing.outcome}`);
  if (timing.statusAt === null) {
    throw new Error(`the status never showed 0 pending: "${timing.statusText}"`);
  }
  const pulls = timing.requests.filter((r) => r.url.endsWith('/api/sync/pull'));
  return {
    mode: 'engine-in-page',
    totalMs: Math.max(timing.syncedAt, timing.statusAt) - timing.firstPullAt,
    recordsInMs: timing.syncedAt - timing.firstPullAt,
    pulls: pulls.length,
    serverWaitMs: pulls.reduce((sum, r) => sum + (r.answeredAt - r.startedAt), 0),
    statusText: timing.statusText,
  };
}
