// A cadre opens a draft batch from the village list, goes offline, adds a household and
// finds it by its pinyin initials: the virtualised list lays out in a real browser (rows at
// least 48 px, scroll box reachable by keyboard) and the screen has no WCAG 2.2 AA
// violations in standard mode or in 长辈模式.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFakeIdNumber } from '../../src/domain/fixtures-id';
import { wcagViolations } from './helpers/axe-violations';
import { launchBrowser } from './helpers/launch-browser';
import { findSmallTargets } from './helpers/layout-checks';
import { t } from './helpers/locale-text';
import { startServer, type RunningServer } from './helpers/start-server';
import { VillagePage } from './pages/village-page';

const VILLAGE_CODE = '360735101200';
const ELDER_MIN_TARGET_PX = 60;

describe('batch lines in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('adds a household offline, finds it by zgh, and passes axe', async () => {
    const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
    try {
      const page = await context.newPage();
      const village = new VillagePage(page, server.url);
      await village.openVillage(VILLAGE_CODE);
      const draft = { year: '2025', item: '耕地地力保护补贴', unit: '亩', rateText: '112.5元/亩' };
      await village.saveDraft(draft);
      await village.batchList.getByRole('link', { name: t('batch.title', draft) }).click();
      await page.getByRole('heading', { level: 1, name: t('batch.title', draft) }).waitFor();

      await page.getByRole('button', { name: t('lines.list.add') }).click();
      // The save code is fetched when the form opens; then the signal goes.
      await page.waitForLoadState('networkidle');
      await context.setOffline(true);
      await page.getByLabel(t('lines.form.fields.name'), { exact: true }).fill('曾国华');
      await page
        .getByLabel(t('lines.form.fields.idNumber'), { exact: true })
        .fill(makeFakeIdNumber('360735', '1968-03-12', 113));
      await page.getByLabel(t('lines.form.fields.quantity', { unit: '亩' })).fill('3');
      await page.getByLabel(t('lines.form.fields.rate', { unit: '亩' })).fill('112.5');
      await page.getByRole('button', { name: t('lines.form.save') }).click();
      await page.getByText(t('lines.form.saved', { name: '曾国华' })).waitFor();

      const table = page.getByRole('table', { name: /曾|发放明细|Payout/ });
      const row = table.getByRole('row').filter({ hasText: '曾国华' });
      await row.waitFor();
      expect((await row.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(48);
      await page.getByLabel(t('lines.filter.search')).fill('zgh');
      await expect.poll(() => table.getByRole('row').count()).toBe(2);
      expect(
        await page.getByRole('region', { name: t('lines.list.scroller') }).getAttribute('tabindex'),
      ).toBe('0');

      expect(await wcagViolations(page)).toEqual([]);
      await village.turnOnElderMode();
      expect(await wcagViolations(page)).toEqual([]);
      expect(await findSmallTargets(page, ELDER_MIN_TARGET_PX)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
