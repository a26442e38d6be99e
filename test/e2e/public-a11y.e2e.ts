// Every screen a resident meets, on the phone page from the QR code and at the village kiosk,
// held to DOMAIN.md §8: no axe violations (WCAG 2.2 AA) as a phone (412 × 915), a phone in
// 长辈模式 and a 1920 × 1080 kiosk; in 长辈模式 and at the kiosk no text under 18 px (kiosk
// body 24 px) and no target under 60 × 60; at 320 px in the largest text size the page
// reflows, its main text reaches 30 px and no text is cut off by its box. One server, one
// browser, one context per mode; each mode walks all screens and reports every finding at once.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ELDER_MODE_STORAGE_KEY, TEXT_SIZE_STORAGE_KEY } from '../../src/ui/display-settings';
import type { TextSize } from '../../src/ui/tokens';
import { wcagViolations } from './helpers/axe-violations';
import { startNoticePeriodOfABatch } from './helpers/demo-batch';
import { findableInitials, createKioskToken } from './helpers/kiosk-token';
import { launchBrowser } from './helpers/launch-browser';
import {
  dominantFontSizePx,
  findClippedText,
  findSmallTargets,
  findSmallText,
  horizontalOverflowPx,
} from './helpers/layout-checks';
import { t } from './helpers/locale-text';
import { startServer, type RunningServer } from './helpers/start-server';
import { KioskScreen, PublicVillageScreen } from './pages/resident-pages';
import { walkKiosk, walkPublicPage } from './pages/public-screen-walks';

const VILLAGE = '360735101200'; // 小松村, the demo's kiosk village
const PHONE = { width: 412, height: 915 };
const NARROW_PHONE = { width: 320, height: 640 };
const KIOSK = { width: 1920, height: 1080 };
const MIN_TEXT_PX = 18;
const KIOSK_BODY_PX = 24;
const MIN_TARGET_PX = 60;
const LARGEST_MAIN_TEXT_PX = 30;

/** Findings per screen and check; a screen with none is left out, so passing is `{}`. */
type Findings = Record<string, Record<string, unknown>>;

function note(findings: Findings, screen: string, check: string, found: unknown[]): void {
  if (found.length > 0) (findings[screen] ??= {})[check] = found;
}

