// Signing a demo account in on a fresh device, the way every staff e2e test starts: open
// /login, sign in with the demo password the test server was started with, wait until
// the app left the sign-in page and the first sync went through. The signed-in device can
// be kept (session, synced records and display settings) and reopened in new browser
// contexts without signing in again: the session lives in IndexedDB, which Playwright's
// storage state carries when asked to.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { tPattern } from '../helpers/locale-text';
import { LoginPage } from './login-page';

/** Handed to startServer({ env: { DEMO_PASSWORD } }); every demo account has it. */
export const DEMO_PASSWORD = 'e2e-demo-pass-2025';
export const DEMO_VILLAGE_CODE = '360735101200';
export const DEMO_CADRE = `cadre-${DEMO_VILLAGE_CODE}`;
export const DEMO_SUPERVISOR = `supervisor-${DEMO_VILLAGE_CODE}`;
export const DEMO_REVIEWER = 'reviewer';
/** A first sync of the demo data on a busy two-core machine. */
export const SYNC_WAIT_MS = 40_000;

export type StoredDevice = Awaited<ReturnType<BrowserContext['storageState']>>;

/**
 * "0 条待同步 · 上次同步 10:42" in the footer: the server confirmed everything, which the
 * "尚未同步" variant of the summary does not say.
 */
export function waitUntilSynced(page: Page, pendingCount = 0): Promise<void> {
  return page
    .getByRole('contentinfo')
    .getByRole('status')
    .filter({ hasText: tPattern('sync.summary', { count: pendingCount }) })
    .waitFor({ timeout: SYNC_WAIT_MS });
}

/** Signs username in on page (a fresh device) and waits for the first completed sync. */
export async function signInAndSync(
  page: Page,
  baseUrl: string,
  username: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  const login = new LoginPage(page, baseUrl);
  await login.openLogin();
  await login.signIn(username, password);
  await page.waitForURL((url) => url.pathname !== '/login');
  await waitUntilSynced(page);
}

/** A new context (a new device) with username signed in and synced; returns its page. */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  username: string,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signInAndSync(page, baseUrl, username);
  return page;
}

/** Everything the device keeps, IndexedDB included, to reopen it signed in. */
export function keepDevice(context: BrowserContext): Promise<StoredDevice> {
  return context.storageState({ indexedDB: true });
}

/**
 * The kept device with display settings (localStorage, read before the first paint) set
 * for baseUrl's origin, e.g. { 'cunwu.elderMode': 'true' }.
 */
export function withDisplaySettings(
  device: StoredDevice,
  baseUrl: string,
  settings: Record<string, string>,
): StoredDevice {
  const origin = new URL(baseUrl).origin;
  const extra = Object.entries(settings).map(([name, value]) => ({ name, value }));
  const origins = device.origins.some((o) => o.origin === origin)
    ? device.origins
    : [...device.origins, { origin, localStorage: [] }];
  return {
    ...device,
    origins: origins.map((o) =>
      o.origin === origin
        ? {
            ...o,
            localStorage: [...o.localStorage.filter((item) => !(item.name in settings)), ...extra],
          }
        : o,
    ),
  };
}
