// Reads of the village's notices on this device, for the list and the editor.
import type { AppDatabase, StoredBlob } from '../../data';
import type { Notice } from '../../domain/notice';

/** The village's notices, most recently changed first. */
export async function listVillageNotices(db: AppDatabase, villageCode: string): Promise<Notice[]> {
  const notices = await db.notices.where('villageCode').equals(villageCode).toArray();
  return notices.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : -1));
}

/** null when the notice is not on this device (a new one, or not synced yet). */
export async function getNotice(db: AppDatabase, id: string): Promise<Notice | null> {
  return (await db.notices.get(id)) ?? null;
}

/** The stored bytes of an attachment, to show a photo or open a PDF offline. */
export async function getAttachmentBlob(
  db: AppDatabase,
  sha256: string,
): Promise<StoredBlob | null> {
  return (await db.blobs.get(sha256)) ?? null;
}

/**
 * The newest notice of the village that corrects `published` (更正), in any state, or null.
 * Villages have tens of notices, not thousands: a filter over the village index is enough.
 */
export async function findCorrectionOf(
  db: AppDatabase,
  published: Pick<Notice, 'id' | 'villageCode'>,
): Promise<Notice | null> {
  const corrections = await db.notices
    .where('villageCode')
    .equals(published.villageCode)
    .filter((n) => n.correctsId === published.id)
    .toArray();
  corrections.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
  return corrections[0] ?? null;
}

/** The versions a notice is linked to by corrections, for the links on its page. */
export interface NoticeCorrectionLinks {
  /** the published version this one corrects, when it is a correction and that one is here */
  corrected: Notice | null;
  /** the version that replaced this one, or the correction of it under way, when here */
  correction: Notice | null;
}

export async function getNoticeCorrectionLinks(
  db: AppDatabase,
  notice: Notice,
): Promise<NoticeCorrectionLinks> {
  const [corrected, correction] = await Promise.all([
    notice.correctsId ? db.notices.get(notice.correctsId) : undefined,
    notice.supersededById
      ? db.notices.get(notice.supersededById)
      : notice.state === 'published'
        ? findCorrectionOf(db, notice)
        : null,
  ]);
  return { corrected: corrected ?? null, correction: correction ?? null };
}
