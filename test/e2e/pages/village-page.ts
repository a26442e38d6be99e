// The village workspace (/village/:villageCode) as a cadre uses it: fill in a payout batch,
// save it as a draft on the phone, and see it in the list of batches on this device.
import type { Locator } from 'playwright-core';
import { t } from '../helpers/locale-text';
import { AppShellPage } from './app-shell-page';

export interface BatchDraft {
  year: string;
  item: string;
  unit: string;
  rateText: string;
}

export class VillagePage extends AppShellPage {
  async openVillage(villageCode: string): Promise<void> {
    await this.open(`/village/${villageCode}`);
    await this.saveDraftButton.waitFor();
  }

  field(name: keyof BatchDraft): Locator {
    return this.page.getByLabel(t(`batch.fields.${name}`), { exact: false }).first();
  }

  get saveDraftButton(): Locator {
    return this.page.getByRole('button', { name: t('batch.actions.saveDraft') });
  }

  get savedLocallyStatus(): Locator {
    return this.page.getByRole('status').filter({ hasText: t('batch.savedLocally') });
  }

  get batchList(): Locator {
    return this.page.getByRole('region', { name: t('batch.list.heading') });
  }

  /** The batch as the list shows it: "2025年耕地地力保护补贴". */
  listedBatch(draft: Pick<BatchDraft, 'year' | 'item'>): Locator {
    return this.batchList.getByText(t('batch.title', draft), { exact: false });
  }

  async fillBatch(draft: BatchDraft): Promise<void> {
    await this.field('year').fill(draft.year);
    await this.field('item').fill(draft.item);
    await this.field('unit').fill(draft.unit);
    await this.field('rateText').fill(draft.rateText);
  }

  async saveDraft(draft: BatchDraft): Promise<void> {
    await this.fillBatch(draft);
    await this.saveDraftButton.click();
    await this.savedLocallyStatus.waitFor();
    await this.listedBatch(draft).first().waitFor();
  }
}
