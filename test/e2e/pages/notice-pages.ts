// The notice screens as their users meet them: the cadre's notice editor
// (/village/:villageCode/notices/:noticeId) and the review of one notice
// (/review/notices/:noticeId) used by the village supervision committee and the township.
import type { Locator } from 'playwright-core';
import { t, tPattern } from '../helpers/locale-text';
import { LoginPage } from './login-page';

export interface NoticeDraft {
  title: string;
  body: string;
  /** YYYY-MM-DD; the end is set to the earliest allowed date */
  periodStart: string;
}

/** A file as the cadre's phone hands it to the page's file picker. */
export interface PickedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A notice's attachment as this device keeps it: the reference and the bytes it waits to upload. */
export interface LocalAttachment {
  sha256: string;
  name: string;
  mime: string;
  /** the stored bytes, base64 (page.evaluate hands back plain values only) */
  base64: string;
}

type EditorField =
  'notices.editor.title' | 'notices.editor.body' | 'notices.period.start' | 'notices.period.end';

export class NoticeEditorPage extends LoginPage {
  field(key: EditorField): Locator {
    return this.page.getByLabel(t(key), { exact: true });
  }

  get attachments(): Locator {
    return this.page.getByRole('group', { name: t('notices.attachments.legend') });
  }

  /** Picks a file through "添加照片或 PDF" and waits until the phone has kept it. */
  async attach(file: PickedFile): Promise<void> {
    await this.page.getByLabel(t('notices.attachments.add'), { exact: true }).setInputFiles(file);
    await this.attachments
      .getByRole('status')
      .filter({ hasText: t('notices.attachments.added') })
      .waitFor();
  }

  /** "公告栏.jpg（42 KB）" in the list of attachments. */
  listedAttachment(name: string): Locator {
    return this.attachments.getByText(tPattern('notices.attachments.item', { name }));
  }

  /** The privacy check's refusal: "发现 N 处可能的个人信息，不能提交。…" with each finding. */
  get findings(): Locator {
    return this.page.getByRole('alert').filter({ hasText: tPattern('notices.findings.intro') });
  }

  /** One finding: its field and kind in words, and the offending text marked in place. */
  finding(field: 'title' | 'body', kind: 'id-number' | 'mobile', match: string): Locator {
    return this.findings
      .getByRole('listitem')
      .filter({ hasText: t(`notices.findings.field.${field}`) })
      .filter({ hasText: t(`notices.findings.kind.${kind}`) })
      .filter({ has: this.page.locator('mark', { hasText: match }) });
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

  /** The attachments of a notice as this device holds them, read straight from IndexedDB. */
  localAttachments(noticeId: string): Promise<LocalAttachment[]> {
    return this.page.evaluate(
      (id) =>
        new Promise<LocalAttachment[]>((resolve, reject) => {
          const open = indexedDB.open('cunwu');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['notices', 'blobs'], 'readonly');
            const noticeRequest = tx.objectStore('notices').get(id);
            noticeRequest.onerror = () => reject(noticeRequest.error);
            noticeRequest.onsuccess = () => {
              const refs = (
                (noticeRequest.result ?? { attachments: [] }) as {
                  attachments: { sha256: string; name: string; mime: string }[];
                }
              ).attachments;
              const blobs = refs.map(
                (ref) =>
                  new Promise<LocalAttachment>((done, fail) => {
                    const blobRequest = tx.objectStore('blobs').get(ref.sha256);
                    blobRequest.onerror = () => fail(blobRequest.error);
                    blobRequest.onsuccess = () => {
                      const data = (blobRequest.result as { data: Blob } | undefined)?.data;
                      if (!data) return done({ ...ref, base64: '' });
                      const reader = new FileReader();
                      reader.onerror = () => fail(reader.error);
                      reader.onload = () =>
                        done({ ...ref, base64: String(reader.result).split(',')[1] ?? '' });
                      reader.readAsDataURL(data);
                    };
                  }),
              );
              Promise.all(blobs)
                .then(resolve, reject)
                .finally(() => db.close());
            };
          };
        }),
      noticeId,
    );
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
