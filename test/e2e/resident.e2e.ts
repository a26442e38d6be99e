// A resident reads the village's notices: on their phone from the QR code on the paper
// board (notices in their period with the working days left, names masked), and at the
// kiosk in the service centre (pinyin search on the screen's own keypad, an idle warning
// with 继续浏览, still working with the network gone, and nothing personal left on the
// device). Every view passes axe (WCAG 2.2 AA) as a phone, a phone in 长辈模式 and a
// 1920 × 1080 kiosk.
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_FIELDS, type KioskVillageResponse } from '../../src/domain/public-view';
import { createSession, KIOSK_TOKEN_TTL_MS } from '../../src/server/auth/sessions';
import type { Database } from '../../src/server/db/schema';
import { launchBrowser } from './helpers/launch-browser';
import { findSmallTargets, findSmallText } from './helpers/layout-checks';
import { startServer, type RunningServer } from './helpers/start-server';
import { KioskScreen, PublicVillageScreen } from './pages/resident-pages';

const VILLAGE = '360735101200'; // 小松村, the demo's kiosk village
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PHONE = { width: 412, height: 915 };
const KIOSK = { width: 1920, height: 1080 };
const ID_NUMBER = /\d{17}[\dX]/;
/** kiosk-device.ts: seconds without a touch before the idle warning (test hook). */
const QUIET_SECONDS_KEY = 'cunwu.kiosk.quietSeconds';

/**
 * A kiosk token for the demo's kiosk, written into the server's database as the admin CLI
 * does, and every ID number of the village's payout lines (what must never reach the kiosk).
 */
async function prepareKiosk(dataDir: string): Promise<{ token: string; idNumbers: string[] }> {
  const database = new BetterSqlite3(path.join(dataDir, 'cunwu.sqlite'), { timeout: 5000 });
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  try {
    const kiosk = await db
      .selectFrom('users')
      .select('id')
      .where('username', '=', `kiosk-${VILLAGE}`)
      .executeTakeFirstOrThrow();
    const token = await createSession(db, kiosk.id, Date.now(), KIOSK_TOKEN_TTL_MS);
    const lines = await db
      .selectFrom('lines')
      .select('record')
      .where('village_code', '=', VILLAGE)
      .execute();
    const idNumbers = lines.map((l) => (JSON.parse(l.record) as { idNumber: string }).idNumber);
    return { token, idNumbers };
  } finally {
    await db.destroy();
  }
}

/** Everything this origin keeps in IndexedDB and Cache Storage, as text. */
function storedText(
  page: Page,
): Promise<{ indexedDb: string; cacheStorage: { url: string; text: string }[] }> {
  return page.evaluate(async () => {
    const dumps: string[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name as string);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        dumps.push(JSON.stringify({ db: info.name, store, rows }));
      }
      db.close();
    }
    const cached: { url: string; text: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        if (response) cached.push({ url: request.url, text: await response.text() });
      }
    }
    return { indexedDb: dumps.join('\n'), cacheStorage: cached };
  });
}

/** The kiosk's stored snapshot: every object's keys, per kind. */
function storedKioskKeys(
  page: Page,
): Promise<{ notice: string[]; batch: string[]; line: string[] }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('cunwu-public');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<{ view: KioskVillageResponse }[]>((resolve, reject) => {
      const request = db.transaction('snapshots').objectStore('snapshots').getAll();
      request.onsuccess = () => resolve(request.result as { view: KioskVillageResponse }[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    const keys = (objects: object[]) => [...new Set(objects.flatMap((o) => Object.keys(o)))];
    return {
      notice: keys(rows.flatMap((r) => r.view.notices)),
      batch: keys(rows.flatMap((r) => r.view.batches)),
      line: keys(rows.flatMap((r) => r.view.lines)),
    };
  });
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n'),
  );
}

