// The sign-in page (/login) and the parts of every screen that say who is signed in: the
// account strip in the header, and the banner shown when a sign-in has expired.
import type { Locator } from 'playwright-core';
import { t } from '../helpers/locale-text';
import { AppShellPage } from './app-shell-page';

export type RoleName =
  'county-admin' | 'township-reviewer' | 'village-supervisor' | 'village-cadre' | 'kiosk';

export class LoginPage extends AppShellPage {
  /** Opens /login, with the account filled in when given (as the expiry banner's link does). */
  async openLogin(username?: string): Promise<void> {
    await this.open(username ? `/login?user=${encodeURIComponent(username)}` : '/login');
    await this.submitButton.waitFor();
  }

  get usernameField(): Locator {
    return this.page.getByLabel(t('login.account'), { exact: true });
  }

  get passwordField(): Locator {
    return this.page.getByLabel(t('login.password'), { exact: true });
  }

  get submitButton(): Locator {
    return this.page.getByRole('button', { name: t('login.submit'), exact: true });
  }

  /** The form's message about the last attempt (an assertive live region). */
  get formAlert(): Locator {
    return this.page.locator('form').getByRole('alert');
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.usernameField.fill(username);
    await this.passwordField.fill(password);
    await this.submitButton.click();
  }

  /** The header strip naming who is signed in on this device. */
  get accountStatus(): Locator {
    return this.page.getByRole('region', { name: t('account.label') });
  }

  /** "已登录：cadre-360735101200（村干部）" */
  signedInAs(displayName: string, role: RoleName): Locator {
    return this.accountStatus.getByText(
      t('account.signedInAs', { name: displayName, role: t(`roles.${role}`) }),
    );
  }

  get signOutButton(): Locator {
    return this.page.getByRole('button', { name: t('account.signOut'), exact: true });
  }

  get sessionExpiredBanner(): Locator {
    return this.page.getByRole('alert').filter({ hasText: t('account.sessionExpired') });
  }
}
