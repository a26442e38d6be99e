// The township review screen (/review): the items synced to this device, one section per
// village, found by the village's name as the screen shows it.
import type { Locator } from 'playwright-core';
import { LoginPage } from './login-page';

export class ReviewPage extends LoginPage {
  async openReview(): Promise<void> {
    await this.open('/review');
  }

  /** The section of one village, e.g. "小松村委会". */
  villageSection(villageName: string): Locator {
    return this.page.getByRole('region', { name: villageName, exact: true });
  }

  /** Every listed item of that village whose title is exactly `title`. */
  listedItems(villageName: string, title: string): Locator {
    return this.villageSection(villageName)
      .getByRole('listitem')
      .filter({ has: this.page.getByText(title, { exact: true }) });
  }
}
