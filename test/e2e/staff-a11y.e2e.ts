// Every staff screen, filled with the demo village's records and in the state people meet
// it in (a search typed, a form showing its error, the import preview listing problems, a
// decision asking for its reason), as a cadre, a committee member or a township reviewer
// with poor eyesight meets it: no axe violations (WCAG 2.2 AA) in standard mode and in
// 长辈模式; in 长辈模式 no text under 18 px and no control under 60 × 60 px; on a 320 px
// phone at the largest text size no sideways scrolling.
// Each account signs in once; its device (session and synced records) is then reopened
// in one browser context per mode, so the walk costs no further sign-ins or first syncs.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wcagViolations } from './helpers/axe-violations';
import { launchBrowser } from './helpers/launch-browser';
import {
  findSmallTargets,
  findSmallText,
  findWideElements,
  horizontalOverflowPx,
} from './helpers/layout-checks';
import { startServer, type RunningServer } from './helpers/start-server';
import {
  raiseObjection,
  readDemoRecords,
  sendRefusedChange,
  type DemoRecords,
} from './pages/demo-records';
import {
  DEMO_CADRE,
  DEMO_PASSWORD,
  DEMO_REVIEWER,
  DEMO_SUPERVISOR,
  DEMO_VILLAGE_CODE,
  keepDevice,
  signedInPage,
  withDisplaySettings,
  type StoredDevice,
} from './pages/staff-session';
import { OBJECTION_TEXT, staffScreens, type StaffAccount } from './pages/staff-screens';

const ELDER_MIN_TEXT_PX = 18;
const ELDER_MIN_TARGET_PX = 60;
const PHONE = { width: 412, height: 915 };
const SMALL_PHONE = { width: 320, height: 640 };
const SCREEN_WAIT_MS = 60_000;

type Mode = 'standard' | 'elder' | 'largest text at 320 px';
const MODES: { mode: Mode; viewport: typeof PHONE; settings: Record<string, string> }[] = [
  { mode: 'standard', viewport: PHONE, settings: {} },
  { mode: 'elder', viewport: PHONE, settings: { 'cunwu.elderMode': 'true' } },
  {
    mode: 'largest text at 320 px',
    viewport: SMALL_PHONE,
    settings: { 'cunwu.textSize': 'xlarge' },
  },
];
const USERNAMES: Record<Exclude<StaffAccount, 'signed-out'>, string> = {
  cadre: DEMO_CADRE,
  supervisor: DEMO_SUPERVISOR,
  reviewer: DEMO_REVIEWER,
};
const SCREENS = staffScreens(DEMO_VILLAGE_CODE);

describe('accessibility of every staff screen', () => {
  let server: RunningServer;
  let browser: Browser;
  let records: DemoRecords;
  const devices = new Map<StaffAccount, StoredDevice>();

  beforeAll(async () => {
    server = await startServer({ env: { DEMO_PASSWORD } });
    browser = await launchBrowser();
    // What the demo does not seed: a resident's objection, and a change the server refused.
    await raiseObjection(server.url, DEMO_VILLAGE_CODE, OBJECTION_TEXT);
    await sendRefusedChange(server.url, DEMO_CADRE, DEMO_PASSWORD, DEMO_VILLAGE_CODE);
    for (const [account, username] of Object.entries(USERNAMES)) {
      const page = await signedInPage(browser, server.url, username);
      if (account === 'cadre') records = await readDemoRecords(page, DEMO_VILLAGE_CODE);
      devices.set(account as StaffAccount, await keepDevice(page.context()));
      await page.context().close();
    }
    devices.set('signed-out', { cookies: [], origins: [] });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  describe.each(MODES)('$mode', ({ mode, viewport, settings }) => {
    const pages = new Map<StaffAccount, Page>();
    const contexts: BrowserContext[] = [];

    /** One context per account in this mode, reused from screen to screen. */
    async function pageOf(account: StaffAccount): Promise<Page> {
      const existing = pages.get(account);
      if (existing) return existing;
      const device = devices.get(account);
      if (!device) throw new Error(`no stored device for ${account}`);
      // Reduced motion: sizes are measured at once, not halfway through a transition.
      const context = await browser.newContext({
        viewport,
        reducedMotion: 'reduce',
        storageState: withDisplaySettings(device, server.url, settings),
      });
      // The township queue takes about 5 s to fill on an idle machine; with other tests
      // sharing the two cores it has taken over 30 s (Playwright's default wait).
      context.setDefaultTimeout(SCREEN_WAIT_MS);
      contexts.push(context);
      const page = await context.newPage();
      pages.set(account, page);
      return page;
    }

    afterAll(async () => {
      await Promise.all(contexts.splice(0).map((context) => context.close()));
      pages.clear();
    });

    it.each(SCREENS)(
      '$name',
      async (screen) => {
        const page = await pageOf(screen.account);
        await screen.show(page, server.url, records);
        if (mode === 'largest text at 320 px') {
          expect(await findWideElements(page)).toEqual([]);
          expect(await horizontalOverflowPx(page)).toBe(0);
          return;
        }
        const violations = await wcagViolations(page);
        if (violations.length > 0)
          console.log(`${screen.name} (${mode}):\n${violations.join('\n')}`);
        expect(violations).toEqual([]);
        if (mode === 'elder') {
          expect(await findSmallText(page, ELDER_MIN_TEXT_PX)).toEqual([]);
          expect(await findSmallTargets(page, ELDER_MIN_TARGET_PX)).toEqual([]);
        }
      },
      2 * SCREEN_WAIT_MS,
    );
  });
});
