// The notice screens as their users meet them: the cadre's notice editor
// (/village/:villageCode/notices/:noticeId) and the review of one notice
// (/review/notices/:noticeId) used by the village supervision committee and the township.
import type { Locator } from 'playwright-core';
import { t } from '../helpers/locale-text';
import { LoginPage } from './login-page';

export interface NoticeDraft {
  title: string;
  body: string;
  /** YYYY-MM-DD; the end is set to the earliest allowed date */
  periodStart: string;
}

export class NoticeEditorPage extends LoginPage {
  field(key: 'notices.editor.title' | 'notices.editor.body' | 'notices.period.start'): Locator {
    return this.page.getByLabel(t(key), { exact: true });
  }

  get submitNoticeButton(): Locator {
    return this.page.getByRole('button', { name: t('notices.editor.submit'), exact: true });
  }

  /** "已提交，等待村务监督委员会审核。" and the other state sentences of a notice. */
  stateSentence(state: 'submitted' | 'checked' | 'published'): Locator {
    return this.page.getByRole('status').filter({ hasText: t(`notices.stateSentence.${state}`) });
  }

  /** The id in the address, once "new" became the notice's own id. */
  noticeId(): string {
    return new URL(this.page.url()).pathname.split('/').pop() ?? '';
  }

  async fillDraft(draft: NoticeDraft): Promise<void> {
    await this.field('notices.editor.title').fill(draft.title);
    await this.field('notices.editor.body').fill(draft.body);
    await this.field('notices.period.start').fill(draft.periodStart);
    await this.page
      .getByRole('button', { name: new RegExp(t('notices.period.useMinimum', { date: '' })) })
      .click();
  }

  /** The reason a reviewer gave, shown above the editor of a returned notice. */
  returnedReason(reason: string): Locator {
    return this.page
      .getByRole('heading', { name: t('notices.editor.returnedHeading') })
      .locator('..')
      .getByText(reason, { exact: true });
  }
}

export class ReviewNoticePage extends LoginPage {
  async openNotice(noticeId: string): Promise<void> {
    await this.open(`/review/notices/${noticeId}`);
  }

  get checkButton(): Locator {
    return this.page.getByRole('button', { name: t('reviewer.decision.check'), exact: true });
  }

  get approveButton(): Locator {
    return this.page.getByRole('button', { name: t('reviewer.decision.approve'), exact: true });
  }

  get returnButton(): Locator {
    return this.page.getByRole('button', { name: t('reviewer.decision.return'), exact: true });
  }

  get privacyTick(): Locator {
    return this.page.getByRole('checkbox', { name: t('reviewer.decision.privacyChecked') });
  }

  get reasonField(): Locator {
    return this.page.getByLabel(t('reviewer.decision.reason'), { exact: true });
  }

  get alert(): Locator {
    return this.page.getByRole('main').getByRole('alert');
  }

  done(outcome: 'checked' | 'returned' | 'approved'): Locator {
    return this.page.getByText(t(`reviewer.decision.done.${outcome}`), { exact: true });
  }

  get diff(): Locator {
    return this.page.getByRole('region', { name: t('reviewer.diff.heading') });
  }
}
