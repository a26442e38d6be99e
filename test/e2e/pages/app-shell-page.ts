// The parts of every screen: heading, navigation, display settings (language, 长辈模式, text
// size), the sync summary and the export of unsynced records. Finds everything by the names a
// user sees, looked up from the zh-CN locale.
import type { Locator, Page } from 'playwright-core';
import { t, tPattern } from '../helpers/locale-text';

export type TextSize = 'standard' | 'large' | 'xlarge';

export class AppShellPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  /** Opens a route and waits until the shell has rendered its page heading. */
  async open(route: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}${route}`);
    await this.heading.waitFor();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.heading.waitFor();
  }

  get heading(): Locator {
    return this.page.locator('h1').first();
  }

  get skipLink(): Locator {
    return this.page.getByRole('link', { name: t('a11y.skipToContent') });
  }

  get languageSelect(): Locator {
    return this.page.getByLabel(t('settings.language'), { exact: true });
  }

  get elderModeSwitch(): Locator {
    return this.page.getByRole('switch', { name: t('settings.elderMode') });
  }

  textSizeOption(size: TextSize): Locator {
    return this.page
      .getByRole('radiogroup', { name: t('settings.textSize') })
      .getByRole('radio', { name: t(`settings.textSizes.${size}`), exact: true });
  }

  get exportUnsyncedButton(): Locator {
    return this.page.getByRole('button', { name: t('data.exportUnsynced') });
  }

  /** "N 条待同步 · 上次同步 10:42" or "N 条待同步 · 尚未同步" */
  syncSummary(pendingCount: number): Locator {
    return this.page
      .getByText(tPattern('sync.summary', { count: pendingCount }))
      .or(this.page.getByText(tPattern('sync.summaryNever', { count: pendingCount })));
  }

  async turnOnElderMode(): Promise<void> {
    if ((await this.elderModeSwitch.getAttribute('aria-checked')) !== 'true') {
      await this.elderModeSwitch.click();
    }
    await this.page.getByRole('switch', { name: t('settings.elderMode'), checked: true }).waitFor();
  }

  async chooseTextSize(size: TextSize): Promise<void> {
    await this.textSizeOption(size).check();
  }

  /**
   * Waits until the service worker controls this page, so the next load can come from the
   * precache. The first visit is not controlled (no clients.claim on a prompt-update worker),
   * hence the reload.
   */
  async waitUntilReadyOffline(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    if (!(await this.page.evaluate(() => navigator.serviceWorker.controller !== null))) {
      await this.reload();
    }
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }
}
