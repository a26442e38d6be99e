// The resident's two views: the phone page a QR code on the paper notice opens
// (/v/:villageCode) and the village kiosk (/kiosk). Found by the names a user sees.
import type { Locator } from 'playwright-core';
import { t, tPattern } from '../helpers/locale-text';
import { AppShellPage } from './app-shell-page';

export class PublicVillageScreen extends AppShellPage {
  async openVillage(villageCode: string): Promise<void> {
    await this.open(`/v/${villageCode}`);
    await this.openSection.waitFor();
  }

  get openSection(): Locator {
    return this.page.getByRole('region', { name: t('publicView.open.heading') });
  }

  get archiveSection(): Locator {
    return this.page.getByRole('region', { name: t('publicView.archive.heading') });
  }

  /** "公示中 · 剩余 N 个工作日" somewhere in the running notices. */
  get remainingWorkingDays(): Locator {
    return this.openSection.getByText(tPattern('publicView.period.open')).first();
  }

  notice(title: string): Locator {
    return this.page.getByRole('heading', { name: title });
  }
}

export class KioskScreen extends AppShellPage {
  /** Opens the kiosk, registering this browser with the token on first use. */
  async openKiosk(token?: string): Promise<void> {
    await this.open(token ? `/kiosk?token=${encodeURIComponent(token)}` : '/kiosk');
    await this.tile('lookup').waitFor();
  }

  tile(name: 'party' | 'village' | 'finance' | 'lookup'): Locator {
    return this.page.getByRole('button', { name: t(`kioskView.tiles.${name}`), exact: true });
  }

  key(letter: string): Locator {
    return this.page
      .getByRole('group', { name: t('kioskView.lookup.keypad') })
      .getByRole('button', { name: letter.toUpperCase(), exact: true });
  }

  async typeOnKeypad(letters: string): Promise<void> {
    for (const letter of letters) await this.key(letter).click();
  }

  get lookupResult(): Locator {
    return this.page.getByText(tPattern('kioskView.lookup.found'));
  }

  get lastUpdated(): Locator {
    return this.page.getByText(tPattern('kioskView.lastUpdated'));
  }

  get idleWarning(): Locator {
    return this.page.getByRole('alertdialog', { name: t('kioskView.idle.title') });
  }

  get keepBrowsingButton(): Locator {
    return this.page.getByRole('button', { name: t('kioskView.idle.keepBrowsing') });
  }
}
