// Every screen a resident can reach on the phone page (/v/:villageCode) and at the kiosk,
// visited in the order a resident meets them. At each screen the walk hands the page to a
// check (axe, sizes, clipping …) named after the screen, so one walk serves every mode.
import type { Locator, Page } from 'playwright-core';
import { t, tPattern } from '../helpers/locale-text';
import type { KioskScreen, PublicVillageScreen } from './resident-pages';

/** Runs the checks of one mode on the screen showing now. */
export type ScreenCheck = (screen: string) => Promise<void>;

/** Seconds without a touch before the kiosk's idle warning (test hook in kiosk-device.ts). */
const QUIET_SECONDS_KEY = 'cunwu.kiosk.quietSeconds';

/**
 * The phone page: notices in their period (in full); a payout batch in its period with its
 * list open, then a line found and 对这一行有异议 open on it; the archive with a search
 * typed; the objection form of a notice open, and the form's error. The village needs a
 * batch in its notice period (demo-batch.ts).
 */
export async function walkPublicPage(
  screen: PublicVillageScreen,
  villageCode: string,
  check: ScreenCheck,
): Promise<void> {
  const { page, openSection, archiveSection } = screen;
  await screen.openVillage(villageCode);
  await screen.remainingWorkingDays.waitFor();
  await check('phone: notices in their period, in full');

  await openSection
    .getByRole('button', { name: t('publicView.lines.show') })
    .first()
    .click();
  const firstLine = openSection.locator('table').nth(1).locator('tbody tr').first();
  await firstLine.waitFor();
  await check('phone: payout batch in its period with its list open');

  // The resident's own line, found by its group and the shown characters of the name.
  const group = (await firstLine.locator('td').first().innerText()).replace(/^.*[：:]/, '');
  const name = (await firstLine.locator('th').innerText()).replace(/^.*[：:]/, '');
  await openSection
    .getByRole('searchbox', { name: t('publicView.lineObjection.search') })
    .fill(`${group.trim()} ${name.replace(/[*＊]/g, '').trim()}`);
  await openSection
    .getByRole('button', { name: tPattern('publicView.lineObjection.objectLabel') })
    .first()
    .click();
  const lineObjection = openSection.getByRole('group', {
    name: t('publicView.lineObjection.heading'),
  });
  await lineObjection.getByLabel(t('publicView.objection.label')).waitFor();
  await check('phone: objection on one line of the list');
  await lineObjection.getByRole('button', { name: t('publicView.lineObjection.close') }).click();
  // Closed again: the screens after it stay as short as a resident would leave them.
  await openSection
    .getByRole('button', { name: t('publicView.lines.hide') })
    .first()
    .click();

  await archiveSection
    .getByRole('searchbox', { name: t('publicView.archive.search') })
    .fill('补贴');
  await archiveSection.getByText(tPattern('publicView.archive.results')).waitFor();
  await check('phone: archive with a search typed');

  await openSection
    .getByRole('button', { name: tPattern('publicView.objection.openLabel') })
    .first()
    .click();
  const form = openSection.locator('form').first();
  await form.getByLabel(t('publicView.objection.label')).waitFor();
  await check('phone: objection form open');

  await form.getByRole('button', { name: t('publicView.objection.submit') }).click();
  await form.getByText(t('publicView.objection.tooShort')).waitFor();
  await check('phone: objection form with its error');
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function goHome(kiosk: KioskScreen): Promise<void> {
  await kiosk.page.getByRole('button', { name: t('kioskView.home') }).click();
  await kiosk.tile('lookup').waitFor();
}

function screenHeading(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 2, name, exact: true });
}

/**
 * The kiosk, registered with the token: start screen, the three lists, a notice, 提出异议
 * (reasons, digit keypad, summary, received), a payout batch with its lines, 查我的补贴 with
 * letters tapped on its keypad, and the idle warning.
 * `initials` must find at least one line.
 */
export async function walkKiosk(
  kiosk: KioskScreen,
  token: string,
  initials: string,
  check: ScreenCheck,
): Promise<void> {
  const { page } = kiosk;
  await kiosk.openKiosk(token);
  await kiosk.lastUpdated.waitFor();
  await check('kiosk: start screen');

  for (const topic of ['party', 'village', 'finance'] as const) {
    await kiosk.tile(topic).click();
    await screenHeading(page, t(`kioskView.tiles.${topic}`)).waitFor();
    await check(`kiosk: ${t(`kioskView.tiles.${topic}`)} list`);
    await goHome(kiosk);
  }

  // 村务 holds the village notices and the payout batches.
  await kiosk.tile('village').click();
  const items = page.locator('.kiosk-list__item');
  await items
    .filter({ hasNotText: tPattern('publicView.batch.title') })
    .first()
    .click();
  await screenHeading(page, t('kioskView.detail')).waitFor();
  await page.locator('article').first().waitFor();
  await check('kiosk: notice');
  await page.getByRole('button', { name: t('kioskView.back') }).click();

  // 提出异议 on a notice in its period: reason tiles, the digit keypad, the summary, sent.
  await items
    .filter({ hasText: tPattern('publicView.period.open') })
    .filter({ hasNotText: tPattern('publicView.batch.title') })
    .first()
    .click();
  await page
    .getByRole('button', { name: tPattern('kioskView.objection.openLabel') })
    .first()
    .click();
  await page.getByRole('heading', { name: t('kioskView.objection.reasonHeading') }).waitFor();
  await check('kiosk: 提出异议, reasons');
  await page
    .getByRole('button', { name: t('kioskView.objection.reasons.facts'), exact: true })
    .click();
  const digits = page.getByRole('group', { name: t('kioskView.objection.phone.keypad') });
  for (const digit of '1380013')
    await digits.getByRole('button', { name: digit, exact: true }).click();
  await page.getByText(t('kioskView.objection.phone.count', { count: 7 })).waitFor();
  await check('kiosk: 提出异议, phone number on the digit keypad');
  await page.getByRole('button', { name: t('kioskView.objection.phone.skip') }).click();
  await page.getByRole('heading', { name: t('kioskView.objection.summary.heading') }).waitFor();
  await check('kiosk: 提出异议, summary');
  await page.getByRole('button', { name: t('kioskView.objection.submit'), exact: true }).click();
  await page.getByRole('heading', { name: t('kioskView.objection.sent.heading') }).waitFor();
  await check('kiosk: 提出异议, received');
  await goHome(kiosk);
  await kiosk.tile('village').click();

  await items
    .filter({ hasText: tPattern('publicView.batch.title') })
    .first()
    .click();
  await page.locator('table tbody th').first().waitFor();
  await check('kiosk: payout batch with its lines');
  await goHome(kiosk);

  await kiosk.tile('lookup').click();
  await kiosk.typeOnKeypad(initials);
  await kiosk.lookupResult.waitFor();
  await check('kiosk: 查我的补贴 with results');

  // A short quiet time, then the warning over the lookup a resident left behind.
  await page.evaluate((key) => localStorage.setItem(key, '2'), QUIET_SECONDS_KEY);
  await kiosk.reload();
  await kiosk.tile('lookup').click();
  await kiosk.typeOnKeypad(initials);
  await kiosk.idleWarning.waitFor({ timeout: 15_000 });
  await check('kiosk: idle warning');
  await kiosk.keepBrowsingButton.click();
  await page.evaluate((key) => localStorage.removeItem(key), QUIET_SECONDS_KEY);
  await kiosk.reload();
  await kiosk.tile('lookup').waitFor();
}
