// Every screen of the shell, as an elderly resident or a cadre with poor eyesight meets it:
// no axe violations (WCAG 2.2 AA) in standard mode and in 长辈模式; in 长辈模式 no text under
// 18 px and no control under 60 × 60 px; at the largest text size on a 320 px phone the page
// still reflows and the main text reaches 30 px. No screen makes a third-party request or trips
// the Content Security Policy.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './helpers/launch-browser';
import {
  dominantFontSizePx,
  findSmallTargets,
  findSmallText,
  horizontalOverflowPx,
} from './helpers/layout-checks';
import { startServer, type RunningServer } from './helpers/start-server';
import { AppShellPage } from './pages/app-shell-page';

// The resident pages (/v/…, /kiosk) are walked screen by screen in public-a11y.e2e.ts.
const SHELL_ROUTES = ['/', '/login', '/village/360735101200', '/review'];
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ELDER_MIN_TEXT_PX = 18;
const ELDER_MIN_TARGET_PX = 60;
const XLARGE_MIN_MAIN_TEXT_PX = 30;

describe('accessibility of every screen', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A fresh browser profile per test, so a display setting never leaks into the next test. */
  async function openScreen(route: string, viewport = { width: 412, height: 915 }) {
    // Reduced motion: sizes are measured at once, not halfway through a transition.
    const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    contexts.push(context);
    const thirdPartyRequests: string[] = [];
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== new URL(server.url).origin) {
        thirdPartyRequests.push(request.url());
      }
    });
    const page = await context.newPage();
    // A blocked script or style would leave the screen half-working without failing loudly.
    const policyViolations: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) policyViolations.push(message.text());
    });
    const screen = new AppShellPage(page, server.url);
    await screen.open(route);
    return { screen, thirdPartyRequests, policyViolations };
  }

  async function axeViolations(screen: AppShellPage): Promise<string[]> {
    const results = await new AxeBuilder({ page: screen.page }).withTags(WCAG_TAGS).analyze();
    return results.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n'),
    );
  }

  describe.each(['standard', 'elder'] as const)('%s mode', (mode) => {
    it.each(SHELL_ROUTES)(
      '%s has no WCAG 2.2 AA violations and stays on this server',
      async (route) => {
        const { screen, thirdPartyRequests, policyViolations } = await openScreen(route);
        if (mode === 'elder') await screen.turnOnElderMode();
        const violations = await axeViolations(screen);
        if (violations.length > 0) console.log(`${route} (${mode}):\n${violations.join('\n')}`);
        expect(violations).toEqual([]);
        expect(thirdPartyRequests).toEqual([]);
        expect(policyViolations).toEqual([]);
      },
    );
  });

  it.each(SHELL_ROUTES)(
    'in 长辈模式 %s shows no text under 18 px and no control under 60 × 60 px',
    async (route) => {
      const { screen } = await openScreen(route);
      await screen.turnOnElderMode();
      expect(await findSmallText(screen.page, ELDER_MIN_TEXT_PX)).toEqual([]);
      expect(await findSmallTargets(screen.page, ELDER_MIN_TARGET_PX)).toEqual([]);
    },
  );

  it.each(SHELL_ROUTES)(
    'at 320 px in the largest text size %s reflows and its main text reaches 30 px',
    async (route) => {
      const { screen } = await openScreen(route, { width: 320, height: 640 });
      await screen.chooseTextSize('xlarge');
      expect(await horizontalOverflowPx(screen.page)).toBe(0);
      expect(await dominantFontSizePx(screen.page, 'main')).toBeGreaterThanOrEqual(
        XLARGE_MIN_MAIN_TEXT_PX,
      );
      // Hints and secondary lines may be smaller than the main text, never unreadable.
      expect(await findSmallText(screen.page, ELDER_MIN_TEXT_PX, 'main')).toEqual([]);
    },
  );
});
