// The review of one payout batch (/review/batches/:batchId) as the village supervision
// committee and the township use it. The decision form is the one notices use, so its
// buttons, tick, reason field and outcome sentences come from the notice review page.
import type { Locator } from 'playwright-core';
import { t } from '../helpers/locale-text';
import { ReviewNoticePage } from './notice-pages';

export class ReviewBatchPage extends ReviewNoticePage {
  async openBatch(batchId: string): Promise<void> {
    await this.open(`/review/batches/${batchId}`);
  }

  /** "状态：已公开" and the other states, as the page announces them. */
  stateSentence(state: 'submitted' | 'checked' | 'published'): Locator {
    return this.page.getByRole('status').filter({
      hasText: t('reviewer.batch.state', { state: t(`reviewState.${state}`) }),
    });
  }

  get privacyRegion(): Locator {
    return this.page.getByRole('region', { name: t('reviewer.privacy.heading') });
  }

  get totals(): Locator {
    return this.page.getByRole('region', { name: t('lines.totals.heading') });
  }
}