describe('public and kiosk screens: accessibility', () => {
  let server: RunningServer;
  let browser: Browser;
  let kioskToken: string;
  let initials: string;
  const contexts: BrowserContext[] = [];
  /** third-party requests and policy violations of the current test's pages */
  const offSite: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    kioskToken = await createKioskToken(server.dataDir, VILLAGE);
    // A batch in its notice period, so its 提出异议 screens are walked too.
    await startNoticePeriodOfABatch(server.dataDir, VILLAGE);
    ({ initials } = await findableInitials(server.url, VILLAGE, kioskToken));
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    expect(offSite.splice(0), 'requests off this server or blocked by the policy').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /**
   * A fresh profile with the reader's display settings stored before the first load. Any
   * request to another origin or a Content Security Policy complaint is recorded, so each
   * test can also say the resident's pages stayed on this server (DOMAIN.md §8: no
   * third-party requests from public pages).
   */
  async function newPage(
    viewport: { width: number; height: number },
    settings: { isElderMode?: boolean; textSize?: TextSize } = {},
  ): Promise<Page> {
    // Reduced motion: sizes are measured at once, not halfway through a transition.
    const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    contexts.push(context);
    await context.addInitScript(
      (stored: Record<string, string>) => {
        for (const [key, value] of Object.entries(stored))
          if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
      },
      {
        [ELDER_MODE_STORAGE_KEY]: String(settings.isElderMode ?? false),
        [TEXT_SIZE_STORAGE_KEY]: settings.textSize ?? 'standard',
      },
    );
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== new URL(server.url).origin)
        offSite.push(request.url());
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) offSite.push(message.text());
    });
    return page;
  }

  /** What 长辈模式 and the kiosk promise on every screen: large text, large targets. */
  async function checkSizes(page: Page, findings: Findings, screen: string): Promise<void> {
    note(findings, screen, 'text under 18 px', await findSmallText(page, MIN_TEXT_PX));
    note(findings, screen, 'targets under 60 px', await findSmallTargets(page, MIN_TARGET_PX));
  }

  it('the checks find what they look for', async () => {
    const page = await newPage(NARROW_PHONE);
    await page.setContent(`<main style="font-size: 24px">
      <p>读得清楚的字</p>
      <p class="planted-ellipsis" style="width: 100px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis">这一行字太长了会被省略号截断</p>
      <div class="planted-short" style="width: 200px; height: 30px">固定高度的盒子里有三行字，后两行跑到盒子外面</div>
      <p class="planted-narrow" style="width: 60px; overflow-wrap: normal">0797-5712345</p>
      <div class="planted-clip" style="width: 200px; height: 30px; overflow: hidden"><span>overflow hidden 的盒子里有好几行字会被切掉</span></div>
      <p style="position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap">只给读屏软件的字，不算被切掉</p>
      <p style="font-size: 12px">小字</p>
      <button type="button" style="width: 30px; height: 30px; font: inherit">x</button>
      <div style="width: 600px">太宽</div>
    </main>`);
    const clipped = await findClippedText(page);
    expect(clipped.map((c) => c.selector).sort()).toEqual([
      expect.stringContaining('div.planted-clip'),
      expect.stringContaining('div.planted-short'),
      expect.stringContaining('p.planted-ellipsis'),
      expect.stringContaining('p.planted-narrow'),
    ]);
    expect(clipped.find((c) => c.selector.includes('ellipsis'))?.text).toBe(
      '这一行字太长了会被省略号截断',
    );
    expect(await findSmallText(page, MIN_TEXT_PX)).toEqual([{ text: '小字', fontSizePx: 12 }]);
    expect(await findSmallTargets(page, MIN_TARGET_PX)).toHaveLength(1);
    expect(await horizontalOverflowPx(page)).toBeGreaterThan(0);
  });

  it('phone page, standard (412 × 915): no WCAG 2.2 AA violations on any screen', async () => {
    const page = await newPage(PHONE);
    const findings: Findings = {};
    await walkPublicPage(new PublicVillageScreen(page, server.url), VILLAGE, async (screen) => {
      note(findings, screen, 'axe', await wcagViolations(page));
    });
    expect(findings).toEqual({});
  }, 120_000);

  it('phone page, 长辈模式: no violations, no text under 18 px, no target under 60 × 60', async () => {
    const page = await newPage(PHONE, { isElderMode: true });
    const findings: Findings = {};
    await walkPublicPage(new PublicVillageScreen(page, server.url), VILLAGE, async (screen) => {
      note(findings, screen, 'axe', await wcagViolations(page));
      await checkSizes(page, findings, screen);
    });
    expect(findings).toEqual({});
  }, 120_000);

  it('phone page at 320 px in the largest size: reflows, main text ≥ 30 px, targets ≥ 60 × 60, nothing cut off', async () => {
    const page = await newPage(NARROW_PHONE, { isElderMode: true, textSize: 'xlarge' });
    const findings: Findings = {};
    await walkPublicPage(new PublicVillageScreen(page, server.url), VILLAGE, async (screen) => {
      const overflowPx = await horizontalOverflowPx(page);
      note(findings, screen, 'sideways scroll (px)', overflowPx > 0 ? [overflowPx] : []);
      const mainPx = await dominantFontSizePx(page, 'main');
      note(findings, screen, 'main text (px)', mainPx < LARGEST_MAIN_TEXT_PX ? [mainPx] : []);
      await checkSizes(page, findings, screen);
      note(findings, screen, 'text cut off', await findClippedText(page));
    });
    expect(findings).toEqual({});
  }, 120_000);

  it('kiosk setup at 1920 × 1080: no violations, large text and targets, nothing cut off', async () => {
    const kiosk = new KioskScreen(await newPage(KIOSK), server.url);
    const { page } = kiosk;
    const findings: Findings = {};
    const check = async (screen: string) => {
      note(findings, screen, 'axe', await wcagViolations(page));
      await checkSizes(page, findings, screen);
      const bodyPx = await dominantFontSizePx(page, '.kiosk__content');
      note(findings, screen, 'body text (px)', bodyPx < KIOSK_BODY_PX ? [bodyPx] : []);
      note(findings, screen, 'text cut off', await findClippedText(page));
    };
    await kiosk.open('/kiosk');
    await page.getByLabel(t('kioskView.setup.token')).waitFor();
    await check('kiosk: setup');
    await page.getByLabel(t('kioskView.setup.token')).fill('not-a-token');
    await page.getByRole('button', { name: t('kioskView.setup.submit') }).click();
    await page.getByRole('alert').getByText(t('kioskView.setup.refused')).waitFor();
    await check('kiosk: setup with a refused token');
    expect(findings).toEqual({});
  });

  it('kiosk at 1920 × 1080: every screen without violations, body ≥ 24 px, targets ≥ 60 × 60, nothing cut off; the start screen fits', async () => {
    const kiosk = new KioskScreen(await newPage(KIOSK), server.url);
    const { page } = kiosk;
    const findings: Findings = {};
    await walkKiosk(kiosk, kioskToken, initials, async (screen) => {
      note(findings, screen, 'axe', await wcagViolations(page));
      await checkSizes(page, findings, screen);
      const bodyPx = await dominantFontSizePx(page, '.kiosk__content');
      note(findings, screen, 'body text (px)', bodyPx < KIOSK_BODY_PX ? [bodyPx] : []);
      note(findings, screen, 'text cut off', await findClippedText(page));
      const overflowPx = await horizontalOverflowPx(page);
      note(findings, screen, 'sideways scroll (px)', overflowPx > 0 ? [overflowPx] : []);
      if (screen === 'kiosk: start screen') {
        const scrollPx = await page.evaluate(
          () => document.documentElement.scrollHeight - window.innerHeight,
        );
        note(findings, screen, 'page scroll (px)', scrollPx > 0 ? [scrollPx] : []);
      }
    });
    // The bar's language choice: the longer English words still fit their tiles and buttons.
    await kiosk.languageSelect.selectOption('en');
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    note(findings, 'kiosk: start screen in English', 'axe', await wcagViolations(page));
    await checkSizes(page, findings, 'kiosk: start screen in English');
    note(findings, 'kiosk: start screen in English', 'text cut off', await findClippedText(page));
    // Labelled in English now; the kiosk's only select.
    await page.getByRole('combobox').selectOption('zh-CN');
    await page.locator('html[lang="zh-CN"]').waitFor({ state: 'attached' });
    // A resident may turn 长辈模式 off at the kiosk: the standard look passes too.
    await kiosk.elderModeSwitch.click();
    await page.getByRole('switch', { name: t('settings.elderMode'), checked: false }).waitFor();
    note(findings, 'kiosk: start screen, 长辈模式 off', 'axe', await wcagViolations(page));
    expect(findings).toEqual({});
  }, 180_000);
});