describe('resident views', () => {
  let server: RunningServer;
  let browser: Browser;
  let kioskToken: string;
  let idNumbers: string[];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ({ token: kioskToken, idNumbers } = await prepareKiosk(server.dataDir));
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function newPage(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    contexts.push(context);
    return context.newPage();
  }

  /** A line of the kiosk's board whose pinyin initials find at most a handful of people. */
  async function findableLine(): Promise<{ name: string; initials: string }> {
    const response = await fetch(`${server.url}/api/public/villages/${VILLAGE}/kiosk`, {
      headers: { authorization: `Bearer ${kioskToken}` },
    });
    const board = (await response.json()) as KioskVillageResponse;
    const initialsOf = (pinyin: string) => pinyin.split('|')[1] ?? '';
    const counts = new Map<string, number>();
    for (const line of board.lines) {
      for (const part of (line.namePinyin ?? '').split('|').filter((_, i) => i % 2 === 1))
        counts.set(part, (counts.get(part) ?? 0) + 1);
    }
    const line = board.lines.find((l) => {
      const initials = initialsOf(l.namePinyin ?? '');
      return initials.length === 3 && (counts.get(initials) ?? 0) <= 5;
    });
    if (!line) throw new Error('the demo has no line with distinctive initials');
    return { name: line.name, initials: initialsOf(line.namePinyin ?? '') };
  }

  it('the phone page shows a notice in its period with the working days left, names masked', async () => {
    const screen = new PublicVillageScreen(await newPage(PHONE), server.url);
    await screen.openVillage(VILLAGE);
    await screen.notice('村内道路硬化项目实施结果公开').waitFor();
    await screen.remainingWorkingDays.waitFor();
    expect(await screen.remainingWorkingDays.textContent()).toMatch(/剩余 \d+ 个工作日/);

    const listButton = screen.archiveSection.getByRole('button', { name: '查看发放名单' }).first();
    await listButton.click();
    const table = screen.archiveSection.getByRole('table').nth(1);
    await table.waitFor();
    const names = await table.locator('tbody th').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toContain('*');
    expect(await screen.page.locator('body').innerText()).not.toMatch(ID_NUMBER);

    // An objection while the period runs: no sign-in, a reference and a reply date back.
    await screen.openSection
      .getByRole('button', { name: '对“村内道路硬化项目实施结果公开”提出异议' })
      .click();
    await screen.openSection.getByLabel('您的意见').fill('第三组路段宽度不足，请核实。');
    await screen.openSection.getByRole('button', { name: '提交异议' }).click();
    await screen.openSection.getByText(/已收到您的异议，编号 \w{8}/).waitFor();
  });

  it('the kiosk finds a resident by pinyin initials, warns before going idle and works offline', async () => {
    const page = await newPage(KIOSK);
    const kiosk = new KioskScreen(page, server.url);
    const wanted = await findableLine();

    await kiosk.openKiosk(kioskToken);
    await kiosk.waitUntilReadyOffline();
    await kiosk.tile('lookup').click();
    await kiosk.typeOnKeypad(wanted.initials);
    await kiosk.lookupResult.waitFor();
    await page.getByRole('listitem').filter({ hasText: wanted.name }).first().waitFor();

    // Browse everything once, so whatever the kiosk keeps is on the device now.
    for (const tile of ['party', 'village', 'finance'] as const) {
      await page.getByRole('button', { name: '回到首页' }).click();
      await kiosk.tile(tile).click();
      const items = page.locator('.kiosk-list__item');
      const count = await items.count();
      for (let i = 0; i < count; i++) {
        await items.nth(i).click();
        await page.getByRole('button', { name: '返回上一页' }).click();
      }
    }

    const stored = await storedText(page);
    expect(stored.indexedDb).not.toMatch(ID_NUMBER);
    // The precached app code holds long digit runs of its own (spreadsheet tables), so
    // data entries are checked for any 18-digit run, and everything for the real numbers.
    for (const entry of stored.cacheStorage) {
      if (!/\.(js|css|wasm)(\?|$)/.test(entry.url)) expect(entry.text).not.toMatch(ID_NUMBER);
    }
    const everything = [stored.indexedDb, ...stored.cacheStorage.map((e) => e.text)].join('\n');
    expect(idNumbers.length).toBeGreaterThan(100);
    expect(idNumbers.filter((id) => everything.includes(id))).toEqual([]);
    const keys = await storedKioskKeys(page);
    for (const kind of ['notice', 'batch', 'line'] as const) {
      const allowed: readonly string[] = PUBLIC_FIELDS[kind];
      expect(keys[kind].filter((key) => !allowed.includes(key))).toEqual([]);
    }

    // No network: the board still opens from the service worker and the local copy.
    await page.context().setOffline(true);
    await kiosk.reload();
    await kiosk.tile('lookup').waitFor();
    await kiosk.lastUpdated.waitFor();
    expect(await kiosk.lastUpdated.textContent()).toMatch(/最后更新 \d{2}:\d{2}/);
    await page.context().setOffline(false);

    // A short quiet time (the documented test hook): the warning comes, 继续浏览 keeps the screen.
    await page.evaluate((key) => localStorage.setItem(key, '2'), QUIET_SECONDS_KEY);
    await kiosk.reload();
    await kiosk.tile('lookup').click();
    await kiosk.typeOnKeypad(wanted.initials);
    await kiosk.idleWarning.waitFor({ timeout: 15_000 });
    expect(await kiosk.idleWarning.textContent()).toMatch(/\d+ 秒后回到首页/);
    await kiosk.keepBrowsingButton.click();
    await kiosk.idleWarning.waitFor({ state: 'hidden' });
    await kiosk.lookupResult.waitFor();
  }, 180_000);

  describe('accessibility', () => {
    it('phone page, standard mode: no WCAG 2.2 AA violations', async () => {
      const screen = new PublicVillageScreen(await newPage(PHONE), server.url);
      await screen.openVillage(VILLAGE);
      expect(await axeViolations(screen.page)).toEqual([]);
    });

    it('phone page, 长辈模式: no violations, text ≥ 18 px and targets ≥ 60 px', async () => {
      const screen = new PublicVillageScreen(await newPage(PHONE), server.url);
      await screen.openVillage(VILLAGE);
      await screen.turnOnElderMode();
      expect(await axeViolations(screen.page)).toEqual([]);
      expect(await findSmallText(screen.page, 18)).toEqual([]);
      expect(await findSmallTargets(screen.page, 60)).toEqual([]);
    });

    it('kiosk at 1920 × 1080: no violations on start and lookup, body ≥ 24 px, targets ≥ 60 px', async () => {
      const page = await newPage(KIOSK);
      const kiosk = new KioskScreen(page, server.url);
      await kiosk.openKiosk(kioskToken);
      expect(await axeViolations(page)).toEqual([]);
      expect(await findSmallText(page, 24, 'main')).toEqual([]);
      expect(await findSmallTargets(page, 60)).toEqual([]);
      await kiosk.tile('lookup').click();
      await kiosk.typeOnKeypad('l');
      expect(await axeViolations(page)).toEqual([]);
      expect(await findSmallTargets(page, 60)).toEqual([]);
    });
  });
});
